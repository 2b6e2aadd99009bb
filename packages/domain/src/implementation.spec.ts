import {
  activityOverdue,
  DEFAULT_CHECKLIST,
  DEFAULT_RESPONSIBILITIES,
  IMPLEMENTATION_PHASES,
  isReopening,
  phaseProgress,
  RESPONSIBILITY_GROUPS,
  statusChangeNeedsReason,
  timelineMonths,
} from './implementation';

describe('implementation catalogue', () => {
  it('has the guide’s 4 / 7 / 5 / 5 checklist questions with unique keys', () => {
    const per = IMPLEMENTATION_PHASES.map((p) => DEFAULT_CHECKLIST.filter((i) => i.phase === p).length);
    expect(per).toEqual([4, 7, 5, 5]);
    const keys = DEFAULT_CHECKLIST.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const item of DEFAULT_CHECKLIST) {
      expect(item.key.startsWith(`${item.phase}.`)).toBe(true);
      expect(item.key.length).toBeLessThanOrEqual(50);
      expect(item.text.length).toBeLessThanOrEqual(500);
    }
  });

  it('has roles lines for every group, unique keys', () => {
    for (const g of RESPONSIBILITY_GROUPS) expect(DEFAULT_RESPONSIBILITIES.some((r) => r.group === g)).toBe(true);
    const keys = DEFAULT_RESPONSIBILITIES.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('phaseProgress', () => {
  const item = (status: 'not_started' | 'in_progress' | 'done' | 'not_relevant', removed = false) => ({ status, removed });

  it('counts done and not relevant over the items not removed', () => {
    const p = phaseProgress([item('done'), item('not_relevant'), item('in_progress'), item('not_started'), item('done', true)]);
    expect(p).toEqual({ total: 4, done: 1, notRelevant: 1, inProgress: 1, notStarted: 1, settled: 2, percent: 50, state: 'in_progress' });
  });

  it('rounds down, so a phase shows 100 % only when every item is settled', () => {
    expect(phaseProgress([item('done'), item('done'), item('in_progress')]).percent).toBe(66);
    const all = phaseProgress([item('done'), item('not_relevant'), item('not_started', true)]);
    expect([all.percent, all.state]).toEqual([100, 'complete']);
  });

  it('is not started when nothing has begun, and empty without items', () => {
    expect(phaseProgress([item('not_started'), item('not_started')]).state).toBe('not_started');
    expect(phaseProgress([item('not_started', true)])).toMatchObject({ total: 0, percent: null, state: 'empty' });
  });
});

describe('status changes', () => {
  it('needs a reason for not relevant and for reopening', () => {
    expect(statusChangeNeedsReason('in_progress', 'not_relevant')).toBe(true);
    expect(statusChangeNeedsReason('done', 'in_progress')).toBe(true);
    expect(statusChangeNeedsReason('not_relevant', 'not_started')).toBe(true);
    expect(statusChangeNeedsReason('in_progress', 'done')).toBe(false);
    expect(statusChangeNeedsReason('not_started', 'in_progress')).toBe(false);
    expect(isReopening('done', 'not_relevant')).toBe(false);
  });
});

describe('activityOverdue', () => {
  it('is overdue only after the deadline day and while not done or cancelled', () => {
    expect(activityOverdue({ deadline: '2026-03-01', status: 'in_progress' }, '2026-03-02')).toBe(true);
    expect(activityOverdue({ deadline: '2026-03-01', status: 'planned' }, '2026-03-01')).toBe(false);
    expect(activityOverdue({ deadline: '2026-03-01', status: 'done' }, '2026-04-01')).toBe(false);
    expect(activityOverdue({ deadline: '2026-03-01', status: 'cancelled' }, '2026-04-01')).toBe(false);
    expect(activityOverdue({ deadline: null, status: 'planned' }, '2026-04-01')).toBe(false);
  });
});

describe('timelineMonths', () => {
  it('spans the earliest to the latest date, across a new year, today included', () => {
    expect(timelineMonths([{ startsOn: '2025-11-15', deadline: '2026-02-01' }, { startsOn: null, deadline: null }], '2026-01-10')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(timelineMonths([], '2026-05-03')).toEqual(['2026-05']);
  });
});
