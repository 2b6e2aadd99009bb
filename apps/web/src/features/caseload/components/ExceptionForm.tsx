import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/FormField';
import { fieldErrors } from '../../../lib/graphql-errors';
import { formatDate } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { exceptionDateRange, isoDay } from '../format';
import { GrantCaseloadExceptionDocument } from '../graphql/caseload';
import type { AnnounceFn, MemberLoad } from '../types';
import { CaseloadError } from './CaseloadError';

const FIELDS = ['extra', 'reason', 'validUntil'] as const;
type Field = (typeof FIELDS)[number];

/** A reasoned, time-limited permission to carry more citizens; the team and steering group see it. */
export function ExceptionForm({ member, onSaved, onCancel }: { member: MemberLoad; onSaved: AnnounceFn; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const prefix = `exception-${member.member.id}`;
  const fid = (field: Field) => `${prefix}-${field}`;
  const range = exceptionDateRange();
  // No summary in this small form: focus goes to the first field in error, and the alert below
  // is for what no field shows (e.g. the max-10 refusal).
  const { errors: shown, generalError, submit, check, focusFirst } = useFormSubmit(FIELDS, (f) => fid(f as Field));
  const errors: Partial<Record<Field, string>> = shown.byField;
  const [grant, { loading }] = useMutation(GrantCaseloadExceptionDocument, {
    refetchQueries: ['TeamCaseload'],
    awaitRefetchQueries: true,
  });

  const onSubmit = submit(async (values) => {
    const extra = Number(values.text(fid('extra')));
    const reason = values.text(fid('reason')).trim();
    const validUntil = values.text(fid('validUntil'));
    const found: Partial<Record<Field, string>> = {};
    if (!(extra >= 1 && extra <= 5)) found.extra = t('caseload.exception.extraRequired');
    if (reason.length < 10) found.reason = t('caseload.exception.reasonTooShort');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(validUntil)) found.validUntil = t('caseload.exception.dateRequired');
    else if (validUntil < range.min || validUntil > range.max) {
      found.validUntil = t('caseload.exception.dateRange', { max: formatDate(isoDay(range.max), i18n.language) });
    }
    focusFirst(found);
    if (!check(found)) return false;
    try {
      await grant({ variables: { input: { memberId: member.member.id, extra, reason, validUntil } } });
    } catch (e) {
      focusFirst(fieldErrors(e, FIELDS).byField);
      throw e;
    }
    onSaved(t('caseload.exception.granted', { name: member.name, count: extra, until: formatDate(isoDay(validUntil), i18n.language) }));
  });

  return (
    <form className="form tool-form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
      <p className="field__hint">{t('caseload.exception.intro')}</p>
      <SelectField id={fid('extra')} label={t('caseload.exception.extra')} error={errors.extra} defaultValue="1" autoFocus>
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {t('caseload.exception.extraOption', { count: n })}
          </option>
        ))}
      </SelectField>
      <div className={errors.reason ? 'field field--error' : 'field'}>
        <label htmlFor={fid('reason')}>{t('caseload.exception.reason')}</label>
        <p id={`${fid('reason')}-hint`} className="field__hint">
          {t('caseload.exception.reasonHint')}
        </p>
        {errors.reason && (
          <p id={`${fid('reason')}-error`} className="field__error">
            {errors.reason}
          </p>
        )}
        <textarea
          id={fid('reason')}
          name={fid('reason')}
          rows={3}
          maxLength={1000}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={[`${fid('reason')}-hint`, errors.reason ? `${fid('reason')}-error` : ''].filter(Boolean).join(' ')}
        />
      </div>
      <TextField
        id={fid('validUntil')}
        type="date"
        label={t('caseload.exception.validUntil')}
        hint={t('caseload.exception.validUntilHint', { max: formatDate(isoDay(range.max), i18n.language) })}
        error={errors.validUntil}
        min={range.min}
        max={range.max}
        className="input--date"
      />
      <CaseloadError error={generalError} />
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={loading}>
          {loading ? t('common.saving') : t('caseload.exception.submit')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onCancel} disabled={loading}>
          {t('caseload.cancel')}
        </button>
      </div>
    </form>
  );
}
