import { useCallback, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import { MemberCaseloadCard } from '../components/MemberCaseloadCard';
import { RebalancingPanel } from '../components/RebalancingPanel';
import { TeamRatio } from '../components/TeamRatio';
import { WaitingQueue } from '../components/WaitingQueue';
import { TeamCaseloadDocument } from '../graphql/caseload';
import '../caseload.css';

/** The team's caseload under the max-10 rule: the leader balances it here, members read it. */
export default function CaseloadPage() {
  const { t } = useTranslation();
  const teamId = useParams().teamId!;
  const viewer = useViewer();
  const canManage = viewer.role === 'TEAM_LEADER' && viewer.teams.some((team) => team.id === teamId && team.isTeamLeader);
  const { data, loading, error, refetch } = useQuery(TeamCaseloadDocument, {
    variables: { teamId },
    fetchPolicy: 'cache-and-network',
  });
  const caseload = data?.teamCaseload;
  usePageTitle(caseload ? t('caseload.title', { team: caseload.teamName }) : t('caseload.titleShort'));

  // Success is said in a live region that also takes focus: the form that was used is gone by then.
  const [status, setStatus] = useState<string>();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const announce = useCallback((message: string) => {
    setStatus(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  }, []);

  if (loading && !caseload) return <Loading label={t('caseload.loading')} />;
  if (!caseload) {
    return (
      <>
        <h1>{t('caseload.titleShort')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  const mine = caseload.members.find((m) => m.member.user.id === viewer.id);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/teams/${teamId}`}>{caseload.teamName}</Link>
      </p>
      <h1>{t('caseload.title', { team: caseload.teamName })}</h1>
      <p ref={statusRef} tabIndex={-1} role="status" className={status ? 'notice notice--success' : 'visually-hidden'}>
        {status}
      </p>
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}

      {caseload.alerts.length > 0 && (
        <section aria-labelledby="alerts-heading" className="notice notice--error team-alerts">
          <h2 id="alerts-heading">{t('caseload.alertsTitle', { count: caseload.alerts.length })}</h2>
          <ul>
            {caseload.alerts.map((alert) => (
              <li key={alert.id}>{alert.message}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="ratio-heading" className="panel">
        <h2 id="ratio-heading">{t('caseload.ratioTitle')}</h2>
        <TeamRatio caseload={caseload} />
        {!canManage && <p>{t('caseload.readOnly')}</p>}
        {mine && (
          <p>
            <Link to="/my-citizens">{t('caseload.myCitizensLink', { count: mine.load })}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">{t('caseload.waitingTitle', { count: caseload.waiting.length })}</h2>
        <WaitingQueue waiting={caseload.waiting} members={caseload.members} canManage={canManage} onAssigned={announce} />
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('caseload.membersTitle')}</h2>
        {caseload.members.length === 0 ? (
          <p>{t('teams.noMembers')}</p>
        ) : (
          <ul className="card-list">
            {caseload.members.map((member) => (
              <MemberCaseloadCard
                key={member.member.id}
                member={member}
                members={caseload.members}
                canManage={canManage}
                onChanged={announce}
              />
            ))}
          </ul>
        )}
      </section>

      {canManage && (
        <section aria-labelledby="proposal-heading" className="panel">
          <h2 id="proposal-heading">{t('caseload.proposal.title')}</h2>
          <RebalancingPanel teamId={teamId} />
        </section>
      )}
    </>
  );
}
