import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import { TeamCitizenList } from '../components/TeamCitizenList';

/** The citizens of every team the user works in. */
export default function CitizensPage() {
  const { t } = useTranslation();
  usePageTitle(t('citizens.title'));
  const viewer = useViewer();
  return (
    <>
      <div className="section-heading">
        <h1>{t('citizens.title')}</h1>
        {viewer.teams.length > 0 && (
          <Link className="button button--small" to="/citizens/new">
            {t('citizens.create')}
          </Link>
        )}
      </div>
      {viewer.teams.length === 0 && <p>{t('teams.noTeams')}</p>}
      {viewer.teams.map((team) => (
        <section key={team.id} aria-labelledby={`team-${team.id}`}>
          <h2 id={`team-${team.id}`}>{team.name}</h2>
          <TeamCitizenList teamId={team.id} />
        </section>
      ))}
    </>
  );
}
