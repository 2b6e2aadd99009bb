import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, copenhagenToday } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { MeetingItemFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AddDecisionDocument, AddTaskDocument, UpdateMeetingItemDocument } from '../graphql/meetings';

export interface MemberOption {
  id: string;
  name: string;
}

interface Props {
  item: MeetingItemFieldsFragment;
  readOnly: boolean;
  members: MemberOption[];
  onChanged: () => void;
}

/** One item on the agenda: who it is about and why, the note, decisions and tasks. */
export function AgendaItem({ item, readOnly, members, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = `item-${item.id}`;
  const heading = item.citizenName ?? item.title ?? t('meetings.general');
  return (
    <li className={item.source === 'CITIZEN' ? 'agenda-item agenda-item--citizen' : 'agenda-item'}>
      <h3 id={headingId}>
        {item.citizenId ? <Link to={`/citizens/${item.citizenId}`}>{heading}</Link> : heading}
      </h3>
      <p>
        {item.reason && <span className={`reason reason--${item.reason}`}>{t(`meetings.reason.${item.reason}`)}</span>}
        {item.source === 'MEMBER' && item.addedByName && <span className="muted">{t('meetings.memberItem', { name: item.addedByName })}</span>}
        {item.source === 'CITIZEN' && item.citizenAttends && <strong>{t('meetings.citizenAttends')}</strong>}
      </p>
      {item.citizenName && item.title && <p>{item.title}</p>}
      {readOnly ? (
        item.note && (
          <p>
            <strong>{t('meetings.note')}:</strong> {item.note}
          </p>
        )
      ) : (
        <NoteForm item={item} onChanged={onChanged} />
      )}
      {(item.decisions.length > 0 || !readOnly) && <h4>{t('meetings.decisions')}</h4>}
      {item.decisions.length > 0 && (
        <ul className="plain-list">
          {item.decisions.map((d) => (
            <li key={d.id}>
              {d.text} <span className="muted">({d.decidedByName})</span>
            </li>
          ))}
        </ul>
      )}
      {!readOnly && <DecisionForm itemId={item.id} onChanged={onChanged} />}
      {(item.tasks.length > 0 || !readOnly) && <h4>{t('meetings.tasks')}</h4>}
      {item.tasks.length > 0 && (
        <ul className="plain-list">
          {item.tasks.map((task) => (
            <li key={task.id}>
              {t('meetings.taskLine', { who: task.assigneeName, what: task.description, when: formatDate(task.dueDate, i18n.language) })}
              {task.done && <strong> – {t('meetings.done')}</strong>}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && <TaskForm itemId={item.id} members={members} onChanged={onChanged} />}
    </li>
  );
}

function NoteForm({ item, onChanged }: { item: MeetingItemFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const { error, done: saved, submit } = useFormSubmit();
  const [update, { loading }] = useMutation(UpdateMeetingItemDocument);
  const id = `note-${item.id}`;

  const onSubmit = submit(async (f) => {
    const note = f.text(id);
    await update({ variables: { input: { itemId: item.id, note } } });
    onChanged();
  });

  return (
    <form className="form inline-form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
      <div className="field">
        <label htmlFor={id}>{t('meetings.note')}</label>
        <textarea id={id} name={id} rows={2} maxLength={4000} defaultValue={item.note ?? ''} />
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
      <p role="status" className={saved ? 'muted' : 'visually-hidden'}>
        {saved ? t('meetings.noteSaved') : ''}
      </p>
      <button type="submit" className="button button--small button--secondary" disabled={loading}>
        {t('meetings.saveNote')}
      </button>
    </form>
  );
}

function DecisionForm({ itemId, onChanged }: { itemId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const { error, submit } = useFormSubmit();
  const [add, { loading }] = useMutation(AddDecisionDocument);
  const id = `decision-${itemId}`;

  const onSubmit = submit(async (f, form) => {
    await add({ variables: { input: { itemId, text: f.text(id) } } });
    form.reset();
    onChanged();
  });

  return (
    <details className="inline-form">
      <summary>{t('meetings.addDecision')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <div className="field">
          <label htmlFor={id}>{t('meetings.decision')}</label>
          <textarea id={id} name={id} rows={2} maxLength={2000} required />
        </div>
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="submit" className="button button--small" disabled={loading}>
          {t('meetings.addDecision')}
        </button>
      </form>
    </details>
  );
}

function TaskForm({ itemId, members, onChanged }: { itemId: string; members: MemberOption[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const { error, submit } = useFormSubmit();
  const [add, { loading }] = useMutation(AddTaskDocument);
  const p = `task-${itemId}`;

  const onSubmit = submit(async (f, form) => {
    await add({
      variables: {
        input: {
          itemId,
          assigneeMemberId: f.text(`${p}-who`),
          description: f.text(`${p}-what`),
          dueDate: f.text(`${p}-when`),
        },
      },
    });
    form.reset();
    onChanged();
  });

  return (
    <details className="inline-form">
      <summary>{t('meetings.addTask')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <div className="field">
          <label htmlFor={`${p}-who`}>{t('meetings.taskWho')}</label>
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
          <label htmlFor={`${p}-what`}>{t('meetings.taskWhat')}</label>
          <input id={`${p}-what`} name={`${p}-what`} maxLength={1000} required />
        </div>
        <div className="field">
          <label htmlFor={`${p}-when`}>{t('meetings.taskWhen')}</label>
          <input id={`${p}-when`} name={`${p}-when`} type="date" required defaultValue={addDays(copenhagenToday(), 7)} />
        </div>
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="submit" className="button button--small" disabled={loading}>
          {t('meetings.addTask')}
        </button>
      </form>
    </details>
  );
}
