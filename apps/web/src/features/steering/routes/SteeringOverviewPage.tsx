import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { CaseloadSummaryTable } from '../../caseload/components/CaseloadSummaryTable';
import { SteeringOverviewDocument } from '../graphql/overview';

/** Aggregates for the steering group: teams and their number of active citizens, nothing personal. */
export default function SteeringOverviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('steering.title'));
  const { data, loading, error, refetch } = useQuery(SteeringOverviewDocument);
  const teams = data?.teams.edges.map((e) => e.node) ?? [];
  const total = teams.reduce((sum, team) => sum + team.activeCitizenCount, 0);

  return (
    <>
      <h1>{t('steering.title')}</h1>
      <p className="lead">{t('steering.intro')}</p>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && (
        <div className="table-scroll" role="region" aria-labelledby="overview-caption" tabIndex={0}>
          <table>
            <caption id="overview-caption">{t('steering.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('steering.team')}</th>
                <th scope="col" className="num">
                  {t('steering.activeCitizens')}
                </th>
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => (
                <tr key={team.id}>
                  <th scope="row">{team.name}</th>
                  <td className="num">{team.activeCitizenCount}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('steering.total', { count: data.teams.totalCount })}</th>
                <td className="num">{total}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <section aria-labelledby="caseload-summary-heading">
        <h2 id="caseload-summary-heading">{t('steering.caseloadTitle')}</h2>
        <CaseloadSummaryTable />
      </section>
    </>
  );
}
