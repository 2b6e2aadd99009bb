import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { formatDate } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { CompleteTaskDocument, MyTasksDocument } from '../graphql/meetings';
import '../meetings.css';

/** The viewer's own follow-up tasks from team meetings. */
export default function MyTasksPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('meetings.myTasksTitle'));
  const [includeDone, setIncludeDone] = useState(false);
  const { data, loading, error, refetch } = useQuery(MyTasksDocument, { variables: { includeDone } });
  const [complete, completing] = useMutation(CompleteTaskDocument);
  const { error: completeError, run } = useFormSubmit();
  const tasks = data?.myFollowUpTasks.edges.map((e) => e.node) ?? [];

  return (
    <>
      <h1>{t('meetings.myTasksTitle')}</h1>
      <p className="lead">{t('meetings.myTasksLead')}</p>
      <div className="checkbox no-print">
        <input id="show-done" type="checkbox" checked={includeDone} onChange={(e) => setIncludeDone(e.target.checked)} />
        <label htmlFor="show-done">{t('meetings.showDone')}</label>
      </div>
      {loading && !data && <Loading label={t('common.loading')} />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {completeError !== undefined && <ErrorMessage error={completeError} />}
      {data && tasks.length === 0 && <p>{t('meetings.noTasks')}</p>}
      {tasks.length > 0 && (
        <ul className="card-list" aria-label={t('meetings.myTasksTitle')}>
          {tasks.map((task) => (
            <li key={task.id} className="card">
              <p className="card__title">{task.description}</p>
              {task.citizenId && task.citizenName && (
                <p>
                  <Link to={`/citizens/${task.citizenId}`}>{task.citizenName}</Link>
                </p>
              )}
              <p className={task.overdue ? 'task--overdue' : undefined}>
                {t('meetings.due', { date: formatDate(task.dueDate, i18n.language) })}
                {task.overdue && ` – ${t('meetings.overdue')}`}
              </p>
              <p className="muted">{t('meetings.fromMeeting', { date: formatDate(task.meetingStartsAt, i18n.language) })}</p>
              {task.done ? (
                <p>
                  <strong>{t('meetings.done')}</strong>
                </p>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  disabled={completing.loading}
                  onClick={() =>
                    run(async () => {
                      await complete({ variables: { input: { taskId: task.id } } });
                      await refetch();
                    })
                  }
                >
                  {t('meetings.markDone')}
                  <span className="visually-hidden">: {task.description}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
