import { Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';

/** "Teamets besøg": straight to the team, or a choice when the viewer is on several. */
export default function TeamVisitsIndexPage() {
  const { t } = useTranslation();
  usePageTitle(t('visits.team.title'));
  const viewer = useViewer();
  if (viewer.teams.length === 1) return <Navigate to={`/teams/${viewer.teams[0].id}/visits`} replace />;
  return (
    <>
      <h1>{t('visits.team.title')}</h1>
      {viewer.teams.length === 0 ? (
        <p>{t('teams.noTeams')}</p>
      ) : (
        <ul className="card-list">
          {viewer.teams.map((team) => (
            <li key={team.id} className="card">
              <Link to={`/teams/${team.id}/visits`}>{team.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
