import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { ShowMore } from '../../../components/ShowMore';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AdminTeamsDocument, CreateTeamDocument } from '../graphql/admin';

const PAGE_SIZE = 50;
const FIELDS = ['name'] as const;

export default function AdminTeamsPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.teamsTitle'));
  const { data, loading, error, fetchMore, refetch } = useQuery(AdminTeamsDocument, { variables: { first: PAGE_SIZE } });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.teams;

  return (
    <>
      <h1>{t('admin.teamsTitle')}</h1>
      <section aria-labelledby="teams-list-heading">
        <h2 id="teams-list-heading">{t('admin.allTeams')}</h2>
        {loading && !connection && <Loading />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {connection && connection.edges.length === 0 && <p>{t('admin.noTeams')}</p>}
        {connection && connection.edges.length > 0 && (
          <>
            <ul className="card-list">
              {connection.edges.map(({ node }) => (
                <li key={node.id} className="card">
                  <Link to={`/admin/teams/${node.id}`} className="card__title">
                    {node.name}
                  </Link>
                  <p className="muted">{t('teams.activeCitizens', { count: node.activeCitizenCount })}</p>
                </li>
              ))}
            </ul>
            <ShowMore
              shown={connection.edges.length}
              total={connection.totalCount}
              hasNextPage={connection.pageInfo.hasNextPage}
              loading={loadingMore}
              onMore={() => {
                setLoadingMore(true);
                void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).finally(() => setLoadingMore(false));
              }}
            />
          </>
        )}
      </section>
      <CreateTeamForm />
    </>
  );
}

function CreateTeamForm() {
  const { t } = useTranslation();
  const { errors, attempt, submit, check } = useFormSubmit(FIELDS);
  const [created, setCreated] = useState<string>();
  const [createTeam, { loading }] = useMutation(CreateTeamDocument, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'teams' });
    },
  });

  const onSubmit = submit(async (values, form) => {
    setCreated(undefined);
    const name = values.text('name').trim();
    if (!check(name ? {} : { name: t('admin.teamNameRequired') })) return false;
    const { data } = await createTeam({ variables: { input: { name } } });
    if (data) {
      setCreated(t('admin.teamCreated', { name: data.createTeam.name }));
      form.reset();
    }
  });

  return (
    <section aria-labelledby="create-team-heading" className="panel">
      <h2 id="create-team-heading">{t('admin.createTeam')}</h2>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="form">
        <TextField id="name" label={t('admin.teamName')} error={errors.byField.name} autoComplete="off" />
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('admin.createTeam')}
        </button>
        <p role="status" className={created ? 'notice notice--success' : 'visually-hidden'}>
          {loading ? t('common.saving') : created}
        </p>
      </form>
    </section>
  );
}
