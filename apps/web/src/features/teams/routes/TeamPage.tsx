import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import { TeamCitizenList } from '../../citizens/components/TeamCitizenList';
import { MemberList } from '../components/MemberList';
import { FormerMemberList, StaffingForms } from '../components/StaffingForms';
import { TeamPageDocument } from '../graphql/teams';

export default function TeamPage() {
  const { t } = useTranslation();
  const teamId = useParams().teamId!;
  const viewer = useViewer();
  const leads = viewer.role === 'TEAM_LEADER' && viewer.teams.some((x) => x.id === teamId && x.isTeamLeader);
  const { data, loading, error, refetch } = useQuery(TeamPageDocument, { variables: { id: teamId } });
  const team = data?.team;
  usePageTitle(team?.name ?? t('teams.teamTitle'));

  if (loading && !team) return <Loading label={t('teams.loading')} />;
  if (!team) {
    return (
      <>
        <h1>{t('teams.teamTitle')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  return (
    <>
      <h1>{team.name}</h1>
      <p className="lead">{t('teams.activeCitizens', { count: team.activeCitizenCount })}</p>
      <ul className="plain-list">
        <li>
          <Link to={`/teams/${team.id}/caseload`}>{t('teams.caseloadLink')}</Link>
        </li>
        <li>
          <Link to={`/teams/${team.id}/meetings`}>{t('meetings.link')}</Link>
        </li>
        <li>
          <Link to={`/teams/${team.id}/schedule`}>{t('scheduling.link')}</Link>
        </li>
        <li>
          <Link to={`/teams/${team.id}/board`}>{t('board.link')}</Link>
        </li>
        <li>
          <Link to={`/teams/${team.id}/functions`}>{t('functions.pageLink')}</Link>
        </li>
        <li>
          <Link to={`/teams/${team.id}/groups`}>{t('groups.link')}</Link>
        </li>
        <li>
          <Link to={`/teams/${team.id}/fidelity`}>{t('fidelity.link')}</Link>
        </li>
      </ul>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('teams.members')}</h2>
        <MemberList members={team.members.edges.map((e) => e.node)} />
      </section>
      {leads && <StaffingForms members={team.members.edges.map((e) => e.node)} />}
      <section aria-labelledby="former-heading">
        <h2 id="former-heading">{t('teams.formerMembers')}</h2>
        <FormerMemberList members={team.formerMembers} />
      </section>
      <section aria-labelledby="citizens-heading">
        <div className="section-heading">
          <h2 id="citizens-heading">{t('citizens.title')}</h2>
          <Link className="button button--small" to="/citizens/new" state={{ teamId: team.id }}>
            {t('citizens.create')}
          </Link>
        </div>
        <TeamCitizenList teamId={team.id} />
      </section>
    </>
  );
}
