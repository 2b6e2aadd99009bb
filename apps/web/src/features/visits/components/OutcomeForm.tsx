import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { VisitFieldsFragment, VisitOutcome } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { minutesBetween } from '../format';
import { evictVisitLists } from '../cache';
import { LogVisitOutcomeDocument } from '../graphql/visits';

const OUTCOMES: VisitOutcome[] = ['DONE', 'NOT_MET', 'CANCELLED_BY_CITIZEN', 'CANCELLED_BY_TEAM'];
const QUICK_MINUTES = [15, 30, 45, 60, 90];

/**
 * Logging a visit in a few seconds: "done" is preselected with the planned duration, so two
 * taps (check, save) are enough. The server records it once, whatever the number of taps.
 */
export function OutcomeForm({ visit, onDone, onCancel }: { visit: VisitFieldsFragment; onDone?: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const planned = minutesBetween(visit.plannedStart, visit.plannedEnd);
  const [outcome, setOutcome] = useState<VisitOutcome>('DONE');
  const [minutes, setMinutes] = useState(String(planned));
  const [faceToFace, setFaceToFace] = useState(true);
  const [network, setNetwork] = useState(false);
  const [substance, setSubstance] = useState(false);
  const [note, setNote] = useState('');
  const { error, submit } = useFormSubmit();
  const [log, { loading }] = useMutation(LogVisitOutcomeDocument, {
    update: (cache) => evictVisitLists(cache, visit.citizen.id),
  });

  const onSubmit = submit(async () => {
    const attended = outcome === 'DONE' || outcome === 'NOT_MET';
    const result = await log({
      variables: {
        input: {
          visitId: visit.id,
          outcome,
          actualMinutes: attended && minutes ? Number(minutes) : null,
          faceToFace: outcome === 'DONE' ? faceToFace : null,
          supportNetwork: outcome === 'DONE' ? network : null,
          substanceTreatment: outcome === 'DONE' ? substance : null,
          note: note.trim() || null,
        },
      },
    });
    if (result.data) onDone?.();
  });

  return (
    <form className="outcome-form" onSubmit={onSubmit} aria-label={t('visits.outcome.formLabel', { name: visit.citizen.name })}>
      <fieldset className="fieldset">
        <legend>{t('visits.outcome.how')}</legend>
        <div className="choice-row">
          {OUTCOMES.map((o) => (
            <label key={o} className="choice">
              <input type="radio" name={`${id}-outcome`} value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
              {t(`visits.outcome.${o}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {(outcome === 'DONE' || outcome === 'NOT_MET') && (
        <div className="field">
          <label htmlFor={`${id}-minutes`}>{t('visits.outcome.minutes')}</label>
          <div className="choice-row" role="group" aria-label={t('visits.outcome.quickMinutes')}>
            {QUICK_MINUTES.map((m) => (
              <button
                key={m}
                type="button"
                className={`button button--small ${String(m) === minutes ? '' : 'button--secondary'}`}
                aria-pressed={String(m) === minutes}
                onClick={() => setMinutes(String(m))}
              >
                {t('visits.minutesShort', { count: m })}
              </button>
            ))}
          </div>
          <input
            id={`${id}-minutes`}
            className="input--short"
            type="number"
            inputMode="numeric"
            min={1}
            max={720}
            required={outcome === 'DONE'}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </div>
      )}
      {outcome === 'DONE' && (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={faceToFace} onChange={(e) => setFaceToFace(e.target.checked)} />
            {t('visits.outcome.faceToFace')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={network} onChange={(e) => setNetwork(e.target.checked)} />
            {t('visits.outcome.network')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={substance} onChange={(e) => setSubstance(e.target.checked)} />
            {t('visits.outcome.substance')}
          </label>
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>
          {t('visits.outcome.note')} <span className="muted">{t('form.optional')}</span>
        </label>
        <textarea id={`${id}-note`} rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('visits.outcome.save')}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('visits.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
