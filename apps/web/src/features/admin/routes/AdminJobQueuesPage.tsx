import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import type { JobQueueHealthQuery } from '../../../gql/graphql';
import { apiErrors } from '../../../lib/graphql-errors';
import { formatDateTime } from '../../../lib/format-date';
import { JobQueueHealthDocument } from '../graphql/job-queues';

type Scheduler = JobQueueHealthQuery['jobQueueHealth']['schedulers'][number];

/** Plain names for the worker's queues and schedulers; an unknown one is shown by its id. */
const KNOWN_QUEUES = new Set(['system', 'caseload', 'visits', 'scheduling', 'notifications', 'mail']);
const SCHEDULER_LABELS: Record<string, string> = {
  'system-heartbeat': 'heartbeat',
  'caseload-exception-expiry-sweep': 'exceptionExpiry',
  'visits-series-top-up': 'visitSeries',
  'meeting-series-reconcile': 'meetingSeriesReconcile',
  'meeting-series:*': 'meetingSeries',
  'reminders-dispatch': 'remindersDispatch',
  'notifications-daily-sweep': 'dailySweep',
  'mail-send': 'mailSend',
};
const REFRESH_MS = 30_000;

/** Admin: are the worker's queues healthy? Counts per queue and each scheduler's last and next run. */
export default function AdminJobQueuesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('jobQueues.title'));
  const { data, loading, error, refetch } = useQuery(JobQueueHealthDocument, {
    pollInterval: REFRESH_MS,
    notifyOnNetworkStatusChange: false,
  });
  const health = data?.jobQueueHealth;
  const unavailable = apiErrors(error).some((e) => e.code === 'SERVICE_UNAVAILABLE');

  return (
    <>
      <h1>{t('jobQueues.title')}</h1>
      <p>{t('jobQueues.intro')}</p>
      {loading && !health && <Loading />}
      {error && unavailable && (
        <div role="alert" className="notice notice--error">
          <p>{t('jobQueues.unavailable')}</p>
          <button type="button" className="button button--secondary" onClick={() => void refetch()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {error && !unavailable && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {health && (
        <>
          <p>
            {t('jobQueues.checkedAt', { time: formatDateTime(health.checkedAt, i18n.language) })}{' '}
            <button type="button" className="button button--secondary" onClick={() => void refetch()}>
              {t('jobQueues.refresh')}
            </button>
          </p>
          <QueuesTable queues={health.queues} />
          <SchedulersTable schedulers={health.schedulers} />
        </>
      )}
    </>
  );
}

function QueuesTable({ queues }: { queues: JobQueueHealthQuery['jobQueueHealth']['queues'] }) {
  const { t } = useTranslation();
  const captionId = useId();
  if (queues.length === 0) return <p>{t('jobQueues.noQueues')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{t('jobQueues.queuesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('jobQueues.queue')}</th>
            <th scope="col" className="num">{t('jobQueues.waiting')}</th>
            <th scope="col" className="num">{t('jobQueues.active')}</th>
            <th scope="col" className="num">{t('jobQueues.delayed')}</th>
            <th scope="col" className="num">{t('jobQueues.failed')}</th>
            <th scope="col" className="num">{t('jobQueues.completed')}</th>
          </tr>
        </thead>
        <tbody>
          {queues.map((q) => (
            <tr key={q.name}>
              <th scope="row">{KNOWN_QUEUES.has(q.name) ? t(`jobQueues.queues.${q.name}`) : q.name}</th>
              <td className="num">{q.waiting}</td>
              <td className="num">{q.active}</td>
              <td className="num">{q.delayed}</td>
              <td className="num">{q.failed > 0 ? <strong>{q.failed}</strong> : q.failed}</td>
              <td className="num">{q.completed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SchedulersTable({ schedulers }: { schedulers: Scheduler[] }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  if (schedulers.length === 0) return <p>{t('jobQueues.noSchedulers')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{t('jobQueues.schedulersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('jobQueues.scheduler')}</th>
            <th scope="col">{t('jobQueues.runs')}</th>
            <th scope="col">{t('jobQueues.lastRun')}</th>
            <th scope="col">{t('jobQueues.nextRun')}</th>
          </tr>
        </thead>
        <tbody>
          {schedulers.map((s) => (
            <tr key={`${s.queue}/${s.id}`}>
              <th scope="row">
                {SCHEDULER_LABELS[s.id] ? t(`jobQueues.schedulers.${SCHEDULER_LABELS[s.id]}`) : s.id}
                {s.count > 1 && <> ({t('jobQueues.count', { count: s.count })})</>}
              </th>
              <td>{frequency(s, t)}</td>
              <td>
                {s.lastRunAt ? formatDateTime(s.lastRunAt, i18n.language) : t('jobQueues.notYet')}
                {s.lastOutcome && (
                  <>
                    {' '}
                    <span className={s.lastOutcome === 'FAILED' ? 'badge badge--ended' : 'badge'}>
                      {t(s.lastOutcome === 'FAILED' ? 'jobQueues.outcomeFailed' : 'jobQueues.outcomeCompleted')}
                    </span>
                  </>
                )}
                {s.failedCount > 0 && s.count > 1 && <> {t('jobQueues.failedInGroup', { count: s.failedCount })}</>}
              </td>
              <td>{s.nextRunAt ? formatDateTime(s.nextRunAt, i18n.language) : t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function frequency(s: Scheduler, t: TFunction): string {
  if (s.everySeconds) {
    return s.everySeconds % 60 === 0
      ? t('jobQueues.everyMinutes', { count: s.everySeconds / 60 })
      : t('jobQueues.everySeconds', { count: s.everySeconds });
  }
  const daily = s.pattern ? /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(s.pattern) : null;
  if (daily) return t('jobQueues.daily', { time: `${daily[2].padStart(2, '0')}.${daily[1].padStart(2, '0')}` });
  return s.pattern ?? t('common.none');
}
