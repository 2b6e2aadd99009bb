import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { MeetingCadence, MeetingRhythmFieldsFragment } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { SetMeetingRhythmDocument } from '../graphql/meetings';

interface Props {
  teamId: string;
  rhythm: MeetingRhythmFieldsFragment | null | undefined;
  canEdit: boolean;
  onSaved: () => void;
}

/** The team's meeting rhythm, and (for the leader) a form to set it. */
export function RhythmPanel({ teamId, rhythm, canEdit, onSaved }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const { error, submit } = useFormSubmit();
  const [save, { loading }] = useMutation(SetMeetingRhythmDocument);
  const weekdays = t('meetings.weekdays', { returnObjects: true }) as string[];

  const onSubmit = submit(async (f) => {
    await save({
      variables: {
        input: {
          teamId,
          cadence: f.text('rhythm-cadence') as MeetingCadence,
          weekday: Number(f.text('rhythm-weekday')),
          startTime: f.text('rhythm-start'),
          endTime: f.text('rhythm-end'),
          place: f.text('rhythm-place'),
          reviewEveryMeetings: Number(f.text('rhythm-review')),
        },
      },
    });
    setEditing(false);
    setSaved(true);
    onSaved();
  });

  return (
    <section aria-labelledby="rhythm-heading" className="panel">
      <h2 id="rhythm-heading">{t('meetings.rhythm')}</h2>
      {saved && (
        <p role="status" className="notice notice--success">
          {t('meetings.rhythmSaved')}
        </p>
      )}
      <p>
        {rhythm
          ? t('meetings.rhythmText', {
              cadence: t(`meetings.cadence.${rhythm.cadence}`),
              weekday: weekdays[rhythm.weekday - 1],
              start: rhythm.startTime.replace(':', '.'),
              end: rhythm.endTime.replace(':', '.'),
              place: rhythm.place,
              n: rhythm.reviewEveryMeetings,
            })
          : t('meetings.noRhythm')}
      </p>
      {canEdit && !editing && (
        <button type="button" className="button button--small button--secondary" onClick={() => { setSaved(false); setEditing(true); }}>
          {t('meetings.editRhythm')}
        </button>
      )}
      {canEdit && editing && (
        <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
          <div className="field">
            <label htmlFor="rhythm-cadence">{t('meetings.cadenceLabel')}</label>
            <select id="rhythm-cadence" name="rhythm-cadence" defaultValue={rhythm?.cadence ?? 'WEEKLY'}>
              <option value="WEEKLY">{t('meetings.cadence.WEEKLY')}</option>
              <option value="BIWEEKLY">{t('meetings.cadence.BIWEEKLY')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="rhythm-weekday">{t('meetings.weekday')}</label>
            <select id="rhythm-weekday" name="rhythm-weekday" defaultValue={rhythm?.weekday ?? 2}>
              {weekdays.map((d, i) => (
                <option key={d} value={i + 1}>
                  {d}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="rhythm-start">{t('meetings.startTime')}</label>
            <input id="rhythm-start" name="rhythm-start" type="time" required defaultValue={rhythm?.startTime ?? '09:00'} />
          </div>
          <div className="field">
            <label htmlFor="rhythm-end">{t('meetings.endTime')}</label>
            <input id="rhythm-end" name="rhythm-end" type="time" required defaultValue={rhythm?.endTime ?? '10:30'} />
          </div>
          <div className="field">
            <label htmlFor="rhythm-place">{t('meetings.place')}</label>
            <input id="rhythm-place" name="rhythm-place" required maxLength={200} defaultValue={rhythm?.place ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="rhythm-review">{t('meetings.reviewEvery')}</label>
            <p id="rhythm-review-hint" className="field__hint">
              {t('meetings.reviewEveryHint')}
            </p>
            <input
              id="rhythm-review"
              name="rhythm-review"
              type="number"
              min={1}
              max={52}
              className="input--short"
              aria-describedby="rhythm-review-hint"
              defaultValue={rhythm?.reviewEveryMeetings ?? 4}
            />
          </div>
          {error !== undefined && <ErrorMessage error={error} />}
          <div className="button-row">
            <button type="submit" className="button" disabled={loading}>
              {loading ? t('common.saving') : t('meetings.saveRhythm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
              {t('functions.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
