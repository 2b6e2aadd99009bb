import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import { formatDate, formatDateTime } from '../../../lib/format-date';
import { MyDayAttention } from '../components/MyDayAttention';
import { TeamAttention } from '../components/TeamAttention';
import { StartSection } from '../components/StartSection';
import { UnreadNotifications } from '../components/UnreadNotifications';
import { ReadinessInvitation } from '../../readiness/components/ReadinessInvitation';
import { SteeringStartDocument, StartPageDocument } from '../graphql/start';
import '../start.css';

/** The start page: what needs attention today, for staff and for the steering group. */
export default function StartPage() {
  return useViewer().role === 'STEERING_GROUP' ? <SteeringStart /> : <StaffStart />;
}

function StaffStart() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('start.title'));
  const { data, loading, error, refetch } = useQuery(StartPageDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <h1>{t('start.title')}</h1>
      {data && <p className="lead">{formatDate(`${data.startPage.today}T12:00:00Z`, i18n.language)}</p>}
      <ReadinessInvitation />
      {loading && !data && <Loading />}
      {!data && error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && (
        <div className="start-grid">
          <MyDayAttention data={data} />
          {data.startPage.ledTeams.map((team) => (
            <TeamAttention key={team.teamId} team={team} />
          ))}
        </div>
      )}
    </>
  );
}

function SteeringStart() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('start.steeringTitle'));
  const { data, loading, error, refetch } = useQuery(SteeringStartDocument, { fetchPolicy: 'cache-and-network' });
  const meeting = data?.startPage.nextSteeringMeeting;
  return (
    <>
      <h1>{t('start.steeringTitle')}</h1>
      <p className="lead">{t('start.steeringLead')}</p>
      <ReadinessInvitation />
      <p>
        <Link className="button" to="/overview">
          {t('start.toOverview')}
        </Link>
      </p>
      {loading && !data && <Loading />}
      {!data && error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && (
        <div className="start-grid">
          <StartSection
            id="start-steering"
            title={t('start.nextSteeringMeeting')}
            empty={!meeting}
            emptyText={t('start.noSteeringMeeting')}
            link={meeting ? { to: `/occurrences/${meeting.id}`, label: t('start.openSteeringMeeting') } : undefined}
          >
            {meeting && (
              <p>
                {formatDateTime(meeting.startsAt, i18n.language)} · {meeting.place}
              </p>
            )}
          </StartSection>
          <UnreadNotifications connection={data.notifications} />
        </div>
      )}
    </>
  );
}
