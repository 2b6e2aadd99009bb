import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import { formatDate } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { DoubleBookingNotice, OutcomeBadge, PlaceText } from '../components/VisitBits';
import { addDays, clockRange, copenhagenToday, isoWeekStart, localDate, toInstant, weekDates, weekNumber } from '../format';
import { SetNotSeenThresholdDocument, TeamVisitsDocument } from '../graphql/visits';
import '../visits.css';

/** The team's "never lose contact" list and its week: who is where when. */
export default function TeamVisitsPage() {
  const { t, i18n } = useTranslation();
  const teamId = useParams().teamId!;
  const [params] = useSearchParams();
  const weekOf = isoWeekStart(params.get('week') ?? copenhagenToday());
  const viewer = useViewer();
  const leads = viewer.teams.some((team) => team.id === teamId && team.isTeamLeader);
  const { data, loading, error, refetch } = useQuery(TeamVisitsDocument, {
    variables: { teamId, weekOf },
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(data?.team ? t('visits.team.titleFor', { team: data.team.name }) : t('visits.team.title'));
  if (loading && !data) return <Loading />;
  if (!data) {
    return (
      <>
        <h1>{t('visits.team.title')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  const { notSeenCitizens: notSeen, teamWeek: week } = data;
  const conflicted = new Set(week.doubleBookings.flatMap((d) => d.visitIds));
  return (
    <>
      <h1>{t('visits.team.titleFor', { team: data.team.name })}</h1>
      <section aria-labelledby="not-seen-heading" className="panel">
        <h2 id="not-seen-heading">{t('visits.notSeen.title', { count: notSeen.thresholdDays })}</h2>
        <p className="muted">{t('visits.notSeen.intro')}</p>
        {notSeen.citizens.length === 0 ? (
          <p role="status">{t('visits.notSeen.none', { count: notSeen.thresholdDays })}</p>
        ) : (
          <ol className="not-seen-list">
            {notSeen.citizens.map((c) => (
              <li key={c.citizen.id} className="not-seen">
                <Link to={`/citizens/${c.citizen.id}`}>{c.citizen.name}</Link>{' '}
                <strong>{c.daysSince === null ? t('visits.notSeen.never') : t('visits.notSeen.days', { count: c.daysSince })}</strong>
                <span className="muted">
                  {' · '}
                  {c.nextVisitAt
                    ? t('visits.notSeen.next', { when: formatDate(c.nextVisitAt, i18n.language) })
                    : t('visits.notSeen.noNext')}
                </span>{' '}
                <Link className="button button--small button--secondary" to={`/visits/new?citizenId=${c.citizen.id}`}>
                  {t('visits.plan.short')}
                  <span className="visually-hidden"> {c.citizen.name}</span>
                </Link>
              </li>
            ))}
          </ol>
        )}
        {leads && <ThresholdForm teamId={teamId} days={notSeen.thresholdDays} />}
      </section>

      <section aria-labelledby="team-week-heading">
        <h2 id="team-week-heading">
          {t('visits.team.week', { week: weekNumber(weekOf), from: formatDate(toInstant(weekOf, '12:00'), i18n.language) })}
        </h2>
        <nav aria-label={t('visits.weekNav')} className="button-row">
          <Link className="button button--secondary button--small" to={`/teams/${teamId}/visits?week=${addDays(weekOf, -7)}`}>
            {t('visits.previousWeek')}
          </Link>
          <Link className="button button--secondary button--small" to={`/teams/${teamId}/visits?week=${addDays(weekOf, 7)}`}>
            {t('visits.nextWeek')}
          </Link>
        </nav>
        <DoubleBookingNotice bookings={week.doubleBookings} />
        {weekDates(weekOf).map((date) => {
          const visits = week.visits.filter((v) => localDate(v.plannedStart) === date);
          return (
            <section key={date} aria-labelledby={`team-day-${date}`} className="week-day">
              <h3 id={`team-day-${date}`}>{formatDate(toInstant(date, '12:00'), i18n.language)}</h3>
              {visits.length === 0 ? (
                <p className="muted">{t('visits.noVisitsThatDay')}</p>
              ) : (
                <ul className="team-day">
                  {visits.map((v) => (
                    <li key={v.id} className={conflicted.has(v.id) ? 'team-visit team-visit--conflict' : 'team-visit'}>
                      <span className="team-visit__time">{clockRange(v.plannedStart, v.plannedEnd)}</span>{' '}
                      <strong>{v.participants.map((p) => p.name).join(', ')}</strong>
                      {' · '}
                      <Link to={`/visits/${v.id}`}>{v.citizen.name}</Link>
                      {' · '}
                      <PlaceText kind={v.placeKind} text={v.placeText} /> <OutcomeBadge outcome={v.outcome} />
                      {conflicted.has(v.id) && <span className="visit-card__warning"> {t('visits.doubleBookedHere')}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </section>
    </>
  );
}

function ThresholdForm({ teamId, days }: { teamId: string; days: number }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(days));
  const { error, done: saved, submit } = useFormSubmit();
  const [save, { loading }] = useMutation(SetNotSeenThresholdDocument, { refetchQueries: [TeamVisitsDocument] });
  const onSubmit = submit(() => save({ variables: { input: { teamId, days: Number(value) } } }));
  return (
    <form className="form threshold-form" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor="threshold">{t('visits.notSeen.threshold')}</label>
        <p id="threshold-hint" className="field__hint">
          {t('visits.notSeen.thresholdHint')}
        </p>
        <input
          id="threshold"
          className="input--short"
          type="number"
          inputMode="numeric"
          min={1}
          max={90}
          required
          aria-describedby="threshold-hint"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--secondary" disabled={loading}>
        {t('visits.notSeen.saveThreshold')}
      </button>
      {saved && <p role="status">{t('visits.notSeen.thresholdSaved')}</p>}
      {error !== undefined && <ErrorMessage error={error} />}
    </form>
  );
}
