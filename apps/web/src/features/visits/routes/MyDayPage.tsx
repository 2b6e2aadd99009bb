import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { formatDate } from '../../../lib/format-date';
import { addDays, copenhagenToday, toInstant } from '../format';
import { DoubleBookingNotice } from '../components/VisitBits';
import { VisitCard } from '../components/VisitCard';
import { MyDayDocument } from '../graphql/visits';
import '../visits.css';

/** "Min dag": today's visits on the phone, with addresses and a quick way to log each. */
export default function MyDayPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const today = copenhagenToday();
  const date = params.get('date') ?? today;
  usePageTitle(t('visits.myDay.title'));
  const { data, loading, error, refetch } = useQuery(MyDayDocument, { variables: { date }, fetchPolicy: 'cache-and-network' });
  const plan = data?.myDay;
  const conflicted = new Set(plan?.doubleBookings.flatMap((d) => d.visitIds) ?? []);
  const open = plan?.visits.filter((v) => !v.outcome).length ?? 0;
  return (
    <>
      <h1>{t('visits.myDay.title')}</h1>
      <p className="lead">
        {formatDate(toInstant(date, '12:00'), i18n.language)}
        {plan && ` · ${t('visits.myDay.count', { count: plan.visits.length })}`}
        {plan && open > 0 && ` · ${t('visits.myDay.open', { count: open })}`}
      </p>
      <nav aria-label={t('visits.myDay.dayNav')} className="button-row">
        <Link className="button button--secondary button--small" to={`/my-day?date=${addDays(date, -1)}`}>
          {t('visits.previousDay')}
        </Link>
        {date !== today && (
          <Link className="button button--secondary button--small" to="/my-day">
            {t('visits.today')}
          </Link>
        )}
        <Link className="button button--secondary button--small" to={`/my-day?date=${addDays(date, 1)}`}>
          {t('visits.nextDay')}
        </Link>
        <Link className="button button--small" to="/visits/new">
          {t('visits.plan.title')}
        </Link>
      </nav>
      {loading && !plan && <Loading />}
      {!plan && error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {plan && <DoubleBookingNotice bookings={plan.doubleBookings} />}
      {plan && plan.visits.length === 0 && <p>{t('visits.myDay.none')}</p>}
      {plan && plan.visits.length > 0 && (
        <ul className="visit-list">
          {plan.visits.map((v) => (
            <VisitCard key={v.id} visit={v} conflict={conflicted.has(v.id)} />
          ))}
        </ul>
      )}
    </>
  );
}
