import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';

export default function MyTeamsPage() {
  const { t } = useTranslation();
  usePageTitle(t('teams.myTeamsTitle'));
  const viewer = useViewer();
  return (
    <>
      <h1>{t('teams.myTeamsTitle')}</h1>
      {viewer.teams.length === 0 ? (
        <p>{t('teams.noTeams')}</p>
      ) : (
        <ul className="card-list">
          {viewer.teams.map((team) => (
            <li key={team.id} className="card">
              <Link to={`/teams/${team.id}`} className="card__title">
                {team.name}
              </Link>
              {team.isTeamLeader && <p className="muted">{t('teams.youAreLeader')}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
