import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { AgendaItem, type MemberOption } from '../../meetings/components/AgendaItem';
import { TeamMeetingDocument } from '../../meetings/graphql/meetings';
import '../../meetings/meetings.css';

/**
 * The evaluation day's decisions and follow-up tasks: they live on its linked team meeting, shown
 * with the meetings feature's own agenda items (the same forms as at a team meeting).
 */
export function LinkedTeamMeeting({ teamMeetingId, members }: { teamMeetingId: string; members: MemberOption[] }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TeamMeetingDocument, { variables: { id: teamMeetingId } });
  const meeting = data?.teamMeeting;
  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('scheduling.evaluation.decisions')}</h2>
      <p className="muted">{t('scheduling.evaluation.decisionsHint')}</p>
      {loading && !meeting && <Loading label={t('scheduling.evaluation.loading')} />}
      {!meeting && !loading && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {meeting && (
        <>
          {meeting.items.length === 0 ? (
            <p>{t('scheduling.evaluation.noItems')}</p>
          ) : (
            <ol className="agenda">
              {meeting.items.map((item) => (
                <AgendaItem key={item.id} item={item} readOnly={!!meeting.heldAt} members={members} onChanged={() => void refetch()} />
              ))}
            </ol>
          )}
          <p>
            <Link to={`/meetings/${meeting.id}`}>{t('scheduling.evaluation.openMeeting')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
