import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { copenhagenToday } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatDate } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { PutOnBoardDocument } from '../../team-board/graphql/team-board';
import { CitizenMeetingsDocument, ClearCrisisDocument, RaiseCrisisDocument } from '../graphql/meetings';
import '../meetings.css';

/**
 * The citizen overview's section for team meetings: crisis flag, place on the team board, open
 * follow-up tasks, the latest decisions and network meetings. Self-contained: one query of its own.
 */
export function CitizenMeetingsSection({ citizenId, teamId }: { citizenId: string; teamId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(CitizenMeetingsDocument, { variables: { id: citizenId } });
  const c = data?.citizen;

  return (
    <section aria-labelledby="citizen-meetings-heading" className="panel">
      <h2 id="citizen-meetings-heading">{t('citizenMeetings.title')}</h2>
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {c && (
        <>
          <h3>{t('citizenMeetings.crisis')}</h3>
          <CrisisPart citizenId={citizenId} flag={c.crisisFlag} onChanged={() => void refetch()} />

          <h3>{t('citizenMeetings.board')}</h3>
          {c.teamBoardEntry ? (
            <p>
              {t('citizenMeetings.onBoard', { count: c.teamBoardEntry.daysOnBoard, reason: c.teamBoardEntry.reason })}{' '}
              <Link to={`/teams/${teamId}/board`}>{t('citizenMeetings.seeBoard')}</Link>
            </p>
          ) : (
            <>
              <p>{t('citizenMeetings.notOnBoard')}</p>
              <BoardForm citizenId={citizenId} onChanged={() => void refetch()} />
            </>
          )}

          <h3>{t('citizenMeetings.openTasks')}</h3>
          {c.followUpTasks.length === 0 ? (
            <p>{t('citizenMeetings.noOpenTasks')}</p>
          ) : (
            <ul className="plain-list">
              {c.followUpTasks.map((task) => (
                <li key={task.id} className={task.overdue ? 'task--overdue' : undefined}>
                  {t('meetings.taskLine', { who: task.assigneeName, what: task.description, when: formatDate(task.dueDate, i18n.language) })}
                  {task.overdue && ` – ${t('meetings.overdue')}`}
                </li>
              ))}
            </ul>
          )}

          <h3>{t('citizenMeetings.decisions')}</h3>
          {c.meetingDecisions.length === 0 ? (
            <p>{t('citizenMeetings.noDecisions')}</p>
          ) : (
            <ul className="plain-list">
              {c.meetingDecisions.map((d) => (
                <li key={d.id}>
                  {d.text} <span className="muted">({formatDate(d.meetingStartsAt, i18n.language)})</span>
                </li>
              ))}
            </ul>
          )}

          <h3>{t('citizenMeetings.networkMeetings')}</h3>
          {c.networkMeetings.length === 0 ? (
            <p>{t('citizenMeetings.noNetworkMeetings')}</p>
          ) : (
            <ul className="plain-list">
              {c.networkMeetings.map((m) => (
                <li key={m.id}>
                  <Link to={`/network-meetings/${m.id}`}>{m.whenText}</Link> – {m.purpose}
                  {m.hasSummary && <span className="muted"> ({t('citizenMeetings.hasSummary')})</span>}
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link className="button button--small button--secondary" to={`/citizens/${citizenId}/network-meetings/new`}>
              {t('citizenMeetings.newNetworkMeeting')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

function CrisisPart({
  citizenId,
  flag,
  onChanged,
}: {
  citizenId: string;
  flag: { reason: string; raisedByName: string; raisedAt: string } | null | undefined;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [raise, raising] = useMutation(RaiseCrisisDocument);
  const [clear, clearing] = useMutation(ClearCrisisDocument);
  const { error, submit, run } = useFormSubmit();

  const onSubmit = submit(async (f) => {
    await raise({ variables: { input: { citizenId, reason: f.text('crisis-reason') } } });
    onChanged();
  });

  if (flag) {
    return (
      <>
        <p className="text-error">
          {t('citizenMeetings.crisisRaised', { name: flag.raisedByName, date: formatDate(flag.raisedAt, i18n.language), reason: flag.reason })}
        </p>
        {error !== undefined && <ErrorMessage error={error} />}
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={clearing.loading}
          onClick={() =>
            run(async () => {
              await clear({ variables: { id: citizenId } });
              onChanged();
            })
          }
        >
          {t('citizenMeetings.clearCrisis')}
        </button>
      </>
    );
  }
  return (
    <>
      <p>{t('citizenMeetings.noCrisis')}</p>
      <details className="inline-form">
        <summary>{t('citizenMeetings.raiseCrisis')}</summary>
        <form className="form" onSubmit={onSubmit} noValidate aria-busy={raising.loading || undefined}>
          <div className="field">
            <label htmlFor="crisis-reason">{t('citizenMeetings.crisisReason')}</label>
            <input id="crisis-reason" name="crisis-reason" maxLength={1000} required />
          </div>
          {error !== undefined && <ErrorMessage error={error} />}
          <button type="submit" className="button button--small" disabled={raising.loading}>
            {t('citizenMeetings.raiseCrisisButton')}
          </button>
        </form>
      </details>
    </>
  );
}

function BoardForm({ citizenId, onChanged }: { citizenId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const [put, { loading }] = useMutation(PutOnBoardDocument);
  const { error, submit } = useFormSubmit();

  const onSubmit = submit(async (f) => {
    await put({ variables: { input: { citizenId, reason: f.text('board-reason'), placedOn: f.text('board-date') } } });
    onChanged();
  });

  return (
    <details className="inline-form">
      <summary>{t('citizenMeetings.putOnBoard')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <div className="field">
          <label htmlFor="board-reason">{t('citizenMeetings.boardReason')}</label>
          <input id="board-reason" name="board-reason" maxLength={1000} required />
        </div>
        <div className="field">
          <label htmlFor="board-date">{t('citizenMeetings.boardDate')}</label>
          <input id="board-date" name="board-date" type="date" required defaultValue={copenhagenToday()} />
        </div>
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="submit" className="button button--small" disabled={loading}>
          {t('citizenMeetings.putOnBoardButton')}
        </button>
      </form>
    </details>
  );
}
