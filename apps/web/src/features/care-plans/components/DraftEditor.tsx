import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { allowedNextStages, type StageOfChange as DomainStage } from '@act/domain';
import { ErrorSummary } from '../../../components/ErrorSummary';
import type { GoalStatus, PlanVersionFieldsFragment, StageOfChange } from '../../../gql/graphql';
import { fieldId as fid } from '../../../lib/form-errors';
import { apiErrors } from '../../../lib/graphql-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { SaveCarePlanDraftDocument } from '../graphql/care-plans';
import { PlanVersionView } from './PlanVersionView';

export interface LifeAreaOption {
  id: string;
  name: string;
  tracksStageOfChange: boolean;
}
export interface MemberOption {
  id: string;
  label: string;
}

interface StepState {
  description: string;
  responsibleMemberId: string;
  dueOn: string;
}
interface GoalState {
  goalKey: string | null;
  lifeAreaId: string;
  citizenWords: string;
  status: GoalStatus;
  stageOfChange: StageOfChange | '';
  steps: StepState[];
}
interface DeclinedState {
  lifeAreaId: string;
  citizenWords: string;
}
interface DraftState {
  citizenWords: string;
  nextFollowUpOn: string;
  goals: GoalState[];
  declinedAreas: DeclinedState[];
}

const GOAL_STATUSES: GoalStatus[] = ['ACTIVE', 'ACHIEVED', 'PAUSED', 'DROPPED'];

function fromVersion(v: PlanVersionFieldsFragment): DraftState {
  return {
    citizenWords: v.citizenWords ?? '',
    nextFollowUpOn: v.nextFollowUpOn ?? '',
    goals: v.goals.map((g) => ({
      goalKey: g.goalKey,
      lifeAreaId: g.lifeArea.id,
      citizenWords: g.citizenWords,
      status: g.status,
      stageOfChange: g.stageOfChange ?? '',
      steps: g.steps.map((s) => ({ description: s.description, responsibleMemberId: s.responsibleMember?.id ?? '', dueOn: s.dueOn ?? '' })),
    })),
    declinedAreas: v.declinedAreas.map((d) => ({ lifeAreaId: d.lifeArea.id, citizenWords: d.citizenWords })),
  };
}

/** Field id in the DOM for an API field path: goals.0.steps.1.description → goals-0-steps-1-description. */

/**
 * Edits the whole draft and saves it with the revision it started from. When someone else saved
 * in between, the API refuses (CONFLICT); the user's text stays in the form, the newest saved
 * version is shown beside it, and the user chooses — nothing is overwritten without their say.
 */
export function DraftEditor({
  draft,
  previousStages,
  lifeAreas,
  members,
  onSaved,
  onRefetch,
}: {
  draft: PlanVersionFieldsFragment;
  /** Stage of change per goal key in the agreed version this draft follows up. */
  previousStages: Map<string, StageOfChange | null>;
  lifeAreas: LifeAreaOption[];
  members: MemberOption[];
  onSaved: (message: string) => void;
  onRefetch: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<DraftState>(() => fromVersion(draft));
  const [baseRevision, setBaseRevision] = useState(draft.revision);
  const { errors, attempt, submit, run, check } = useFormSubmit(allFieldPaths(form));
  const [conflict, setConflict] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveCarePlanDraftDocument);
  const areaById = new Map(lifeAreas.map((a) => [a.id, a]));

  const update = (change: (draft: DraftState) => void) =>
    setForm((previous) => {
      const next = structuredClone(previous);
      change(next);
      return next;
    });

  function clientProblems(): Record<string, string> {
    const found: Record<string, string> = {};
    form.goals.forEach((g, i) => {
      if (!g.lifeAreaId) found[`goals.${i}.lifeAreaId`] = t('carePlan.editor.areaRequired');
      if (!g.citizenWords.trim()) found[`goals.${i}.citizenWords`] = t('carePlan.editor.required');
      g.steps.forEach((s, j) => {
        if (!s.description.trim()) found[`goals.${i}.steps.${j}.description`] = t('carePlan.editor.stepRequired');
      });
    });
    form.declinedAreas.forEach((d, i) => {
      if (!d.lifeAreaId) found[`declinedAreas.${i}.lifeAreaId`] = t('carePlan.editor.areaRequired');
      if (!d.citizenWords.trim()) found[`declinedAreas.${i}.citizenWords`] = t('carePlan.editor.declinedRequired');
    });
    return found;
  }

  /** Saves on top of `revision`; a CONFLICT shows the newest version beside the user's text. */
  async function saveDraft(revision: number): Promise<boolean> {
    if (!check(clientProblems())) return false;
    try {
      const result = await save({
        variables: {
          input: {
            versionId: draft.id,
            expectedRevision: revision,
            citizenWords: form.citizenWords.trim() || null,
            nextFollowUpOn: form.nextFollowUpOn || null,
            goals: form.goals.map((g) => ({
              goalKey: g.goalKey,
              lifeAreaId: g.lifeAreaId,
              citizenWords: g.citizenWords,
              status: g.status,
              stageOfChange: areaById.get(g.lifeAreaId)?.tracksStageOfChange && g.stageOfChange ? g.stageOfChange : null,
              steps: g.steps.map((s) => ({ description: s.description, responsibleMemberId: s.responsibleMemberId || null, dueOn: s.dueOn || null })),
            })),
            declinedAreas: form.declinedAreas,
          },
        },
      });
      const saved = result.data!.saveCarePlanDraft;
      setConflict(null);
      setBaseRevision(saved.revision);
      setForm(fromVersion(saved));
      onSaved(t('carePlan.editor.saved'));
      return true;
    } catch (error) {
      const conflictError = apiErrors(error).find((e) => e.code === 'CONFLICT');
      if (!conflictError) throw error;
      // Fetch the newest saved version first, so the alert shows it beside the user's own text.
      await onRefetch().catch(() => undefined);
      setConflict(conflictError.message);
      return false;
    }
  }

  const onSubmit = submit(() => saveDraft(baseRevision));

  const memberOptions = (
    <>
      <option value="">{t('form.choose')}</option>
      {members.map((m) => (
        <option key={m.id} value={m.id}>
          {m.label}
        </option>
      ))}
    </>
  );
  const areaOptions = (
    <>
      <option value="">{t('form.choose')}</option>
      {lifeAreas.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </>
  );
  const err = (path: string) => errors.byField[path];
  const described = (path: string, hint?: boolean) =>
    [hint ? `${fid(path)}-hint` : '', err(path) ? `${fid(path)}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorText = (path: string) =>
    err(path) ? (
      <p id={`${fid(path)}-error`} className="field__error">
        {err(path)}
      </p>
    ) : null;

  return (
    <div className="draft-editor">
      {conflict && (
        <div role="alert" className="notice notice--error conflict">
          <h3>{t('carePlan.conflict.title')}</h3>
          <p>{conflict}</p>
          <details open className="conflict__latest">
            <summary>{t('carePlan.conflict.latestTitle')}</summary>
            <PlanVersionView version={draft} headingLevel={4} />
          </details>
          <div className="button-row">
            <button type="button" className="button" disabled={loading} onClick={() => run(() => saveDraft(draft.revision))}>
              {t('carePlan.conflict.keepMine')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={loading}
              onClick={() => {
                setForm(fromVersion(draft));
                setBaseRevision(draft.revision);
                setConflict(null);
              }}
            >
              {t('carePlan.conflict.useLatest')}
            </button>
          </div>
        </div>
      )}
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <ErrorSummary items={errors.summary} attempt={attempt} />
        <div className={err('citizenWords') ? 'field field--error' : 'field'}>
          <label htmlFor="citizenWords">{t('carePlan.citizenWords')}</label>
          <p id="citizenWords-hint" className="field__hint">
            {t('carePlan.citizenWordsHint')}
          </p>
          {errorText('citizenWords')}
          <textarea
            id="citizenWords"
            rows={3}
            maxLength={4000}
            value={form.citizenWords}
            aria-describedby={described('citizenWords', true)}
            onChange={(e) => update((d) => void (d.citizenWords = e.target.value))}
          />
        </div>

        {form.goals.map((goal, i) => {
          const area = areaById.get(goal.lifeAreaId);
          const p = `goals.${i}`;
          const previous = goal.goalKey ? (previousStages.get(goal.goalKey) ?? null) : null;
          const stages = allowedNextStages(previous ? (previous.toLowerCase() as DomainStage) : null).map((s) => s.toUpperCase() as StageOfChange);
          return (
            <fieldset key={i} className="fieldset plan-goal-editor">
              <legend>{t('carePlan.goalHeading', { number: i + 1, area: area?.name ?? '' })}</legend>
              <div className={err(`${p}.lifeAreaId`) ? 'field field--error' : 'field'}>
                <label htmlFor={fid(`${p}.lifeAreaId`)}>{t('carePlan.editor.lifeArea')}</label>
                {errorText(`${p}.lifeAreaId`)}
                <select
                  id={fid(`${p}.lifeAreaId`)}
                  value={goal.lifeAreaId}
                  aria-invalid={err(`${p}.lifeAreaId`) ? true : undefined}
                  aria-describedby={described(`${p}.lifeAreaId`)}
                  onChange={(e) => update((d) => void (d.goals[i].lifeAreaId = e.target.value))}
                >
                  {areaOptions}
                </select>
              </div>
              <div className={err(`${p}.citizenWords`) ? 'field field--error' : 'field'}>
                <label htmlFor={fid(`${p}.citizenWords`)}>{t('carePlan.editor.goalWords')}</label>
                {errorText(`${p}.citizenWords`)}
                <textarea
                  id={fid(`${p}.citizenWords`)}
                  rows={2}
                  maxLength={2000}
                  value={goal.citizenWords}
                  aria-invalid={err(`${p}.citizenWords`) ? true : undefined}
                  aria-describedby={described(`${p}.citizenWords`)}
                  onChange={(e) => update((d) => void (d.goals[i].citizenWords = e.target.value))}
                />
              </div>
              <div className="field">
                <label htmlFor={fid(`${p}.status`)}>{t('carePlan.editor.goalStatus')}</label>
                <select
                  id={fid(`${p}.status`)}
                  value={goal.status}
                  onChange={(e) => update((d) => void (d.goals[i].status = e.target.value as GoalStatus))}
                >
                  {GOAL_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`carePlan.goalStatus.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
              {area?.tracksStageOfChange && (
                <div className={err(`${p}.stageOfChange`) ? 'field field--error' : 'field'}>
                  <label htmlFor={fid(`${p}.stageOfChange`)}>{t('carePlan.stage.label')}</label>
                  <p id={`${fid(`${p}.stageOfChange`)}-hint`} className="field__hint">
                    {t('carePlan.stage.hint')}
                  </p>
                  {errorText(`${p}.stageOfChange`)}
                  <select
                    id={fid(`${p}.stageOfChange`)}
                    value={goal.stageOfChange}
                    aria-invalid={err(`${p}.stageOfChange`) ? true : undefined}
                    aria-describedby={described(`${p}.stageOfChange`, true)}
                    onChange={(e) => update((d) => void (d.goals[i].stageOfChange = e.target.value as StageOfChange | ''))}
                  >
                    <option value="">{t('carePlan.stage.none')}</option>
                    {stages.map((s) => (
                      <option key={s} value={s}>
                        {t(`carePlan.stage.${s}`)}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              {goal.steps.map((step, j) => {
                const s = `${p}.steps.${j}`;
                return (
                  <fieldset key={j} className="fieldset plan-step-editor">
                    <legend>{t('carePlan.editor.stepLegend', { number: j + 1 })}</legend>
                    <div className={err(`${s}.description`) ? 'field field--error' : 'field'}>
                      <label htmlFor={fid(`${s}.description`)}>{t('carePlan.editor.stepDescription')}</label>
                      {errorText(`${s}.description`)}
                      <input
                        id={fid(`${s}.description`)}
                        maxLength={1000}
                        value={step.description}
                        aria-invalid={err(`${s}.description`) ? true : undefined}
                        aria-describedby={described(`${s}.description`)}
                        onChange={(e) => update((d) => void (d.goals[i].steps[j].description = e.target.value))}
                      />
                    </div>
                    <div className={err(`${s}.responsibleMemberId`) ? 'field field--error' : 'field'}>
                      <label htmlFor={fid(`${s}.responsibleMemberId`)}>{t('carePlan.editor.stepResponsible')}</label>
                      {errorText(`${s}.responsibleMemberId`)}
                      <select
                        id={fid(`${s}.responsibleMemberId`)}
                        value={step.responsibleMemberId}
                        aria-describedby={described(`${s}.responsibleMemberId`)}
                        onChange={(e) => update((d) => void (d.goals[i].steps[j].responsibleMemberId = e.target.value))}
                      >
                        {memberOptions}
                      </select>
                    </div>
                    <div className={err(`${s}.dueOn`) ? 'field field--error' : 'field'}>
                      <label htmlFor={fid(`${s}.dueOn`)}>{t('carePlan.editor.stepDue')}</label>
                      {errorText(`${s}.dueOn`)}
                      <input
                        id={fid(`${s}.dueOn`)}
                        type="date"
                        className="input--date"
                        value={step.dueOn}
                        aria-describedby={described(`${s}.dueOn`)}
                        onChange={(e) => update((d) => void (d.goals[i].steps[j].dueOn = e.target.value))}
                      />
                    </div>
                    <button type="button" className="button button--small button--secondary" onClick={() => update((d) => void d.goals[i].steps.splice(j, 1))}>
                      {t('carePlan.editor.removeStep', { number: j + 1 })}
                    </button>
                  </fieldset>
                );
              })}
              <div className="button-row">
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => update((d) => void d.goals[i].steps.push({ description: '', responsibleMemberId: '', dueOn: '' }))}
                >
                  {t('carePlan.editor.addStep')}
                </button>
                <button type="button" className="button button--small button--secondary" onClick={() => update((d) => void d.goals.splice(i, 1))}>
                  {t('carePlan.editor.removeGoal', { number: i + 1 })}
                </button>
              </div>
            </fieldset>
          );
        })}
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              update((d) =>
                void d.goals.push({ goalKey: null, lifeAreaId: '', citizenWords: '', status: 'ACTIVE', stageOfChange: '', steps: [{ description: '', responsibleMemberId: '', dueOn: '' }] }),
              )
            }
          >
            {t('carePlan.editor.addGoal')}
          </button>
        </div>

        {form.declinedAreas.map((declined, i) => {
          const p = `declinedAreas.${i}`;
          return (
            <fieldset key={i} className="fieldset">
              <legend>{t('carePlan.declinedTitle')}</legend>
              <div className={err(`${p}.lifeAreaId`) ? 'field field--error' : 'field'}>
                <label htmlFor={fid(`${p}.lifeAreaId`)}>{t('carePlan.editor.declinedArea')}</label>
                {errorText(`${p}.lifeAreaId`)}
                <select
                  id={fid(`${p}.lifeAreaId`)}
                  value={declined.lifeAreaId}
                  aria-describedby={described(`${p}.lifeAreaId`)}
                  onChange={(e) => update((d) => void (d.declinedAreas[i].lifeAreaId = e.target.value))}
                >
                  {areaOptions}
                </select>
              </div>
              <div className={err(`${p}.citizenWords`) ? 'field field--error' : 'field'}>
                <label htmlFor={fid(`${p}.citizenWords`)}>{t('carePlan.editor.declinedWords')}</label>
                {errorText(`${p}.citizenWords`)}
                <textarea
                  id={fid(`${p}.citizenWords`)}
                  rows={2}
                  maxLength={2000}
                  value={declined.citizenWords}
                  aria-describedby={described(`${p}.citizenWords`)}
                  onChange={(e) => update((d) => void (d.declinedAreas[i].citizenWords = e.target.value))}
                />
              </div>
              <button type="button" className="button button--small button--secondary" onClick={() => update((d) => void d.declinedAreas.splice(i, 1))}>
                {t('carePlan.editor.removeDeclined', { number: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => update((d) => void d.declinedAreas.push({ lifeAreaId: '', citizenWords: '' }))}>
            {t('carePlan.editor.addDeclined')}
          </button>
        </div>

        <div className={err('nextFollowUpOn') ? 'field field--error' : 'field'}>
          <label htmlFor="nextFollowUpOn">{t('carePlan.editor.nextFollowUp')}</label>
          {errorText('nextFollowUpOn')}
          <input
            id="nextFollowUpOn"
            type="date"
            className="input--date"
            value={form.nextFollowUpOn}
            aria-describedby={described('nextFollowUpOn')}
            onChange={(e) => update((d) => void (d.nextFollowUpOn = e.target.value))}
          />
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('carePlan.editor.save')}
        </button>
      </form>
    </div>
  );
}

/** Every field path the API may name for this form. */
function allFieldPaths(form: DraftState): string[] {
  const paths = ['citizenWords', 'nextFollowUpOn'];
  form.goals.forEach((g, i) => {
    paths.push(`goals.${i}.lifeAreaId`, `goals.${i}.citizenWords`, `goals.${i}.stageOfChange`, `goals.${i}.status`, `goals.${i}.goalKey`);
    g.steps.forEach((_, j) => paths.push(`goals.${i}.steps.${j}.description`, `goals.${i}.steps.${j}.responsibleMemberId`, `goals.${i}.steps.${j}.dueOn`));
  });
  form.declinedAreas.forEach((_, i) => paths.push(`declinedAreas.${i}.lifeAreaId`, `declinedAreas.${i}.citizenWords`));
  return paths;
}
