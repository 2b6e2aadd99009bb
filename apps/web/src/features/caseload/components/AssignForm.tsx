import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/FormField';
import { apiErrors } from '../../../lib/graphql-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { freePlaces } from '../format';
import { useAssign } from '../hooks/useAssign';
import type { AnnounceFn, MemberLoad } from '../types';
import { CaseloadError, limitError } from './CaseloadError';

interface Props {
  /** Unique on the page: the form's field ids start with it. */
  idPrefix: string;
  citizen: { id: string; name: string };
  members: MemberLoad[];
  /** The current primary contact, left out of the choices (reassignment). */
  currentMemberId?: string;
  label: string;
  submitLabel: string;
  onAssigned: AnnounceFn;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** Choose a member (each option says how many places they have free), then "Tildel". */
export function AssignForm({ idPrefix, citizen, members, currentMemberId, label, submitLabel, onAssigned, onCancel, autoFocus }: Props) {
  const { t } = useTranslation();
  const [assign, { loading }] = useAssign();
  const [memberId, setMemberId] = useState('');
  const [missing, setMissing] = useState(false);
  const { error, submit } = useFormSubmit();
  const selectId = `${idPrefix}-member`;
  const alertId = `${idPrefix}-alert`;
  // Members who never carry a caseload cannot be chosen; full ones can (the API explains the refusal).
  const choices = members.filter((m) => m.member.id !== currentMemberId && (m.capacity > 0 || m.allowed > 0));

  const onSubmit = submit(async () => {
    if (!memberId) {
      setMissing(true);
      document.getElementById(selectId)?.focus();
      return false;
    }
    setMissing(false);
    await assign({ variables: { input: { citizenId: citizen.id, memberId } } });
    const name = members.find((m) => m.member.id === memberId)?.name ?? '';
    onAssigned(t('caseload.assigned', { member: name, citizen: citizen.name }));
  });

  const fieldError =
    missing ? t('caseload.chooseMember') : !limitError(error) ? apiErrors(error).find((e) => e.field === 'memberId')?.message : undefined;
  const refused = Boolean(limitError(error));
  return (
    <form className="assign-form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
      <SelectField
        id={selectId}
        label={label}
        error={fieldError}
        value={memberId}
        onChange={(e) => setMemberId(e.target.value)}
        autoFocus={autoFocus}
        {...(refused ? { 'aria-invalid': true, 'aria-describedby': alertId } : {})}
      >
        <option value="">{t('form.choose')}</option>
        {choices.map((m) => (
          <option key={m.member.id} value={m.member.id}>
            {optionText(m, t)}
          </option>
        ))}
      </SelectField>
      {!fieldError && <CaseloadError error={error} id={alertId} />}
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={loading}>
          {loading ? t('caseload.assigning') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--small button--secondary" onClick={onCancel} disabled={loading}>
            {t('caseload.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function optionText(m: MemberLoad, t: TFunction): string {
  const numbers = t('caseload.loadOf', { load: m.load, capacity: m.allowed });
  if (m.load > m.allowed) return t('caseload.optionOver', { name: m.name, numbers });
  const free = freePlaces(m);
  if (free === 0) return t('caseload.optionFull', { name: m.name, numbers });
  return t('caseload.optionFree', { name: m.name, count: free, numbers });
}
