import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { toCopenhagenLocal } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { OccurrenceFieldsFragment } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import {
  CancelOccurrenceDocument,
  MarkOccurrenceHeldDocument,
  MarkOccurrenceNotHeldDocument,
  MoveOccurrenceDocument,
  ReopenOccurrenceDocument,
} from '../graphql/scheduling';
import { useNow } from '../use-now';

interface Props {
  occurrence: OccurrenceFieldsFragment;
  members: readonly { id: string; name: string }[];
  /** Who took part, when it is already marked held. */
  attendeeIds: readonly string[];
  onChanged: () => void;
}

/**
 * What can be done with one meeting: before it, move or cancel it; once it has started, mark it
 * held (with who took part) or not held (with why); afterwards, put it back to planned.
 */
export function OccurrenceActions({ occurrence, members, attendeeIds, onChanged }: Props) {
  const { t } = useTranslation();
  const started = new Date(occurrence.startsAt).getTime() <= useNow();
  const planned = occurrence.status === 'PLANNED';
  return (
    <section aria-labelledby="actions-heading" className="panel occurrence-actions">
      <h2 id="actions-heading">{t('scheduling.actions.title')}</h2>
      {planned && started && <HeldForm occurrence={occurrence} members={members} attendeeIds={attendeeIds} onChanged={onChanged} />}
      {planned && started && (
        <ReasonForm occurrence={occurrence} kind="notHeld" onChanged={onChanged} />
      )}
      {planned && !started && <MoveForm occurrence={occurrence} onChanged={onChanged} />}
      {planned && !started && <ReasonForm occurrence={occurrence} kind="cancel" onChanged={onChanged} />}
      {!planned && <Reopen occurrence={occurrence} onChanged={onChanged} />}
    </section>
  );
}

function HeldForm({ occurrence, members, attendeeIds, onChanged }: Props) {
  const { t } = useTranslation();
  const [mark, { loading }] = useMutation(MarkOccurrenceHeldDocument);
  const { error, submit } = useFormSubmit();
  const onSubmit = submit(async (f) => {
    const attendeeMemberIds = members.filter((m) => f.checked(`attendee-${m.id}`)).map((m) => m.id);
    await mark({ variables: { input: { id: occurrence.id, attendeeMemberIds } } });
    onChanged();
  });
  return (
    <details className="sched-details" open>
      <summary>{t('scheduling.actions.held')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        {members.length > 0 && (
          <fieldset className="fieldset">
            <legend>{t('scheduling.actions.attendees')}</legend>
            {members.map((m) => (
              <div key={m.id} className="checkbox">
                <input id={`attendee-${m.id}`} name={`attendee-${m.id}`} type="checkbox" defaultChecked={attendeeIds.includes(m.id)} />
                <label htmlFor={`attendee-${m.id}`}>{m.name}</label>
              </div>
            ))}
          </fieldset>
        )}
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('scheduling.actions.heldButton')}
        </button>
      </form>
    </details>
  );
}

function ReasonForm({ occurrence, kind, onChanged }: { occurrence: OccurrenceFieldsFragment; kind: 'cancel' | 'notHeld'; onChanged: () => void }) {
  const { t } = useTranslation();
  const [cancel, cancelling] = useMutation(CancelOccurrenceDocument);
  const [notHeld, marking] = useMutation(MarkOccurrenceNotHeldDocument);
  const loading = cancelling.loading || marking.loading;
  const { error, errors, submit, check } = useFormSubmit(['reason']);
  const id = `${kind}-reason`;
  const onSubmit = submit(async (f) => {
    const reason = f.text(id).trim();
    if (!check({ reason: reason ? undefined : t('scheduling.actions.reasonRequired') })) {
      document.getElementById(id)?.focus();
      return false;
    }
    const input = { id: occurrence.id, reason };
    if (kind === 'cancel') await cancel({ variables: { input } });
    else await notHeld({ variables: { input } });
    onChanged();
  });
  const fieldError = errors.byField.reason;
  return (
    <details className="sched-details">
      <summary>{t(`scheduling.actions.${kind}`)}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <div className={fieldError ? 'field field--error' : 'field'}>
          <label htmlFor={id}>{t('scheduling.actions.reason')}</label>
          <p id={`${id}-hint`} className="field__hint">
            {t(`scheduling.actions.${kind}Hint`)}
          </p>
          {fieldError && (
            <p id={`${id}-error`} className="field__error">
              {fieldError}
            </p>
          )}
          <textarea
            id={id}
            name={id}
            rows={3}
            maxLength={500}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ''}`}
          />
        </div>
        {error !== undefined && !fieldError && <ErrorMessage error={error} />}
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t(`scheduling.actions.${kind}Button`)}
        </button>
      </form>
    </details>
  );
}

function MoveForm({ occurrence, onChanged }: { occurrence: OccurrenceFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const [move, { loading }] = useMutation(MoveOccurrenceDocument);
  const { error, submit } = useFormSubmit();
  const start = toCopenhagenLocal(new Date(occurrence.startsAt));
  const minutes = Math.round((new Date(occurrence.endsAt).getTime() - new Date(occurrence.startsAt).getTime()) / 60_000);
  const onSubmit = submit(async (f) => {
    await move({
      variables: {
        input: {
          id: occurrence.id,
          date: f.text('move-date'),
          startTime: f.text('move-time'),
          durationMinutes: minutes,
          place: f.text('move-place').trim() || null,
        },
      },
    });
    onChanged();
  });
  return (
    <details className="sched-details">
      <summary>{t('scheduling.actions.move')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <p className="field__hint">{t('scheduling.actions.moveHint')}</p>
        <div className="field">
          <label htmlFor="move-date">{t('scheduling.actions.newDate')}</label>
          <input id="move-date" name="move-date" type="date" required defaultValue={start.date} />
        </div>
        <div className="field">
          <label htmlFor="move-time">{t('scheduling.form.startTime')}</label>
          <input id="move-time" name="move-time" type="time" required className="input--short" defaultValue={start.time} />
        </div>
        <div className="field">
          <label htmlFor="move-place">{t('scheduling.form.place')}</label>
          <input id="move-place" name="move-place" maxLength={200} defaultValue={occurrence.place} />
        </div>
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('scheduling.actions.moveButton')}
        </button>
      </form>
    </details>
  );
}

function Reopen({ occurrence, onChanged }: { occurrence: OccurrenceFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const [reopen, { loading }] = useMutation(ReopenOccurrenceDocument);
  const { error, run } = useFormSubmit();
  return (
    <div>
      <p className="muted">{t('scheduling.actions.reopenHint')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      <button
        type="button"
        className="button button--secondary"
        disabled={loading}
        onClick={() =>
          run(async () => {
            await reopen({ variables: { id: occurrence.id } });
            onChanged();
          })
        }
      >
        {t('scheduling.actions.reopen')}
      </button>
    </div>
  );
}
