import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDanishTimeRange } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import { formatDate, formatDateTime } from '../../../lib/format-date';
import { FidelitySummary } from '../../fidelity/components/FidelitySummary';
import { LinkedTeamMeeting } from '../components/LinkedTeamMeeting';
import { MeetingGuide } from '../components/MeetingGuide';
import { OccurrenceActions } from '../components/OccurrenceActions';
import { SparringCase } from '../components/SparringCase';
import { StatusBadge } from '../components/StatusBadge';
import { OccurrencePageDocument, SeriesTeamOptionsDocument } from '../graphql/scheduling';
import '../scheduling.css';

/**
 * One meeting of a series: when and where, its status, and what to do with it. An evaluation day
 * opens with its meeting guide and its decisions and follow-up tasks; a sparring meeting shows its case.
 */
export default function OccurrencePage() {
  const { t, i18n } = useTranslation();
  const occurrenceId = useParams().occurrenceId!;
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(OccurrencePageDocument, { variables: { id: occurrenceId } });
  const occurrence = data?.meetingOccurrence;
  const teamId = occurrence?.teamId ?? null;
  const options = useQuery(SeriesTeamOptionsDocument, { variables: { teamId: teamId ?? '' }, skip: !teamId });
  const when = occurrence ? formatDanishTimeRange(new Date(occurrence.startsAt), new Date(occurrence.endsAt)) : '';
  usePageTitle(occurrence ? `${t(`scheduling.kind.${occurrence.kind}`)} ${when}` : t('scheduling.occurrence.title'));

  if (loading && !occurrence) return <Loading label={t('scheduling.occurrence.loading')} />;
  if (!occurrence) {
    return (
      <>
        <h1>{t('scheduling.occurrence.title')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  const team = options.data?.team;
  const members = (team?.members.edges ?? []).map((e) => ({ id: e.node.id, name: e.node.user.name }));
  const leads = teamId
    ? viewer.role === 'TEAM_LEADER' && viewer.teams.some((x) => x.id === teamId && x.isTeamLeader)
    : viewer.role === 'STEERING_GROUP';
  const inTeam = teamId ? viewer.teams.some((x) => x.id === teamId) : false;
  const back = teamId ? `/teams/${teamId}/schedule` : '/steering-meetings';
  const refresh = () => void refetch();
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>
          {team ? `${team.name} – ` : ''}
          {t('scheduling.occurrence.back')}
        </Link>
      </p>
      <h1>
        {t(`scheduling.kind.${occurrence.kind}`)} {when}
      </h1>
      <p className="lead">
        {occurrence.title !== t(`scheduling.kind.${occurrence.kind}`) && <>{occurrence.title} · </>}
        {t('scheduling.occurrence.at', { place: occurrence.place })}
      </p>
      <p>
        <StatusBadge status={occurrence.status} endsAt={occurrence.endsAt} />
        {occurrence.moved && (
          <span className="muted"> {t('scheduling.occurrence.movedFrom', { date: formatDate(`${occurrence.originalDate}T12:00:00Z`, i18n.language) })}</span>
        )}
      </p>
      {occurrence.statusReason && (
        <p>
          <strong>{t('scheduling.actions.reason')}:</strong> {occurrence.statusReason}
        </p>
      )}
      {occurrence.status === 'HELD' && (
        <p>
          <strong>{t('scheduling.actions.attendees')}:</strong>{' '}
          {occurrence.attendees.length ? occurrence.attendees.map((a) => a.name).join(', ') : t('scheduling.occurrence.noAttendees')}
        </p>
      )}
      {occurrence.statusSetAt && occurrence.status !== 'PLANNED' && (
        <p className="muted">{t('scheduling.occurrence.recordedAt', { when: formatDateTime(occurrence.statusSetAt, i18n.language) })}</p>
      )}

      {occurrence.kind === 'EVALUATION_DAY' && teamId && occurrence.guide && (
        <MeetingGuide teamId={teamId} sections={occurrence.guide}>
          {inTeam && <FidelitySummary teamId={teamId} />}
        </MeetingGuide>
      )}
      {occurrence.kind === 'EVALUATION_DAY' && occurrence.teamMeetingId && (
        <LinkedTeamMeeting teamMeetingId={occurrence.teamMeetingId} members={members} />
      )}
      {occurrence.kind === 'SPARRING' && teamId && inTeam && (
        <SparringCase
          occurrenceId={occurrence.id}
          teamId={teamId}
          current={occurrence.sparringCase}
          members={members}
          canEdit={occurrence.status === 'PLANNED'}
          onChanged={refresh}
        />
      )}
      {occurrence.kind === 'TEAM_MEETING' && occurrence.teamMeetingId && (
        <p>
          <Link to={`/meetings/${occurrence.teamMeetingId}`}>{t('scheduling.occurrence.openAgenda')}</Link>
        </p>
      )}
      {leads && (
        <OccurrenceActions occurrence={occurrence} members={members} attendeeIds={occurrence.attendees.map((a) => a.memberId)} onChanged={refresh} />
      )}
    </>
  );
}
