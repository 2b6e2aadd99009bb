import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { SetSparringCaseDocument, SparringCitizensDocument } from '../graphql/scheduling';

interface Props {
  occurrenceId: string;
  teamId: string;
  current: { presenterMemberId: string; presenterName: string; citizen: { id: string; name: string } } | null | undefined;
  members: readonly { id: string; name: string }[];
  canEdit: boolean;
  onChanged: () => void;
}

/** The sparring case: who presents which citizen's course. Visible to the team only. */
export function SparringCase({ occurrenceId, teamId, current, members, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState(!current);
  // The citizen list is fetched only while a case is being chosen (need-to-know).
  const list = useQuery(SparringCitizensDocument, { variables: { teamId }, skip: !canEdit || !choosing });
  const citizens = (list.data?.team?.citizens.edges ?? []).map((e) => e.node);
  const [save, { loading }] = useMutation(SetSparringCaseDocument);
  const { error, errors, submit, check } = useFormSubmit(['presenter', 'citizen'], (f) => `case-${f}`);
  const onSubmit = submit(async (f) => {
    const presenterMemberId = f.text('case-presenter');
    const citizenId = f.text('case-citizen');
    const ok = check({
      presenter: presenterMemberId ? undefined : t('scheduling.sparring.presenterRequired'),
      citizen: citizenId ? undefined : t('scheduling.sparring.citizenRequired'),
    });
    if (!ok) return false;
    await save({ variables: { input: { occurrenceId, presenterMemberId, citizenId } } });
    onChanged();
  });
  const e = errors.byField;
  return (
    <section aria-labelledby="case-heading" className="panel">
      <h2 id="case-heading">{t('scheduling.sparring.title')}</h2>
      <p className="muted">{t('scheduling.sparring.privacy')}</p>
      {current ? (
        <p>
          {t('scheduling.sparring.current', { presenter: current.presenterName })}{' '}
          <Link to={`/citizens/${current.citizen.id}`}>{current.citizen.name}</Link>
        </p>
      ) : (
        <p>{t('scheduling.sparring.none')}</p>
      )}
      {canEdit && (
        <details className="sched-details" open={choosing} onToggle={(event) => setChoosing(event.currentTarget.open)}>
          <summary>{current ? t('scheduling.sparring.change') : t('scheduling.sparring.choose')}</summary>
          <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
            <div className={e.presenter ? 'field field--error' : 'field'}>
              <label htmlFor="case-presenter">{t('scheduling.sparring.presenter')}</label>
              {e.presenter && (
                <p id="case-presenter-error" className="field__error">
                  {e.presenter}
                </p>
              )}
              <select
                id="case-presenter"
                name="case-presenter"
                defaultValue={current?.presenterMemberId ?? ''}
                aria-invalid={e.presenter ? true : undefined}
                aria-describedby={e.presenter ? 'case-presenter-error' : undefined}
              >
                <option value="">{t('form.choose')}</option>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
            <div className={e.citizen ? 'field field--error' : 'field'}>
              <label htmlFor="case-citizen">{t('scheduling.sparring.citizen')}</label>
              {e.citizen && (
                <p id="case-citizen-error" className="field__error">
                  {e.citizen}
                </p>
              )}
              <select
                id="case-citizen"
                name="case-citizen"
                defaultValue={current?.citizen.id ?? ''}
                aria-invalid={e.citizen ? true : undefined}
                aria-describedby={e.citizen ? 'case-citizen-error' : undefined}
              >
                <option value="">{t('form.choose')}</option>
                {citizens.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            {error !== undefined && !e.presenter && !e.citizen && <ErrorMessage error={error} />}
            <button type="submit" className="button" disabled={loading}>
              {loading ? t('common.saving') : t('scheduling.sparring.save')}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
