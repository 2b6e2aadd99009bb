import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { ShowMore } from '../../../components/ShowMore';
import { TeamCitizensDocument } from '../graphql/citizens';
import { StatusBadge } from './StatusBadge';

const PAGE_SIZE = 25;

/** A team's citizens with status and masked CPR, paged with "Vis flere". */
export function TeamCitizenList({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore, refetch } = useQuery(TeamCitizensDocument, {
    variables: { teamId, first: PAGE_SIZE },
  });
  const [loadingMore, setLoadingMore] = useState(false);

  if (loading && !data) return <Loading label={t('citizens.loading')} />;
  if (error && !data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const connection = data?.team.citizens;
  if (!connection) return null;
  if (connection.edges.length === 0) return <p>{t('citizens.none')}</p>;

  async function more() {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection?.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <ul className="card-list">
        {connection.edges.map(({ node }) => (
          <li key={node.id} className="card">
            <Link to={`/citizens/${node.id}`} className="card__title">
              {node.name}
            </Link>
            <dl className="inline-facts">
              <div>
                <dt>{t('citizens.status')}</dt>
                <dd>
                  <StatusBadge status={node.status} />
                </dd>
              </div>
              <div>
                <dt>{t('citizens.cpr')}</dt>
                <dd className="mono">{node.cprMasked}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      {error && <ErrorMessage error={error} />}
      <ShowMore
        shown={connection.edges.length}
        total={connection.totalCount}
        hasNextPage={connection.pageInfo.hasNextPage}
        loading={loadingMore}
        onMore={() => void more()}
      />
    </>
  );
}
