import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImplementationPlanQuery } from '../../../gql/graphql';
import { monthLabel, shortDate } from './format';

type Plan = ImplementationPlanQuery['implementationPlan'];

/**
 * The plan as a timeline: months across, one row per activity, a bar from its start to its
 * deadline. Status and "Forsinket" are written in each row (not told by colour alone); the
 * tables above carry the same facts for screen readers.
 */
export function Timeline({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const months = plan.months;
  const col = (date: string | null | undefined, fallback: number) => {
    if (!date) return fallback;
    const i = months.indexOf(date.slice(0, 7));
    return i < 0 ? fallback : i;
  };
  const todayCol = col(plan.today, 0);
  const grid: CSSProperties = { gridTemplateColumns: `minmax(9rem, 14rem) repeat(${months.length}, minmax(3.25rem, 1fr))` };
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('implementation.plan.timeline')}</h2>
      <p className="muted">{t('implementation.plan.timelineHint', { today: shortDate(plan.today) })}</p>
      <div className="table-scroll impl-scroll" role="region" aria-labelledby="timeline-heading" tabIndex={0}>
        <div className="impl-timeline" style={grid}>
          <div className="impl-timeline__corner" />
          {months.map((m, i) => (
            <div key={m} className={i === todayCol ? 'impl-timeline__month impl-timeline__month--now' : 'impl-timeline__month'}>
              {monthLabel(m)}
              {i === todayCol && <span className="visually-hidden"> {t('implementation.plan.thisMonth')}</span>}
            </div>
          ))}
          {plan.focusAreas.flatMap((area) => [
            <div key={`${area.name}-area`} className="impl-timeline__area" style={{ gridColumn: `1 / span ${months.length + 1}` }}>
              {area.name}
            </div>,
            ...area.activities.flatMap((a) => {
              const end = col(a.deadline, col(a.startsOn, todayCol));
              const start = Math.min(col(a.startsOn, end), end);
              return [
                <div key={`${a.id}-name`} className="impl-timeline__name">
                  {a.title}
                  <span className="impl-sub">
                    {t(`implementation.activityStatus.${a.status}`)}
                    {a.overdue && <strong className="impl-overdue"> – {t('implementation.overdue')}</strong>}
                  </span>
                </div>,
                <div
                  key={`${a.id}-bar`}
                  className={`impl-timeline__bar impl-timeline__bar--${a.overdue ? 'overdue' : a.status.toLowerCase()}`}
                  style={{ gridColumn: `${start + 2} / ${end + 3}` }}
                >
                  {a.deadline ? shortDate(a.deadline) : ''}
                </div>,
              ];
            }),
          ])}
        </div>
      </div>
    </section>
  );
}
