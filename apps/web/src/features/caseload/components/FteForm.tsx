import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { isValidFte, primaryCapacity } from '@act/domain';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/FormField';
import { apiErrors } from '../../../lib/graphql-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { formatDecimal, parseDecimal } from '../format';
import { SetMemberFteDocument } from '../graphql/caseload';
import type { AnnounceFn, MemberLoad } from '../types';
import { CaseloadError, limitError } from './CaseloadError';

/** Change a member's FTE; a refusal under the max-10 rule is shown right by the field. */
export function FteForm({ member, onSaved, onCancel }: { member: MemberLoad; onSaved: AnnounceFn; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const id = `fte-${member.member.id}`;
  const alertId = `${id}-refusal`;
  const [text, setText] = useState(formatDecimal(member.member.fte, i18n.language, 2));
  const [carries, setCarries] = useState(member.capacity > 0 || member.load > 0);
  const [clientError, setClientError] = useState<string>();
  const { error, submit } = useFormSubmit();
  const [save, { loading }] = useMutation(SetMemberFteDocument, {
    refetchQueries: ['TeamCaseload'],
    awaitRefetchQueries: true,
  });

  const fte = parseDecimal(text);
  const newCapacity = fte !== undefined && isValidFte(fte) ? primaryCapacity(fte, carries) : undefined;

  const onSubmit = submit(async () => {
    if (fte === undefined || !isValidFte(fte)) {
      setClientError(t('caseload.fteInvalid'));
      document.getElementById(id)?.focus();
      return false;
    }
    setClientError(undefined);
    try {
      await save({ variables: { input: { memberId: member.member.id, fte, carriesCaseload: carries } } });
    } catch (e) {
      document.getElementById(id)?.focus();
      throw e;
    }
    onSaved(t('caseload.fteSaved', { name: member.name, fte: formatDecimal(fte, i18n.language, 2) }));
  });

  const refused = Boolean(limitError(error));
  const fieldError = clientError ?? (!refused ? apiErrors(error).find((e) => e.field === 'fte')?.message : undefined);
  return (
    <form className="form tool-form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
      <TextField
        id={id}
        label={t('caseload.fteLabel', { name: member.name })}
        hint={t('caseload.fteHint')}
        error={fieldError}
        inputMode="decimal"
        className="input--short"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoFocus
        {...(refused ? { 'aria-invalid': true, 'aria-describedby': `${id}-hint ${alertId}` } : {})}
      />
      {refused && <CaseloadError error={error} id={alertId} />}
      <div className="checkbox">
        <input id={`${id}-carries`} type="checkbox" checked={carries} onChange={(e) => setCarries(e.target.checked)} />
        <label htmlFor={`${id}-carries`}>{t('caseload.carriesCaseload')}</label>
      </div>
      {newCapacity !== undefined && (
        <p className="muted" aria-live="polite">
          {t('caseload.newCapacity', { count: newCapacity })}
        </p>
      )}
      {!refused && !fieldError && <CaseloadError error={error} />}
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={loading}>
          {loading ? t('common.saving') : t('caseload.saveFte')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onCancel} disabled={loading}>
          {t('caseload.cancel')}
        </button>
      </div>
    </form>
  );
}
