import { useTranslation } from 'react-i18next';
import type { PlanVersionFieldsFragment } from '../../../gql/graphql';
import { formatDay } from '../format';

type Step = PlanVersionFieldsFragment['goals'][number]['steps'][number];

export function StepLine({ step }: { step: Step }) {
  const { t, i18n } = useTranslation();
  const who = step.responsibleMember
    ? t('carePlan.stepWho', { name: step.responsibleMember.user.name, discipline: t(`discipline.${step.responsibleMember.discipline}`) })
    : t('carePlan.noResponsible');
  return (
    <li>
      <span className="plan-step__what">{step.description}</span>
      <span className="plan-step__meta">
        {who}
        {step.dueOn && <> · {t('carePlan.stepDue', { date: formatDay(step.dueOn, i18n.language) })}</>}
      </span>
    </li>
  );
}

/** A plan version as staff read it: the citizen's words first, then goals, steps and declined areas. */
export function PlanVersionView({ version, headingLevel = 3 }: { version: PlanVersionFieldsFragment; headingLevel?: 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const H: 'h3' | 'h4' = `h${headingLevel}`;
  return (
    <div className="plan-version">
      {version.status === 'AGREED' && version.agreedOn && (
        <p>
          {t('carePlan.agreedLine', {
            date: formatDay(version.agreedOn, i18n.language),
            how: version.agreedHow ? t(`carePlan.how.${version.agreedHow}`) : '',
          })}
          {version.participants && (
            <>
              <br />
              {t('carePlan.participantsLine', { participants: version.participants })}
            </>
          )}
        </p>
      )}
      <H>{t('carePlan.citizenWords')}</H>
      {version.citizenWords ? <blockquote className="citizen-words">{version.citizenWords}</blockquote> : <p className="muted">{t('common.none')}</p>}
      <H>{t('carePlan.goals')}</H>
      {version.goals.length === 0 ? (
        <p className="muted">{t('carePlan.noGoals')}</p>
      ) : (
        <ol className="plan-goals">
          {version.goals.map((goal) => (
            <li key={goal.id} className="plan-goal">
              <p className="plan-goal__area">
                {goal.lifeArea.name} · <span className={`goal-status goal-status--${goal.status.toLowerCase()}`}>{t(`carePlan.goalStatus.${goal.status}`)}</span>
                {goal.stageOfChange && <> · {t(`carePlan.stage.${goal.stageOfChange}`)}</>}
              </p>
              <blockquote className="citizen-words citizen-words--goal">{goal.citizenWords}</blockquote>
              {goal.steps.length === 0 ? (
                <p className="muted">{t('carePlan.noSteps')}</p>
              ) : (
                <ul className="plan-steps" aria-label={t('carePlan.steps')}>
                  {goal.steps.map((step) => (
                    <StepLine key={step.id} step={step} />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {version.declinedAreas.length > 0 && (
        <>
          <H>{t('carePlan.declinedTitle')}</H>
          <p className="muted">{t('carePlan.declinedNote')}</p>
          <ul className="plan-declined">
            {version.declinedAreas.map((d) => (
              <li key={d.id}>
                <strong>{d.lifeArea.name}:</strong> <q>{d.citizenWords}</q>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <strong>{t('carePlan.nextFollowUp')}:</strong>{' '}
        {version.nextFollowUpOn ? formatDay(version.nextFollowUpOn, i18n.language) : t('carePlan.noFollowUp')}
      </p>
    </div>
  );
}
