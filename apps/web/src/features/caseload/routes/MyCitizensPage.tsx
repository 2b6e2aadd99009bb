import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import { StatusBadge } from '../../citizens/components/StatusBadge';
import { LoadBar } from '../components/LoadBar';
import { TeamCaseloadDocument } from '../graphql/caseload';
import '../caseload.css';

/** The citizens the viewer is primary contact for, per team. */
export default function MyCitizensPage() {
  const { t } = useTranslation();
  usePageTitle(t('caseload.myCitizensTitle'));
  const viewer = useViewer();
  return (
    <>
      <h1>{t('caseload.myCitizensTitle')}</h1>
      <p className="lead">{t('caseload.myCitizensIntro')}</p>
      {viewer.teams.length === 0 && <p>{t('teams.noTeams')}</p>}
      {viewer.teams.map((team) => (
        <MyCitizensInTeam key={team.id} teamId={team.id} teamName={team.name} showTeam={viewer.teams.length > 1} userId={viewer.id} />
      ))}
    </>
  );
}

function MyCitizensInTeam({ teamId, teamName, showTeam, userId }: { teamId: string; teamName: string; showTeam: boolean; userId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TeamCaseloadDocument, { variables: { teamId }, fetchPolicy: 'cache-and-network' });
  const headingId = `my-${teamId}-heading`;
  const mine = data?.teamCaseload.members.find((m) => m.member.user.id === userId);
  return (
    <section aria-labelledby={showTeam ? headingId : undefined} className="my-citizens">
      {showTeam && <h2 id={headingId}>{teamName}</h2>}
      {loading && !data && <Loading />}
      {!data && error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !mine && <p>{t('caseload.notMember')}</p>}
      {mine && (
        <>
          <LoadBar load={mine.load} capacity={mine.capacity} allowed={mine.allowed} overCapacity={mine.overCapacity} />
          {mine.citizens.length === 0 ? (
            <p>{t('caseload.noOwnCitizens')}</p>
          ) : (
            <ul className="card-list">
              {mine.citizens.map((citizen) => (
                <li key={citizen.id} className="card">
                  <p className="card__title">
                    <Link to={`/citizens/${citizen.id}`}>{citizen.name}</Link>
                    <StatusBadge status={citizen.status} />
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p>
        <Link to={`/teams/${teamId}/caseload`}>{t('caseload.seeTeamCaseload', { team: teamName })}</Link>
      </p>
    </section>
  );
}
