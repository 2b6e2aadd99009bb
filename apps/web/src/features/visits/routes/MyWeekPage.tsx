import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { formatDate } from '../../../lib/format-date';
import { CalendarFeedPanel } from '../components/CalendarFeedPanel';
import { DoubleBookingNotice } from '../components/VisitBits';
import { VisitCard } from '../components/VisitCard';
import { addDays, copenhagenToday, isoWeekStart, localDate, toInstant, weekDates, weekNumber } from '../format';
import { MyWeekDocument } from '../graphql/visits';
import '../visits.css';

/** "Min uge": the viewer's visits Monday to Sunday, day by day. */
export default function MyWeekPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const weekOf = isoWeekStart(params.get('week') ?? copenhagenToday());
  usePageTitle(t('visits.myWeek.title'));
  const { data, loading, error, refetch } = useQuery(MyWeekDocument, { variables: { weekOf }, fetchPolicy: 'cache-and-network' });
  const plan = data?.myWeek;
  const conflicted = new Set(plan?.doubleBookings.flatMap((d) => d.visitIds) ?? []);
  return (
    <>
      <h1>{t('visits.myWeek.title')}</h1>
      <p className="lead">{t('visits.weekOf', { week: weekNumber(weekOf), from: formatDate(toInstant(weekOf, '12:00'), i18n.language) })}</p>
      <nav aria-label={t('visits.weekNav')} className="button-row">
        <Link className="button button--secondary button--small" to={`/my-week?week=${addDays(weekOf, -7)}`}>
          {t('visits.previousWeek')}
        </Link>
        <Link className="button button--secondary button--small" to={`/my-week?week=${addDays(weekOf, 7)}`}>
          {t('visits.nextWeek')}
        </Link>
        <Link className="button button--small" to="/visits/new">
          {t('visits.plan.title')}
        </Link>
      </nav>
      {loading && !plan && <Loading />}
      {!plan && error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {plan && <DoubleBookingNotice bookings={plan.doubleBookings} />}
      {plan &&
        weekDates(weekOf).map((date) => {
          const visits = plan.visits.filter((v) => localDate(v.plannedStart) === date);
          return (
            <section key={date} aria-labelledby={`day-${date}`} className="week-day">
              <h2 id={`day-${date}`}>{formatDate(toInstant(date, '12:00'), i18n.language)}</h2>
              {visits.length === 0 ? (
                <p className="muted">{t('visits.noVisitsThatDay')}</p>
              ) : (
                <ul className="visit-list">
                  {visits.map((v) => (
                    <VisitCard key={v.id} visit={v} conflict={conflicted.has(v.id)} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      <CalendarFeedPanel />
    </>
  );
}
