import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../app/viewer';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { Development } from '../components/Development';
import { MyInvitations } from '../components/MyInvitations';
import { RoundDates } from '../components/RoundDates';
import { MyReadinessRoundsDocument, ReadinessOverviewDocument } from '../graphql/readiness';
import '../readiness.css';

/** /readiness: the steering group's rounds (and its own invitations); everyone else their invitations. */
export default function ReadinessPage() {
  const viewer = useViewer();
  return viewer.role === 'STEERING_GROUP' ? <SteeringReadiness /> : <MyReadiness />;
}

function MyReadiness() {
  const { t } = useTranslation();
  usePageTitle(t('readiness.mine.title'));
  const { data, loading, error, refetch } = useQuery(MyReadinessRoundsDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <h1>{t('readiness.mine.title')}</h1>
      <p className="lead">{t('readiness.mine.lead')}</p>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && <MyInvitations rounds={data.myReadinessRounds} />}
    </>
  );
}

function SteeringReadiness() {
  const { t } = useTranslation();
  usePageTitle(t('readiness.title'));
  const { data, loading, error, refetch } = useQuery(ReadinessOverviewDocument, { fetchPolicy: 'cache-and-network' });
  // The latest eight closed rounds, oldest first (the list comes newest first).
  const closed = (data?.readinessRounds ?? []).filter((r) => r.status === 'CLOSED').slice(0, 8).reverse();
  return (
    <>
      <h1>{t('readiness.title')}</h1>
      <p className="lead">{t('readiness.lead')}</p>
      <p className="button-row">
        <Link className="button" to="/readiness/new">
          {t('readiness.newRound')}
        </Link>
        <Link className="button button--secondary" to="/readiness/statements">
          {t('readiness.statements.link')}
        </Link>
      </p>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && (
        <>
          <section aria-labelledby="rounds-heading">
            <h2 id="rounds-heading">{t('readiness.rounds.title')}</h2>
            {data.readinessRounds.length === 0 ? (
              <p>{t('readiness.rounds.none')}</p>
            ) : (
              <div className="table-scroll" role="region" aria-labelledby="rounds-caption" tabIndex={0}>
                <table>
                  <caption id="rounds-caption">{t('readiness.rounds.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('readiness.rounds.round')}</th>
                      <th scope="col">{t('readiness.rounds.period')}</th>
                      <th scope="col">{t('readiness.rounds.status')}</th>
                      <th scope="col" className="num">{t('readiness.rounds.invited')}</th>
                      <th scope="col" className="num">{t('readiness.rounds.submitted')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.readinessRounds.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">
                          <Link to={`/readiness/${r.id}`}>{r.title}</Link>
                        </th>
                        <td>
                          <RoundDates opensOn={r.opensOn} closesOn={r.closesOn} />
                        </td>
                        <td>{t(`readiness.status.${r.status}`)}</td>
                        <td className="num">{r.invited}</td>
                        <td className="num">{r.submitted ?? t('readiness.fewerThan', { count: r.minGroupSize })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          {closed.length >= 2 && (
            <section aria-labelledby="development-heading">
              <h2 id="development-heading">{t('readiness.development.title')}</h2>
              <p className="muted">{t('readiness.development.lead')}</p>
              <Development roundIds={closed.map((r) => r.id)} />
            </section>
          )}
          {data.myReadinessRounds.length > 0 && (
            <section aria-labelledby="mine-heading">
              <h2 id="mine-heading">{t('readiness.mine.title')}</h2>
              <MyInvitations rounds={data.myReadinessRounds} />
            </section>
          )}
        </>
      )}
    </>
  );
}
