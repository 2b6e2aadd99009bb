import { Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';

/** "Borgerfordeling" in the menu: straight to the team when there is one, else a choice of teams. */
export default function CaseloadIndexPage() {
  const { t } = useTranslation();
  usePageTitle(t('caseload.titleShort'));
  const viewer = useViewer();
  // Teams the viewer leads first: those are the ones they balance.
  const teams = [...viewer.teams].sort((a, b) => Number(b.isTeamLeader) - Number(a.isTeamLeader));
  if (teams.length === 1) return <Navigate to={`/teams/${teams[0].id}/caseload`} replace />;
  return (
    <>
      <h1>{t('caseload.titleShort')}</h1>
      {teams.length === 0 ? (
        <p>{t('teams.noTeams')}</p>
      ) : (
        <>
          <p className="lead">{t('caseload.chooseTeam')}</p>
          <ul className="card-list">
            {teams.map((team) => (
              <li key={team.id} className="card">
                <Link to={`/teams/${team.id}/caseload`} className="card__title">
                  {team.name}
                </Link>
                {team.isTeamLeader && <p className="muted">{t('teams.youAreLeader')}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
