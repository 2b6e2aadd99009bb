import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { formatDay } from '../format';
import { CarePlanPrintDocument } from '../graphql/care-plans';
import '../care-plans.css';

/**
 * The citizen's own copy of the plan in force: plain Danish, their words first and largest, no
 * internal terms. Printed (or saved as PDF) from the browser; the print styles hide the menus.
 */
export default function CarePlanPrintPage() {
  const { t, i18n } = useTranslation();
  const citizenId = useParams().citizenId!;
  const { data, loading, error, refetch } = useQuery(CarePlanPrintDocument, { variables: { citizenId } });
  const citizen = data?.citizen;
  const plan = citizen?.carePlan.current;
  usePageTitle(citizen ? `${t('carePlan.print.title')} – ${citizen.name}` : t('carePlan.print.title'));
  const day = (d: string) => formatDay(d, i18n.language);

  if (loading && !citizen) return <Loading label={t('carePlan.loading')} />;
  if (!citizen) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  return (
    <article className="print-plan">
      <p className="breadcrumb no-print">
        <Link to={`/citizens/${citizenId}/plan`}>{t('carePlan.backToPlan')}</Link>
      </p>
      <h1>
        {t('carePlan.print.title')} – {citizen.name}
      </h1>
      {!plan ? (
        <p>{t('carePlan.print.noPlan')}</p>
      ) : (
        <>
          <p>{t('carePlan.print.intro')}</p>
          <button type="button" className="button no-print" onClick={() => window.print()}>
            {t('carePlan.print.button')}
          </button>
          {plan.citizenWords && (
            <section aria-labelledby="matters-heading">
              <h2 id="matters-heading">{t('carePlan.print.whatMatters')}</h2>
              <blockquote className="citizen-words">{plan.citizenWords}</blockquote>
            </section>
          )}
          {plan.goals.map((goal, i) => (
            <section key={goal.id} className="print-goal" aria-labelledby={`goal-${i}`}>
              <h2 id={`goal-${i}`}>
                {t('carePlan.print.myGoal')} {i + 1}
              </h2>
              <blockquote className="citizen-words">{goal.citizenWords}</blockquote>
              <p>
                {t('carePlan.print.area', { area: goal.lifeArea.name })}
                <br />
                {t('carePlan.print.status', { status: t(`carePlan.print.goalStatus.${goal.status}`) })}
                {goal.stageOfChange && (
                  <>
                    <br />
                    {t('carePlan.print.whereNow', { stage: t(`carePlan.print.stage.${goal.stageOfChange}`) })}
                  </>
                )}
              </p>
              {goal.steps.length > 0 && (
                <>
                  <h3>{t('carePlan.print.weDo')}</h3>
                  <ul>
                    {goal.steps.map((step) => (
                      <li key={step.id}>
                        {step.description}
                        {step.responsibleMember && (
                          <>
                            <br />
                            {t('carePlan.print.who', { name: step.responsibleMember.user.name })}
                          </>
                        )}
                        {step.dueOn && (
                          <>
                            <br />
                            {t('carePlan.print.when', { date: day(step.dueOn) })}
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          ))}
          {plan.declinedAreas.length > 0 && (
            <section aria-labelledby="declined-heading" className="print-goal">
              <h2 id="declined-heading">{t('carePlan.print.declined')}</h2>
              <ul>
                {plan.declinedAreas.map((d) => (
                  <li key={d.id}>
                    {d.lifeArea.name}: <q>{d.citizenWords}</q>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="followup-heading" className="print-goal">
            <h2 id="followup-heading" className="visually-hidden">
              {t('carePlan.nextFollowUp')}
            </h2>
            {plan.nextFollowUpOn && <p>{t('carePlan.print.followUp', { date: day(plan.nextFollowUpOn) })}</p>}
            {plan.agreedOn && (
              <p>
                {t('carePlan.print.agreed', { date: day(plan.agreedOn), how: plan.agreedHow ? t(`carePlan.how.${plan.agreedHow}`) : '' })}
                {plan.participants && (
                  <>
                    <br />
                    {t('carePlan.print.participants', { participants: plan.participants })}
                  </>
                )}
              </p>
            )}
          </section>
        </>
      )}
    </article>
  );
}
