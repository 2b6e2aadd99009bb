import { transitionProblems, transitionStage, transitionWaitingDays, type TransitionDates } from './transitions';

const referred: TransitionDates = { referredOn: '2026-03-02', admittedOn: null, dischargedOn: null, returnedOn: null, withdrawnOn: null };
const today = '2026-12-03';
const fields = (d: Partial<TransitionDates>) => transitionProblems({ ...referred, ...d }, today).map((p) => p.field);

describe('transitionStage and waiting days', () => {
  it('follows the course', () => {
    expect(transitionStage(referred)).toBe('waiting');
    expect(transitionStage({ ...referred, admittedOn: '2026-03-20' })).toBe('admitted');
    expect(transitionStage({ ...referred, admittedOn: '2026-03-20', dischargedOn: '2026-05-01' })).toBe('discharged');
    expect(transitionStage({ ...referred, admittedOn: '2026-03-20', dischargedOn: '2026-05-01', returnedOn: '2026-05-01' })).toBe('returned');
    expect(transitionStage({ ...referred, withdrawnOn: '2026-03-10' })).toBe('withdrawn');
  });

  it('counts calendar days from referral to admission (across the DST change)', () => {
    expect(transitionWaitingDays(referred)).toBeNull();
    expect(transitionWaitingDays({ referredOn: '2026-03-20', admittedOn: '2026-04-02' })).toBe(13);
    expect(transitionWaitingDays({ referredOn: '2026-03-20', admittedOn: '2026-03-20' })).toBe(0);
  });
});

describe('transitionProblems', () => {
  it('accepts a whole course in order, same-day steps included', () => {
    expect(fields({ admittedOn: '2026-03-02', dischargedOn: '2026-04-01', returnedOn: '2026-04-01' })).toEqual([]);
    expect(fields({ withdrawnOn: '2026-03-02' })).toEqual([]);
  });

  it('refuses a step before the one it follows', () => {
    expect(fields({ admittedOn: '2026-03-01' })).toEqual(['admittedOn']);
    expect(fields({ admittedOn: '2026-03-05', dischargedOn: '2026-03-04' })).toEqual(['dischargedOn']);
    expect(fields({ admittedOn: '2026-03-05', dischargedOn: '2026-03-06', returnedOn: '2026-03-05' })).toEqual(['returnedOn']);
    expect(fields({ withdrawnOn: '2026-03-01' })).toEqual(['withdrawnOn']);
  });

  it('refuses a step without the one before it', () => {
    expect(fields({ dischargedOn: '2026-04-01' })).toEqual(['dischargedOn']);
    expect(fields({ admittedOn: '2026-03-05', returnedOn: '2026-04-01' })).toEqual(['returnedOn']);
  });

  it('refuses withdrawing an admitted referral and dates after today', () => {
    expect(fields({ admittedOn: '2026-03-05', withdrawnOn: '2026-03-06' })).toEqual(['withdrawnOn']);
    expect(fields({ referredOn: '2026-12-04' })).toEqual(['referredOn']);
    expect(transitionProblems({ ...referred, admittedOn: '2026-12-04' }, today)[0].message).toMatch(/fremtiden/);
  });
});
