/**
 * The citizen's ACT plan (ACT-indsatsplan): version rules, goal statuses, the stage of change for
 * substance-use goals and the differences between two versions. Pure functions; the API, the
 * worker and the web share them.
 */

export type PlanVersionStatus = 'draft' | 'agreed';
export type GoalStatus = 'active' | 'achieved' | 'paused' | 'dropped';
export type StageOfChange = 'precontemplation' | 'contemplation' | 'preparation' | 'action' | 'maintenance' | 'relapse';
export type AgreedHow = 'meeting' | 'home_visit' | 'phone';

export const GOAL_STATUSES: readonly GoalStatus[] = ['active', 'achieved', 'paused', 'dropped'];
export const AGREED_HOW: readonly AgreedHow[] = ['meeting', 'home_visit', 'phone'];

/** The cycle of change in order; relapse is outside the order and leads back to its start. */
export const STAGE_CYCLE: readonly StageOfChange[] = ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance'];
export const STAGES_OF_CHANGE: readonly StageOfChange[] = [...STAGE_CYCLE, 'relapse'];

/** Goals that are still the citizen's: carried into a follow-up. Achieved and dropped ones stay in the earlier version. */
export function isCarriedIntoFollowUp(status: GoalStatus): boolean {
  return status === 'active' || status === 'paused';
}

/**
 * Which stages may be recorded next. Moving back is never refused (no judgement), nor is a leap
 * forward; a relapse can follow a change that was made (action, maintenance), and after a relapse
 * the cycle starts again at precontemplation.
 */
export function allowedNextStages(current: StageOfChange | null): StageOfChange[] {
  if (current === null) return [...STAGES_OF_CHANGE];
  if (current === 'relapse') return ['relapse', 'precontemplation'];
  const canRelapse = current === 'action' || current === 'maintenance';
  return canRelapse ? [...STAGES_OF_CHANGE] : [...STAGE_CYCLE];
}

export function isStageTransitionAllowed(from: StageOfChange | null, to: StageOfChange | null): boolean {
  if (to === null) return true; // not recorded (the citizen does not want to talk about it now)
  return allowedNextStages(from).includes(to);
}

/** The stage a goal starts with in a follow-up: a relapse restarts the cycle at precontemplation. */
export function stageForFollowUp(stage: StageOfChange | null): StageOfChange | null {
  return stage === 'relapse' ? 'precontemplation' : stage;
}

export interface PlanStep {
  description: string;
  responsibleMemberId: string | null;
  /** YYYY-MM-DD */
  dueOn: string | null;
}

export interface PlanGoal {
  /** The same goal across versions keeps its key (a new goal gets a new one). */
  key: string;
  lifeAreaId: string;
  /** Only life areas that track the stage of change (substance use) may have one. */
  tracksStageOfChange: boolean;
  citizenWords: string;
  status: GoalStatus;
  stageOfChange: StageOfChange | null;
  steps: PlanStep[];
}

export interface DeclinedArea {
  lifeAreaId: string;
  citizenWords: string;
}

export interface PlanContent {
  citizenWords: string | null;
  nextFollowUpOn: string | null;
  goals: PlanGoal[];
  declinedAreas: DeclinedArea[];
}

export interface PlanProblem {
  field: string;
  message: string;
}

/** Problems that make a draft impossible to save (whatever its state). */
export function draftProblems(content: PlanContent): PlanProblem[] {
  const problems: PlanProblem[] = [];
  content.goals.forEach((goal, i) => {
    if (goal.stageOfChange && !goal.tracksStageOfChange) {
      problems.push({
        field: `goals.${i}.stageOfChange`,
        message: 'Forandringsstadie kan kun noteres for mål om rusmidler. Fjern stadiet, eller vælg et andet livsområde.',
      });
    }
  });
  const goalAreas = new Set(content.goals.filter((g) => g.status === 'active').map((g) => g.lifeAreaId));
  const declined = new Set<string>();
  content.declinedAreas.forEach((area, i) => {
    if (declined.has(area.lifeAreaId)) {
      problems.push({ field: `declinedAreas.${i}.lifeAreaId`, message: 'Livsområdet er allerede fravalgt. Skriv borgerens ord samlet ét sted.' });
    }
    declined.add(area.lifeAreaId);
    if (goalAreas.has(area.lifeAreaId)) {
      problems.push({
        field: `declinedAreas.${i}.lifeAreaId`,
        message: 'Borgeren har et aktivt mål inden for dette livsområde. Fjern enten målet eller fravalget.',
      });
    }
  });
  return problems;
}

export interface AgreementFacts {
  /** YYYY-MM-DD, the day the plan was agreed with the citizen. */
  agreedOn: string;
  agreedHow: AgreedHow;
  participants: string;
}

/** Problems that keep a draft from being marked as agreed with the citizen on `today` (YYYY-MM-DD). */
export function agreementProblems(content: PlanContent, facts: AgreementFacts, today: string): PlanProblem[] {
  const problems = draftProblems(content);
  if (content.goals.length === 0 && content.declinedAreas.length === 0) {
    problems.push({ field: 'goals', message: 'Planen har ingen mål. Skriv mindst ét mål i borgerens egne ord, før den aftales.' });
  }
  if (facts.agreedOn > today) {
    problems.push({ field: 'agreedOn', message: 'Datoen for aftalen kan ikke ligge i fremtiden. Vælg den dag, I aftalte planen.' });
  }
  if (!facts.participants.trim()) {
    problems.push({ field: 'participants', message: 'Skriv, hvem der var med, da planen blev aftalt.' });
  }
  if (!content.nextFollowUpOn) {
    problems.push({ field: 'nextFollowUpOn', message: 'Vælg en dato for næste opfølgning på planen.' });
  } else if (content.nextFollowUpOn <= facts.agreedOn) {
    problems.push({ field: 'nextFollowUpOn', message: 'Næste opfølgning skal ligge efter den dag, planen blev aftalt.' });
  }
  return problems;
}

/** A follow-up starts from the goals that are still the citizen's, with a relapse restarted at precontemplation. */
export function followUpContent(previous: PlanContent): PlanContent {
  return {
    citizenWords: previous.citizenWords,
    nextFollowUpOn: null,
    goals: previous.goals
      .filter((g) => isCarriedIntoFollowUp(g.status))
      .map((g) => ({ ...g, stageOfChange: stageForFollowUp(g.stageOfChange), steps: g.steps.map((s) => ({ ...s })) })),
    declinedAreas: previous.declinedAreas.map((d) => ({ ...d })),
  };
}

export type FollowUpState = 'none' | 'overdue' | 'due-soon' | 'planned';

/** Whether the plan's next follow-up is overdue, within `soonDays`, or later. Dates are YYYY-MM-DD. */
export function followUpState(nextFollowUpOn: string | null, today: string, soonDays = 14): FollowUpState {
  if (!nextFollowUpOn) return 'none';
  if (nextFollowUpOn < today) return 'overdue';
  return daysBetween(today, nextFollowUpOn) <= soonDays ? 'due-soon' : 'planned';
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

export type PlanChangeKind =
  | 'citizen-words'
  | 'next-follow-up'
  | 'goal-added'
  | 'goal-removed'
  | 'goal-words'
  | 'goal-life-area'
  | 'goal-status'
  | 'goal-stage'
  | 'step-added'
  | 'step-removed'
  | 'declined-added'
  | 'declined-removed'
  | 'declined-words';

export interface PlanChange {
  kind: PlanChangeKind;
  /** The goal's key, when the change concerns a goal. */
  goalKey: string | null;
  lifeAreaId: string | null;
  before: string | null;
  after: string | null;
}

const stepText = (s: PlanStep) => [s.description.trim(), s.dueOn ?? '', s.responsibleMemberId ?? ''].join('\u0000');

/** What changed from version `a` to version `b`, goal by goal (goals are matched by key). */
export function diffPlans(a: PlanContent, b: PlanContent): PlanChange[] {
  const changes: PlanChange[] = [];
  const push = (kind: PlanChangeKind, before: string | null, after: string | null, goalKey: string | null = null, lifeAreaId: string | null = null) =>
    changes.push({ kind, goalKey, lifeAreaId, before, after });

  if ((a.citizenWords ?? '') !== (b.citizenWords ?? '')) push('citizen-words', a.citizenWords, b.citizenWords);
  if (a.nextFollowUpOn !== b.nextFollowUpOn) push('next-follow-up', a.nextFollowUpOn, b.nextFollowUpOn);

  const before = new Map(a.goals.map((g) => [g.key, g]));
  const after = new Map(b.goals.map((g) => [g.key, g]));
  for (const goal of b.goals) {
    const old = before.get(goal.key);
    if (!old) {
      push('goal-added', null, goal.citizenWords, goal.key, goal.lifeAreaId);
      continue;
    }
    if (old.citizenWords !== goal.citizenWords) push('goal-words', old.citizenWords, goal.citizenWords, goal.key, goal.lifeAreaId);
    if (old.lifeAreaId !== goal.lifeAreaId) push('goal-life-area', old.lifeAreaId, goal.lifeAreaId, goal.key, goal.lifeAreaId);
    if (old.status !== goal.status) push('goal-status', old.status, goal.status, goal.key, goal.lifeAreaId);
    if (old.stageOfChange !== goal.stageOfChange) push('goal-stage', old.stageOfChange, goal.stageOfChange, goal.key, goal.lifeAreaId);
    const oldSteps = new Map(old.steps.map((s) => [stepText(s), s]));
    const newSteps = new Map(goal.steps.map((s) => [stepText(s), s]));
    for (const [k, s] of newSteps) if (!oldSteps.has(k)) push('step-added', null, s.description, goal.key, goal.lifeAreaId);
    for (const [k, s] of oldSteps) if (!newSteps.has(k)) push('step-removed', s.description, null, goal.key, goal.lifeAreaId);
  }
  for (const goal of a.goals) {
    if (!after.has(goal.key)) push('goal-removed', goal.citizenWords, null, goal.key, goal.lifeAreaId);
  }

  const declinedBefore = new Map(a.declinedAreas.map((d) => [d.lifeAreaId, d]));
  const declinedAfter = new Map(b.declinedAreas.map((d) => [d.lifeAreaId, d]));
  for (const [area, d] of declinedAfter) {
    const old = declinedBefore.get(area);
    if (!old) push('declined-added', null, d.citizenWords, null, area);
    else if (old.citizenWords !== d.citizenWords) push('declined-words', old.citizenWords, d.citizenWords, null, area);
  }
  for (const [area, d] of declinedBefore) if (!declinedAfter.has(area)) push('declined-removed', d.citizenWords, null, null, area);
  return changes;
}
