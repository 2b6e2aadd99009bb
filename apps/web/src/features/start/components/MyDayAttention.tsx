import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { StartPageQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';
import { OutcomeBadge } from '../../visits/components/VisitBits';
import { addDays, clockRange } from '../../visits/format';
import { StartSection } from './StartSection';
import { UnreadNotifications } from './UnreadNotifications';

/** Tasks due within this many days are on the start page (overdue ones always). */
const TASK_DAYS = 7;

/** The viewer's own day: visits, follow-up tasks due and plan follow-ups. */
export function MyDayAttention({ data }: { data: StartPageQuery }) {
  const { t, i18n } = useTranslation();
  const { today, carePlanFollowUps } = data.startPage;
  const visits = data.myDay.visits;
  const tasks = data.myFollowUpTasks.edges.map((e) => e.node).filter((task) => task.overdue || task.dueDate <= addDays(today, TASK_DAYS));
  return (
    <>
      <UnreadNotifications connection={data.notifications} />
      <StartSection
        id="start-visits"
        title={t('start.visits', { count: visits.length })}
        empty={visits.length === 0}
        emptyText={t('visits.myDay.none')}
        link={{ to: '/my-day', label: t('start.toMyDay') }}
      >
        <ul className="start-list">
          {visits.map((v) => (
            <li key={v.id}>
              <span className="start-list__time">{clockRange(v.plannedStart, v.plannedEnd)}</span>{' '}
              <Link to={`/visits/${v.id}`}>{v.citizen.name}</Link> <OutcomeBadge outcome={v.outcome} />
            </li>
          ))}
        </ul>
      </StartSection>
      <StartSection
        id="start-tasks"
        title={t('start.tasks', { count: tasks.length })}
        empty={tasks.length === 0}
        emptyText={t('start.noTasks', { count: TASK_DAYS })}
        link={{ to: '/tasks', label: t('start.toTasks') }}
      >
        <ul className="start-list">
          {tasks.map((task) => (
            <li key={task.id}>
              {task.description}
              {task.citizenId && task.citizenName && (
                <>
                  {' – '}
                  <Link to={`/citizens/${task.citizenId}`}>{task.citizenName}</Link>
                </>
              )}
              <br />
              <span className={task.overdue ? 'start-overdue' : 'muted'}>
                {t('meetings.due', { date: formatDate(task.dueDate, i18n.language) })}
                {task.overdue && ` – ${t('meetings.overdue')}`}
              </span>
            </li>
          ))}
        </ul>
      </StartSection>
      <StartSection
        id="start-plans"
        title={t('start.plans', { count: carePlanFollowUps.length })}
        empty={carePlanFollowUps.length === 0}
        emptyText={t('start.noPlans')}
        link={{ to: '/my-citizens', label: t('start.toMyCitizens') }}
      >
        <ul className="start-list">
          {carePlanFollowUps.map((f) => (
            <li key={f.versionId}>
              <Link to={`/citizens/${f.citizenId}/plan`}>{t('start.planOf', { name: f.citizenName })}</Link>
              <br />
              <span className={f.overdue ? 'start-overdue' : 'muted'}>
                {t('start.followUpOn', { date: formatDate(f.dueOn, i18n.language) })}
                {f.overdue && ` – ${t('meetings.overdue')}`}
              </span>
            </li>
          ))}
        </ul>
      </StartSection>
    </>
  );
}
