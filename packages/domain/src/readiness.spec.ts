import {
  DEFAULT_READINESS_STATEMENTS,
  READINESS_DRIVERS,
  READINESS_SCALE,
  readinessFigures,
  readinessGroupResults,
  readinessResults,
  type ReadinessResultAnswer,
} from './readiness';

describe('readiness catalogue', () => {
  it('has 3–5 default statements per driver with unique keys', () => {
    for (const d of READINESS_DRIVERS) {
      const n = DEFAULT_READINESS_STATEMENTS.filter((s) => s.driver === d).length;
      expect([d, n >= 3 && n <= 5]).toEqual([d, true]);
    }
    const keys = DEFAULT_READINESS_STATEMENTS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k) => k.length <= 50)).toBe(true);
    expect(DEFAULT_READINESS_STATEMENTS.every((s) => s.text.length <= 500)).toBe(true);
  });

  it('runs from "helt uenig" to "helt enig"', () => {
    expect(READINESS_SCALE.map((s) => s.score)).toEqual([1, 2, 3, 4, 5]);
    expect(READINESS_SCALE[0].label).toBe('Helt uenig');
    expect(READINESS_SCALE[4].label).toBe('Helt enig');
  });
});

describe('readinessFigures', () => {
  it('computes mean, population standard deviation, range and the don’t-know share (worked by hand)', () => {
    // Scores 2, 4, 4, 5, 5 and one "ved ikke":
    // mean 20/5 = 4; deviations -2, 0, 0, 1, 1 → squares 4+0+0+1+1 = 6; variance 6/5 = 1.2; sd 1.0954 → 1.1.
    const f = readinessFigures([{ score: 2 }, { score: 4 }, { score: 4 }, { score: 5 }, { score: 5 }, { score: null }], 6, 5);
    expect(f).toEqual({ answers: 6, dontKnowShare: 0.17, mean: 4, standardDeviation: 1.1, min: 2, max: 5, suppressed: false });
  });

  it('withholds everything, the count too, below the minimum group', () => {
    const f = readinessFigures([{ score: 5 }, { score: 1 }], 4, 5);
    expect(f).toEqual({ answers: null, dontKnowShare: null, mean: null, standardDeviation: null, min: null, max: null, suppressed: true });
  });

  it('shows zero answers as zero and only "ved ikke" as no mean', () => {
    expect(readinessFigures([], 5, 5)).toMatchObject({ answers: 0, dontKnowShare: null, mean: null, suppressed: false });
    expect(readinessFigures([{ score: null }], 5, 5)).toMatchObject({ answers: 1, dontKnowShare: 1, mean: null, suppressed: false });
  });
});

describe('readinessResults', () => {
  const statements = [
    { id: 's1', driver: 'leadership' as const },
    { id: 's2', driver: 'leadership' as const },
    { id: 's3', driver: 'people' as const },
  ];
  const answer = (p: number, statementId: string, score: number | null): ReadinessResultAnswer => ({ participantId: `p${p}`, statementId, score });

  it('withholds the whole round when fewer than the minimum submitted', () => {
    expect(readinessResults(statements, [answer(1, 's1', 5)], 2, 3)).toEqual({ submitted: 2, suppressed: true, drivers: [], statements: [] });
  });

  it('gives figures per driver and statement; a statement most did not know about is withheld', () => {
    const rows = [
      answer(1, 's1', 4), answer(2, 's1', 5), answer(3, 's1', 3),
      answer(1, 's2', 2), answer(2, 's2', 2), answer(3, 's2', 5),
      answer(1, 's3', null), answer(2, 's3', null), answer(3, 's3', 4),
    ];
    const r = readinessResults(statements, rows, 3, 3);
    expect(r.suppressed).toBe(false);
    // Leadership: 4 5 3 2 2 5 → mean 21/6 = 3.5; squares .25 2.25 .25 2.25 2.25 2.25 = 9.5; /6 = 1.583; sd 1.258 → 1.26.
    expect(r.drivers.find((d) => d.driver === 'leadership')!.figures).toEqual({
      answers: 6, dontKnowShare: 0, mean: 3.5, standardDeviation: 1.26, min: 2, max: 5, suppressed: false,
    });
    // People: one score from one person, two "ved ikke": the count and share show, the score does not.
    expect(r.drivers.find((d) => d.driver === 'people')!.figures).toEqual({
      answers: 3, dontKnowShare: 0.67, mean: null, standardDeviation: null, min: null, max: null, suppressed: true,
    });
    expect(r.statements.map((s) => [s.id, s.figures.mean])).toEqual([['s1', 4], ['s2', 3], ['s3', null]]);
    expect(r.drivers.map((d) => d.driver)).toEqual(['leadership', 'people']);
  });
});

describe('readinessGroupResults', () => {
  const statements = [{ id: 's1', driver: 'leadership' as const }];
  const a = (p: string, group: string, score: number) => ({ participantId: p, statementId: 's1', score, group });

  it('shows every group when each that answered is big enough (hand-worked means)', () => {
    const rows = [a('l1', 'team_leader', 5), a('l2', 'team_leader', 4), a('m1', 'team_member', 2), a('m2', 'team_member', 3)];
    const r = readinessGroupResults(statements, rows, new Map([['team_leader', 2], ['team_member', 2], ['partner', 0]]), 2);
    expect(r.suppressed).toBe(false);
    expect(r.groups.map((g) => [g.group, g.submitted, g.drivers[0].figures.mean])).toEqual([
      ['team_leader', 2, 4.5],
      ['team_member', 2, 2.5],
    ]);
  });

  it('shows no group when one that answered is small (the total would give it away), nor a single group', () => {
    const rows = [a('l1', 'team_leader', 5), a('m1', 'team_member', 2), a('m2', 'team_member', 3), a('m3', 'team_member', 3)];
    expect(readinessGroupResults(statements, rows, new Map([['team_leader', 1], ['team_member', 3]]), 3)).toEqual({ suppressed: true, groups: [] });
    expect(readinessGroupResults(statements, rows, new Map([['team_member', 3]]), 3)).toEqual({ suppressed: true, groups: [] });
  });
});
