import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import type { TeamBoardEntryFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AddBoardContactDocument, AddBoardNoteDocument, TakeOffBoardDocument, TeamBoardPageDocument } from '../graphql/team-board';
import '../../meetings/meetings.css';

/** The team board: who needs intensive follow-up now, for how long, and what is agreed. */
export default function TeamBoardPage() {
  const { t } = useTranslation();
  const teamId = useParams().teamId!;
  const { data, loading, error, refetch } = useQuery(TeamBoardPageDocument, { variables: { teamId } });
  const [takenOff, setTakenOff] = useState<string | null>(null);
  usePageTitle(data?.team ? t('board.titleFor', { team: data.team.name }) : t('board.title'));

  if (loading && !data) return <Loading label={t('board.loading')} />;
  if (!data?.team) {
    return (
      <>
        <h1>{t('board.title')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  const members = data.team.members.edges.map((e) => ({ id: e.node.id, name: e.node.user.name }));
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/teams/${teamId}`}>{data.team.name}</Link>
      </p>
      <h1>{t('board.title')}</h1>
      <p className="lead">{t('board.lead')}</p>
      {takenOff && (
        <p role="status" className="notice notice--success">
          {t('board.takenOff', { name: takenOff })}
        </p>
      )}
      {data.teamBoard.length === 0 ? (
        <p>{t('board.empty')}</p>
      ) : (
        <ul className="agenda">
          {data.teamBoard.map((entry) => (
            <BoardEntry
              key={entry.id}
              entry={entry}
              members={members}
              onChanged={() => void refetch()}
              onTakenOff={(name) => {
                setTakenOff(name);
                void refetch();
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function BoardEntry({
  entry,
  members,
  onChanged,
  onTakenOff,
}: {
  entry: TeamBoardEntryFieldsFragment;
  members: Array<{ id: string; name: string }>;
  onChanged: () => void;
  onTakenOff: (name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [addContact, contact] = useMutation(AddBoardContactDocument);
  const [addNote, note] = useMutation(AddBoardNoteDocument);
  const [takeOff, off] = useMutation(TakeOffBoardDocument);
  const { error, submit } = useFormSubmit();
  const p = `board-${entry.id}`;

  return (
    <li className="agenda-item">
      <h2>
        <Link to={`/citizens/${entry.citizenId}`}>{entry.citizenName}</Link>
      </h2>
      <p>
        <strong>{t('board.since', { date: formatDate(entry.placedOn, i18n.language), count: entry.daysOnBoard })}</strong>
      </p>
      <p>
        <strong>{t('board.reason')}:</strong> {entry.reason}
      </p>
      <h3>{t('board.contacts')}</h3>
      {entry.contacts.length === 0 ? (
        <p>{t('board.noContacts')}</p>
      ) : (
        <ul className="plain-list">
          {entry.contacts.map((k) => (
            <li key={k.id}>
              <strong>{k.memberName}:</strong> {k.agreement}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('board.notes')}</h3>
      {entry.latestNotes.length === 0 ? (
        <p>{t('board.noNotes')}</p>
      ) : (
        <ul className="plain-list">
          {entry.latestNotes.map((n) => (
            <li key={n.id}>
              {n.text} <span className="muted">({n.writtenByName}, {formatDateTime(n.createdAt, i18n.language)})</span>
            </li>
          ))}
        </ul>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
      <details className="inline-form">
        <summary>{t('board.addContact')}</summary>
        <form
          className="form"
          noValidate
          aria-busy={contact.loading || undefined}
          onSubmit={submit(
            async (f) => {
              await addContact({ variables: { input: { entryId: entry.id, memberId: f.text(`${p}-who`), agreement: f.text(`${p}-agreement`) } } });
              onChanged();
            },
            { reset: true },
          )}
        >
          <div className="field">
            <label htmlFor={`${p}-who`}>{t('board.who')}</label>
            <select id={`${p}-who`} name={`${p}-who`} defaultValue="">
              <option value="" disabled>
                {t('meetings.chooseMember')}
              </option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${p}-agreement`}>{t('board.agreement')}</label>
            <p id={`${p}-agreement-hint`} className="field__hint">
              {t('board.agreementHint')}
            </p>
            <input id={`${p}-agreement`} name={`${p}-agreement`} maxLength={500} aria-describedby={`${p}-agreement-hint`} />
          </div>
          <button type="submit" className="button button--small" disabled={contact.loading}>
            {t('board.save')}
          </button>
        </form>
      </details>
      <details className="inline-form">
        <summary>{t('board.addNote')}</summary>
        <form
          className="form"
          noValidate
          aria-busy={note.loading || undefined}
          onSubmit={submit(
            async (f) => {
              await addNote({ variables: { input: { entryId: entry.id, text: f.text(`${p}-note`) } } });
              onChanged();
            },
            { reset: true },
          )}
        >
          <div className="field">
            <label htmlFor={`${p}-note`}>{t('board.noteText')}</label>
            <textarea id={`${p}-note`} name={`${p}-note`} rows={2} maxLength={2000} />
          </div>
          <button type="submit" className="button button--small" disabled={note.loading}>
            {t('board.save')}
          </button>
        </form>
      </details>
      <details className="inline-form">
        <summary>{t('board.takeOff')}</summary>
        <form
          className="form"
          noValidate
          aria-busy={off.loading || undefined}
          onSubmit={submit(
            async (f) => {
              await takeOff({ variables: { input: { entryId: entry.id, reason: f.text(`${p}-off`) } } });
              onTakenOff(entry.citizenName);
            },
            { reset: true },
          )}
        >
          <div className="field">
            <label htmlFor={`${p}-off`}>{t('board.takeOffReason')}</label>
            <input id={`${p}-off`} name={`${p}-off`} maxLength={1000} />
          </div>
          <button type="submit" className="button button--small" disabled={off.loading}>
            {t('board.takeOffButton')}
          </button>
        </form>
      </details>
    </li>
  );
}
