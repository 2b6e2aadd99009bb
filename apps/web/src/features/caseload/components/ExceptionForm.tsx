import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/FormField';
import { fieldErrors } from '../../../lib/graphql-errors';
import { formatDate } from '../../../lib/format-date';
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
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>();
  const [grant, { loading }] = useMutation(GrantCaseloadExceptionDocument, {
    refetchQueries: ['TeamCaseload'],
    awaitRefetchQueries: true,
  });

  function showErrors(found: Partial<Record<Field, string>>) {
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) document.getElementById(fid(first))?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    const form = new FormData(event.currentTarget);
    const extra = Number(form.get(fid('extra')));
    const reason = String(form.get(fid('reason')) ?? '').trim();
    const validUntil = String(form.get(fid('validUntil')) ?? '');
    const found: Partial<Record<Field, string>> = {};
    if (!(extra >= 1 && extra <= 5)) found.extra = t('caseload.exception.extraRequired');
    if (reason.length < 10) found.reason = t('caseload.exception.reasonTooShort');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(validUntil)) found.validUntil = t('caseload.exception.dateRequired');
    else if (validUntil < range.min || validUntil > range.max) {
      found.validUntil = t('caseload.exception.dateRange', { max: formatDate(isoDay(range.max), i18n.language) });
    }
    showErrors(found);
    if (Object.keys(found).length) return;
    try {
      await grant({ variables: { input: { memberId: member.member.id, extra, reason, validUntil } } });
      onSaved(
        t('caseload.exception.granted', { name: member.name, count: extra, until: formatDate(isoDay(validUntil), i18n.language) }),
      );
    } catch (e) {
      const { byField, other } = fieldErrors(e, FIELDS);
      showErrors(byField);
      if (other.length) setError(e);
    }
  }

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
      <CaseloadError error={error} />
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
