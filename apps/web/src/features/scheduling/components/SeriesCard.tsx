import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { copenhagenToday, formatDanishTimeRange } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { SeriesFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { formatDuration } from '../format';
import { EndMeetingSeriesDocument } from '../graphql/scheduling';
import { describeRuleText } from '../rule-words';

interface Props {
  series: SeriesFieldsFragment;
  /** The team leader (or the steering group for its own meetings) may change and end it. */
  canEdit: boolean;
  onChanged: () => void;
}

/** One series: what, the rule in words, when and where, who leads it, and its next meetings. */
export function SeriesCard({ series, canEdit, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = `series-${series.id}`;
  return (
    <li className="card series-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(`scheduling.kind.${series.kind}`)}
        {series.title !== t(`scheduling.kind.${series.kind}`) && <span className="muted"> – {series.title}</span>}
      </h3>
      <p className="series-card__rule">
        {describeRuleText(series.rule.rrule, series.startDate, t, i18n.language)}, {t('scheduling.series.at', { time: series.startTime.replace(':', '.') })} (
        {formatDuration(series.durationMinutes, t)})
      </p>
      <dl>
        <dt>{t('scheduling.form.place')}</dt>
        <dd>{series.place}</dd>
        {series.kind === 'SUPERVISION' && (
          <>
            <dt>{t('scheduling.series.for')}</dt>
            <dd>{series.memberName ?? t('scheduling.form.wholeTeam')}</dd>
            <dt>{t('scheduling.series.supervisor')}</dt>
            <dd>
              {series.supervisorName ?? t('common.none')}
              {series.supervisorEmail && <> ({series.supervisorEmail})</>}
            </dd>
          </>
        )}
        {series.endedOn && (
          <>
            <dt>{t('scheduling.series.ended')}</dt>
            <dd>{formatDate(`${series.endedOn}T12:00:00Z`, i18n.language)}</dd>
          </>
        )}
      </dl>
      <h4 id={`${headingId}-next`}>{t('scheduling.series.next')}</h4>
      {series.nextOccurrences.length === 0 ? (
        <p>{t('scheduling.series.noNext')}</p>
      ) : (
        <ul className="sched-list" aria-labelledby={`${headingId}-next`}>
          {series.nextOccurrences.map((o) => (
            <li key={o.id}>
              <Link to={`/occurrences/${o.id}`}>{formatDanishTimeRange(new Date(o.startsAt), new Date(o.endsAt))}</Link>
              {o.status === 'CANCELLED' && <> – {t('scheduling.status.CANCELLED')}</>}
              {o.moved && <> – {t('scheduling.occurrence.moved')}</>}
            </li>
          ))}
        </ul>
      )}
      {series.kind === 'TEAM_MEETING' && series.teamId && (
        <p>
          <Link to={`/teams/${series.teamId}/meetings`}>{t('scheduling.series.rhythmLink')}</Link>
        </p>
      )}
      {canEdit && !series.endedOn && (
        <div className="sched-buttons">
          <Link className="button button--small button--secondary" to={`/series/${series.id}/edit`}>
            {t('scheduling.series.edit')}
          </Link>
        </div>
      )}
      {canEdit && !series.endedOn && <EndSeriesForm seriesId={series.id} onEnded={onChanged} />}
    </li>
  );
}

function EndSeriesForm({ seriesId, onEnded }: { seriesId: string; onEnded: () => void }) {
  const { t } = useTranslation();
  const [end, { loading }] = useMutation(EndMeetingSeriesDocument);
  const { error, submit } = useFormSubmit();
  const id = `end-${seriesId}`;
  const onSubmit = submit(async (f) => {
    await end({ variables: { input: { id: seriesId, lastDate: f.text(`${id}-date`) } } });
    onEnded();
  });
  return (
    <details className="sched-details">
      <summary>{t('scheduling.series.end')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('scheduling.series.lastDate')}</label>
          <p id={`${id}-hint`} className="field__hint">
            {t('scheduling.series.lastDateHint')}
          </p>
          <input id={`${id}-date`} name={`${id}-date`} type="date" required defaultValue={copenhagenToday()} aria-describedby={`${id}-hint`} />
        </div>
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="submit" className="button button--small" disabled={loading}>
          {loading ? t('common.saving') : t('scheduling.series.endButton')}
        </button>
      </form>
    </details>
  );
}
