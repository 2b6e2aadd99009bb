import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { SeriesForm } from '../components/SeriesForm';
import { CreateMeetingSeriesDocument, SeriesTeamOptionsDocument } from '../graphql/scheduling';
import { TEAM_SERIES_KINDS } from '../series-kinds';
import '../scheduling.css';

/** The team leader plans supervision, sparring or evaluation days; the first meetings exist at once. */
export default function NewSeriesPage() {
  const { t } = useTranslation();
  const teamId = useParams().teamId!;
  const navigate = useNavigate();
  usePageTitle(t('scheduling.new.title'));
  const options = useQuery(SeriesTeamOptionsDocument, { variables: { teamId } });
  const [create, { loading }] = useMutation(CreateMeetingSeriesDocument);

  if (options.loading && !options.data) return <Loading />;
  const team = options.data?.team;
  if (!team) {
    return (
      <>
        <h1>{t('scheduling.new.title')}</h1>
        <ErrorMessage error={options.error} onRetry={() => void options.refetch()} />
      </>
    );
  }
  const members = team.members.edges.map((e) => ({ id: e.node.id, name: e.node.user.name }));
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/teams/${teamId}/schedule`}>
          {team.name} – {t('scheduling.page.title')}
        </Link>
      </p>
      <h1>{t('scheduling.new.title')}</h1>
      <p className="lead">{t('scheduling.new.lead')}</p>
      <SeriesForm
        kinds={TEAM_SERIES_KINDS}
        members={members}
        saving={loading}
        onSave={async (values) => {
          await create({ variables: { input: { ...values, teamId } } });
          void navigate(`/teams/${teamId}/schedule`, { state: { created: true } });
        }}
        onCancel={() => void navigate(`/teams/${teamId}/schedule`)}
      />
    </>
  );
}
