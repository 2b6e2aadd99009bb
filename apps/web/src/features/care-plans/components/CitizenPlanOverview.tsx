import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatDateTime } from '../../../lib/format-date';
import { formatDay } from '../format';
import { CitizenPlanOverviewDocument } from '../graphql/care-plans';
import { ConsentsPanel } from './ConsentsPanel';
import { RelativesPanel } from './RelativesPanel';
import '../care-plans.css';

const KNOWN_OPERATIONS = new Set([
  'citizen.create',
  'citizen.update',
  'citizen.assign',
  'citizen.unassign',
  'care-plan.start',
  'care-plan.save',
  'care-plan.agree',
  'consent.create',
  'consent.withdraw',
  'relative.create',
  'relative.update',
]);

/**
 * The citizen overview's own sections: the plan in force (goals with next steps and dates,
 * follow-up due), consents and relatives, and the latest changes.
 */
export function CitizenPlanOverview({ citizenId }: { citizenId: string }) {
  const { t, i18n } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error, refetch } = useQuery(CitizenPlanOverviewDocument, { variables: { id: citizenId } });
  const citizen = data?.citizen;
  if (loading && !citizen) return <Loading label={t('carePlan.loading')} />;
  if (!citizen) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const { current, draft } = citizen.carePlan;
  const day = (d: string) => formatDay(d, i18n.language);

  return (
    <>
      <section aria-labelledby="plan-heading" className="panel plan-overview">
        <h2 id="plan-heading">{t('carePlan.overviewTitle')}</h2>
        {current ? (
          <>
            <p className={`follow-up follow-up--${current.followUpState.toLowerCase()}`}>
              {t(`carePlan.followUp.${current.followUpState}`, { date: current.nextFollowUpOn ? day(current.nextFollowUpOn) : '' })}
            </p>
            {current.citizenWords && <blockquote className="citizen-words">{current.citizenWords}</blockquote>}
            <ul className="plan-overview__goals">
              {current.goals
                .filter((g) => g.status === 'ACTIVE' || g.status === 'PAUSED')
                .map((goal) => {
                  const next = [...goal.steps].sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'))[0];
                  return (
                    <li key={goal.id}>
                      <p className="plan-goal__area">
                        {goal.lifeArea.name} · {t(`carePlan.goalStatus.${goal.status}`)}
                      </p>
                      <p className="plan-overview__goal">“{goal.citizenWords}”</p>
                      {next && (
                        <p className="muted">
                          {t('carePlan.nextStep', { description: next.description })}
                          {next.responsibleMember && <> – {next.responsibleMember.user.name}</>}
                          {next.dueOn && <>, {t('carePlan.stepDue', { date: day(next.dueOn) })}</>}
                        </p>
                      )}
                    </li>
                  );
                })}
            </ul>
          </>
        ) : (
          <p>{t('carePlan.noPlan')}</p>
        )}
        {draft && (
          <p className="notice">
            {t('carePlan.draftInProgress', {
              number: draft.number,
              name: draft.updatedByName ?? t('carePlan.changes.unknownActor'),
              when: formatDateTime(draft.updatedAt, i18n.language),
            })}
          </p>
        )}
        <div className="button-row">
          <Link className="button button--small" to={`/citizens/${citizenId}/plan`}>
            {t('carePlan.openPlan')}
          </Link>
          {current && (
            <Link className="button button--small button--secondary" to={`/citizens/${citizenId}/plan/print`}>
              {t('carePlan.printPlan')}
            </Link>
          )}
        </div>
      </section>

      <section aria-labelledby="network-heading" className="panel">
        <h2 id="network-heading" className="visually-hidden">
          {t('carePlan.consents.title')} / {t('carePlan.relatives.title')}
        </h2>
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        <ConsentsPanel citizenId={citizenId} consents={citizen.consents} announce={setAnnouncement} />
        <RelativesPanel citizenId={citizenId} relatives={citizen.relatives} announce={setAnnouncement} />
      </section>

      <section aria-labelledby="changes-heading" className="panel">
        <h2 id="changes-heading">{t('carePlan.changes.title')}</h2>
        {citizen.latestChanges.length === 0 ? (
          <p className="muted">{t('carePlan.changes.none')}</p>
        ) : (
          <ul className="changes">
            {citizen.latestChanges.map((c) => (
              <li key={c.id}>
                {t('carePlan.changes.by', {
                  what: t(`carePlan.changes.op.${KNOWN_OPERATIONS.has(c.operation) ? c.operation : 'other'}`),
                  who: c.actorName ?? t('carePlan.changes.unknownActor'),
                  when: formatDateTime(c.occurredAt, i18n.language),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
