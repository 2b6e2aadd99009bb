import {
  agreementProblems,
  allowedNextStages,
  diffPlans,
  draftProblems,
  followUpContent,
  followUpState,
  isCarriedIntoFollowUp,
  isStageTransitionAllowed,
  type PlanContent,
  type PlanGoal,
  stageForFollowUp,
  STAGES_OF_CHANGE,
  type StageOfChange,
} from './care-plan';

const SUBSTANCE = 'area-substance';
const HOUSING = 'area-housing';

function goal(overrides: Partial<PlanGoal> = {}): PlanGoal {
  return {
    key: 'g1',
    lifeAreaId: HOUSING,
    tracksStageOfChange: false,
    citizenWords: 'Jeg vil have min egen lejlighed',
    status: 'active',
    stageOfChange: null,
    steps: [{ description: 'Ringe til boligselskabet', responsibleMemberId: 'm1', dueOn: '2026-12-01' }],
    ...overrides,
  };
}

function plan(overrides: Partial<PlanContent> = {}): PlanContent {
  return { citizenWords: 'Det vigtigste for mig er ro', nextFollowUpOn: '2027-02-01', goals: [goal()], declinedAreas: [], ...overrides };
}

const facts = { agreedOn: '2026-11-27', agreedHow: 'home_visit' as const, participants: 'Borgeren og Anne (bostøtte)' };

describe('stage of change', () => {
  it('allows any stage as the first one recorded', () => {
    expect(allowedNextStages(null)).toEqual(STAGES_OF_CHANGE);
  });

  it.each<[StageOfChange, StageOfChange]>([
    ['precontemplation', 'contemplation'],
    ['contemplation', 'preparation'],
    ['preparation', 'action'],
    ['action', 'maintenance'],
    ['contemplation', 'action'], // a leap forward is the citizen's own
    ['maintenance', 'contemplation'], // moving back is not a failure
    ['action', 'precontemplation'],
    ['action', 'relapse'],
    ['maintenance', 'relapse'],
    ['relapse', 'precontemplation'], // the cycle restarts
    ['relapse', 'relapse'],
  ])('%s → %s is allowed', (from, to) => {
    expect(isStageTransitionAllowed(from, to)).toBe(true);
  });

  it.each<[StageOfChange, StageOfChange]>([
    ['precontemplation', 'relapse'], // nothing changed yet, so nothing to relapse from
    ['contemplation', 'relapse'],
    ['preparation', 'relapse'],
    ['relapse', 'contemplation'], // after a relapse the cycle starts at precontemplation
    ['relapse', 'action'],
    ['relapse', 'maintenance'],
  ])('%s → %s is refused', (from, to) => {
    expect(isStageTransitionAllowed(from, to)).toBe(false);
  });

  it('never refuses leaving the stage unrecorded', () => {
    for (const from of [null, ...STAGES_OF_CHANGE]) expect(isStageTransitionAllowed(from, null)).toBe(true);
  });

  it('restarts a relapse at precontemplation in a follow-up, and keeps every other stage', () => {
    expect(stageForFollowUp('relapse')).toBe('precontemplation');
    for (const s of ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance'] as const) {
      expect(stageForFollowUp(s)).toBe(s);
    }
    expect(stageForFollowUp(null)).toBeNull();
  });
});

describe('goal statuses and follow-up', () => {
  it('carries active and paused goals into a follow-up, not achieved or dropped ones', () => {
    expect(isCarriedIntoFollowUp('active')).toBe(true);
    expect(isCarriedIntoFollowUp('paused')).toBe(true);
    expect(isCarriedIntoFollowUp('achieved')).toBe(false);
    expect(isCarriedIntoFollowUp('dropped')).toBe(false);
  });

  it('starts a follow-up from the goals still in play, keeps their keys and steps, clears the follow-up date', () => {
    const previous = plan({
      goals: [
        goal({ key: 'a' }),
        goal({ key: 'b', status: 'achieved' }),
        goal({ key: 'c', status: 'dropped' }),
        goal({ key: 'd', status: 'paused' }),
        goal({ key: 'e', lifeAreaId: SUBSTANCE, tracksStageOfChange: true, stageOfChange: 'relapse' }),
      ],
      declinedAreas: [{ lifeAreaId: 'area-finances', citizenWords: 'Det vil jeg ikke tale om' }],
    });
    const next = followUpContent(previous);
    expect(next.goals.map((g) => g.key)).toEqual(['a', 'd', 'e']);
    expect(next.goals.find((g) => g.key === 'e')!.stageOfChange).toBe('precontemplation');
    expect(next.goals[0].steps).toEqual(previous.goals[0].steps);
    expect(next.goals[0].steps).not.toBe(previous.goals[0].steps);
    expect(next.nextFollowUpOn).toBeNull();
    expect(next.citizenWords).toBe(previous.citizenWords);
    expect(next.declinedAreas).toEqual(previous.declinedAreas);
  });
});

describe('saving and agreeing', () => {
  it('accepts a plain draft', () => {
    expect(draftProblems(plan())).toEqual([]);
  });

  it('refuses a stage of change outside substance use', () => {
    expect(draftProblems(plan({ goals: [goal({ stageOfChange: 'action' })] }))).toEqual([
      expect.objectContaining({ field: 'goals.0.stageOfChange' }),
    ]);
    expect(draftProblems(plan({ goals: [goal({ lifeAreaId: SUBSTANCE, tracksStageOfChange: true, stageOfChange: 'action' })] }))).toEqual([]);
  });

  it('refuses an area both declined and with an active goal, and a double decline', () => {
    const problems = draftProblems(
      plan({
        declinedAreas: [
          { lifeAreaId: HOUSING, citizenWords: 'Nej tak' },
          { lifeAreaId: HOUSING, citizenWords: 'Nej' },
        ],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['declinedAreas.0.lifeAreaId', 'declinedAreas.1.lifeAreaId', 'declinedAreas.1.lifeAreaId']);
  });

  it('lets a plan be agreed on a past or present day with participants and a later follow-up', () => {
    expect(agreementProblems(plan(), facts, '2026-11-27')).toEqual([]);
  });

  it('needs a goal (or a declined area), a date not in the future, participants and a later follow-up', () => {
    const problems = agreementProblems(
      plan({ goals: [], nextFollowUpOn: '2026-11-28' }),
      { ...facts, agreedOn: '2026-11-28', participants: '  ' },
      '2026-11-27',
    );
    expect(problems.map((p) => p.field)).toEqual(['goals', 'agreedOn', 'participants', 'nextFollowUpOn']);
    expect(agreementProblems(plan({ nextFollowUpOn: null }), facts, '2026-11-27').map((p) => p.field)).toEqual(['nextFollowUpOn']);
    // A plan where the citizen only declines areas is still the citizen's plan.
    expect(
      agreementProblems(plan({ goals: [], declinedAreas: [{ lifeAreaId: HOUSING, citizenWords: 'Ikke nu' }] }), facts, '2026-11-27'),
    ).toEqual([]);
  });
});

describe('follow-up due', () => {
  it.each([
    [null, 'none'],
    ['2026-11-26', 'overdue'],
    ['2026-11-27', 'due-soon'],
    ['2026-12-11', 'due-soon'],
    ['2026-12-12', 'planned'],
  ] as const)('%s on 2026-11-27 is %s', (date, state) => {
    expect(followUpState(date, '2026-11-27')).toBe(state);
  });
});

describe('diffPlans', () => {
  it('finds nothing between equal plans', () => {
    expect(diffPlans(plan(), plan())).toEqual([]);
  });

  it('reports added, removed and changed goals, steps, statuses, stages and declined areas', () => {
    const a = plan({
      goals: [goal({ key: 'keep' }), goal({ key: 'gone', citizenWords: 'Spise morgenmad' }), goal({ key: 'sub', lifeAreaId: SUBSTANCE, tracksStageOfChange: true, stageOfChange: 'action' })],
      declinedAreas: [{ lifeAreaId: 'area-finances', citizenWords: 'Ikke nu' }],
    });
    const b = plan({
      citizenWords: 'Ro og min hund',
      nextFollowUpOn: '2027-05-01',
      goals: [
        goal({ key: 'keep', status: 'achieved', citizenWords: 'Jeg vil have min egen lejlighed i Silkeborg', steps: [{ description: 'Fremvisning', responsibleMemberId: 'm1', dueOn: '2027-01-10' }] }),
        goal({ key: 'sub', lifeAreaId: SUBSTANCE, tracksStageOfChange: true, stageOfChange: 'relapse' }),
        goal({ key: 'new', citizenWords: 'Gå en tur hver dag' }),
      ],
      declinedAreas: [{ lifeAreaId: 'area-work', citizenWords: 'Arbejde er ikke for mig nu' }],
    });
    const kinds = diffPlans(a, b).map((c) => `${c.kind}:${c.goalKey ?? c.lifeAreaId}`);
    expect(kinds).toEqual([
      'citizen-words:null',
      'next-follow-up:null',
      'goal-words:keep',
      'goal-status:keep',
      'step-added:keep',
      'step-removed:keep',
      'goal-stage:sub',
      'goal-added:new',
      'goal-removed:gone',
      'declined-added:area-work',
      'declined-removed:area-finances',
    ]);
    const stage = diffPlans(a, b).find((c) => c.kind === 'goal-stage')!;
    expect([stage.before, stage.after]).toEqual(['action', 'relapse']);
  });
});
