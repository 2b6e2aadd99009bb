import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatDate } from '../../../lib/format-date';
import { clockRange } from '../format';
import { CitizenVisitOverviewDocument } from '../graphql/visits';
import { OutcomeBadge, PlaceText } from './VisitBits';
import '../visits.css';

/** The citizen page's visit section: last and next visits and the contact measures. */
export function CitizenVisits({ citizenId }: { citizenId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CitizenVisitOverviewDocument, {
    variables: { id: citizenId },
    fetchPolicy: 'cache-and-network',
  });
  const overview = data?.citizen.visitOverview;
  const m = overview?.measures;
  const percent = (share: number | null | undefined) => (share === null || share === undefined ? t('visits.measures.none') : `${Math.round(share * 100)} %`);
  return (
    <section aria-labelledby="visits-heading" className="panel">
      <h2 id="visits-heading">{t('visits.citizen.title')}</h2>
      {loading && !overview && <Loading />}
      {!overview && error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {overview && m && (
        <>
          <dl className="facts">
            <div>
              <dt>{t('visits.measures.daysSince')}</dt>
              <dd>
                {m.daysSinceLastFaceToFace === null ? t('visits.notSeen.never') : t('visits.notSeen.days', { count: m.daysSinceLastFaceToFace })}
              </dd>
            </div>
            <div>
              <dt>{t('visits.measures.staff')}</dt>
              <dd>{m.distinctStaffLastTwoWeeks}</dd>
            </div>
            <div>
              <dt>{t('visits.measures.outside')}</dt>
              <dd>{percent(m.outsideOfficeShare)}</dd>
            </div>
          </dl>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('visits.measures.caption')}>
            <table className="measures">
              <caption>{t('visits.measures.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('visits.measures.week')}</th>
                  <th scope="col" className="num">{t('visits.measures.faceToFace')}</th>
                  <th scope="col" className="num">{t('visits.measures.minutes')}</th>
                  <th scope="col" className="num">{t('visits.measures.contacts')}</th>
                </tr>
              </thead>
              <tbody>
                {m.weeks.map((w) => (
                  <tr key={w.week}>
                    <th scope="row">{t('visits.measures.weekLabel', { week: Number(w.week.slice(-2)) })}</th>
                    <td className="num">{w.faceToFaceContacts}</td>
                    <td className="num">{w.faceToFaceMinutes}</td>
                    <td className="num">{w.contacts}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('visits.citizen.next')}</h3>
          {overview.nextVisits.length === 0 ? (
            <p>{t('visits.citizen.noNext')}</p>
          ) : (
            <ul className="compact-list">
              {overview.nextVisits.map((v) => (
                <li key={v.id}>
                  <Link to={`/visits/${v.id}`}>
                    {formatDate(v.plannedStart, i18n.language)} {clockRange(v.plannedStart, v.plannedEnd)}
                  </Link>{' '}
                  · <PlaceText kind={v.placeKind} text={v.placeText} /> · {v.participants.map((p) => p.name).join(', ')}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('visits.citizen.last')}</h3>
          {overview.lastVisits.length === 0 ? (
            <p>{t('visits.citizen.noLast')}</p>
          ) : (
            <ul className="compact-list">
              {overview.lastVisits.map((v) => (
                <li key={v.id}>
                  <Link to={`/visits/${v.id}`}>
                    {formatDate(v.plannedStart, i18n.language)} {clockRange(v.plannedStart, v.plannedEnd)}
                  </Link>{' '}
                  · <PlaceText kind={v.placeKind} text={v.placeText} /> · <OutcomeBadge outcome={v.outcome} />
                  {v.actualMinutes ? ` ${t('visits.minutesShort', { count: v.actualMinutes })}` : ''}
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link className="button button--secondary" to={`/visits/new?citizenId=${citizenId}`}>
              {t('visits.plan.title')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
