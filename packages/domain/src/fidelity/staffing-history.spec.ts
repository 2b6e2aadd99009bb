import { STANDARD_FIDELITY_MODEL } from './standard-version';
import { rateValue, type ComputedItemDefinition } from './model';
import { staffingAgainstBudget, staffTurnover } from './staffing';
import { staffFromSpans, staffOnDay, type StaffSpan } from './staffing-history';

const rule = (id: string) => (STANDARD_FIDELITY_MODEL.items.find((i) => i.id === id) as ComputedItemDefinition).rule;
const span = (memberId: string, fte: number, validFrom: string, validTo: string | null = null): StaffSpan => ({
  memberId,
  discipline: 'nursing',
  fte,
  validFrom,
  validTo,
  isTeamLeader: false,
});

describe('staffing history (spans with an inclusive last day)', () => {
  it('turns the last day into the day after for the model', () => {
    expect(staffFromSpans([span('A', 0.5, '2026-01-01', '2026-03-31')])[0]).toMatchObject({ startDate: '2026-01-01', endDate: '2026-04-01' });
    expect(staffFromSpans([span('A', 0.5, '2026-01-01')])[0].endDate).toBeNull();
  });

  it('reads back the staffing of a past day', () => {
    const spans = [span('A', 1, '2025-01-01', '2026-02-28'), span('A', 0.6, '2026-03-01'), span('B', 0.8, '2025-05-01', '2026-04-30')];
    expect(staffOnDay(spans, '2026-02-28').map((s) => [s.memberId, s.fte])).toEqual([['A', 1], ['B', 0.8]]);
    expect(staffOnDay(spans, '2026-03-01').map((s) => [s.memberId, s.fte])).toEqual([['A', 0.6], ['B', 0.8]]);
    expect(staffOnDay(spans, '2026-05-01').map((s) => [s.memberId, s.fte])).toEqual([['A', 0.6]]);
  });
});

describe('staffing against budget from FTE spans', () => {
  // 1 March – 30 April 2026 is 61 days (31 + 30) and holds the spring DST change (29 March, a
  // 23-hour day): the model counts days, so that week is still 7 days.
  const SPRING = { from: '2026-03-01', to: '2026-04-30' };

  it('counts part-time, a mid-period FTE change and a mid-period departure day by day', () => {
    // Budget: 3.0 FTE the whole period = 3 × 61 = 183 FTE-days.
    // A: 1.0 all period = 61
    // B: 0.8 until 28 March (28 days) then 0.5 from 29 March, the DST Sunday (33 days) = 22.4 + 16.5 = 38.9
    // C: 1.0 from 1 March, last day 15 April (46 days) = 46
    // D: 0.5, joined 16 April (15 days) = 7.5
    // staffed = 61 + 38.9 + 46 + 7.5 = 153.4 → 153.4 / 183 = 0.8382… → 0.838 → rating 4 (≥ 0.8, < 0.95)
    const staff = staffFromSpans([
      span('A', 1, '2025-01-01'),
      span('B', 0.8, '2024-06-01', '2026-03-28'),
      span('B', 0.5, '2026-03-29'),
      span('C', 1, '2026-03-01', '2026-04-15'),
      span('D', 0.5, '2026-04-16'),
    ]);
    const r = staffingAgainstBudget(staff, [{ fte: 3, startDate: '2026-01-01', endDate: null }], SPRING);
    expect(r).toEqual({ value: 0.838, basis: { staffedFteDays: 153.4, budgetedFteDays: 183 } });
    expect(rateValue(rule('staffing_vs_budget'), r.value)).toBe(4);
  });

  it('a week over the autumn DST change is seven FTE-days for a full-time member', () => {
    // 19–25 October 2026 (Monday–Sunday; clocks go back on the 25th, a 25-hour day).
    const week = { from: '2026-10-19', to: '2026-10-25' };
    const r = staffingAgainstBudget(staffFromSpans([span('A', 1, '2026-01-01')]), [{ fte: 2, startDate: '2026-01-01', endDate: null }], week);
    expect(r).toEqual({ value: 0.5, basis: { staffedFteDays: 7, budgetedFteDays: 14 } });
  });
});

describe('staff turnover from the history', () => {
  const TWO_YEARS = { from: '2024-12-05', to: '2026-12-04' }; // 730 days

  it('counts people who left against the average headcount; part-time counts as one person', () => {
    // A, B: whole window (B part-time 0.5, changed to 0.3 on 1 June 2025: one person, no departure) = 730 + 730
    // C: joined 1 Jan 2024, last day 4 April 2026 (resigned): 5 Dec 2024 – 4 Apr 2026 = 486 days, a leaver
    // D: joined 5 April 2026 (replacing C): 5 Apr – 4 Dec 2026 = 244 days
    // E: joined 1 March 2025, last day 31 August 2025 (moved to another team): 184 days, a leaver
    // person-days = 730 + 730 + 486 + 244 + 184 = 2374 → average headcount 2374 / 730 = 3.2520… → 3.25
    // leavers = 2 → 2 / 3.2520… = 0.6150… → 0.615 → rating 2 (≤ 0.8, not ≤ 0.6)
    const staff = staffFromSpans([
      span('A', 1, '2022-01-01'),
      span('B', 0.5, '2023-01-01', '2025-05-31'),
      span('B', 0.3, '2025-06-01'),
      span('C', 1, '2024-01-01', '2026-04-04'),
      span('D', 1, '2026-04-05'),
      span('E', 0.8, '2025-03-01', '2025-08-31'),
    ]);
    const r = staffTurnover(staff, TWO_YEARS);
    expect(r).toEqual({ value: 0.615, basis: { leavers: 2, averageHeadcount: 3.25 } });
    expect(rateValue(rule('staff_turnover'), r.value)).toBe(2);
  });

  it('a member who left and came back later counts once as a leaver', () => {
    // A: whole window (730); F: until 31 Jan 2025 (58 days: 5 Dec – 31 Jan) and back from 1 Jan 2026 (338 days)
    // person-days = 730 + 58 + 338 = 1126 → headcount 1.5424… → 1 / 1.5424… = 0.6483… → 0.648
    const staff = staffFromSpans([span('A', 1, '2020-01-01'), span('F', 1, '2020-01-01', '2025-01-31'), span('F', 0.6, '2026-01-01')]);
    expect(staffTurnover(staff, TWO_YEARS)).toEqual({ value: 0.648, basis: { leavers: 1, averageHeadcount: 1.54 } });
  });

  it('a departure on the last day of the window counts; one the day after does not', () => {
    const base = [span('A', 1, '2020-01-01'), span('B', 1, '2020-01-01')];
    expect(staffTurnover(staffFromSpans([...base, span('C', 1, '2020-01-01', '2026-12-04')]), TWO_YEARS).basis).toEqual({ leavers: 1, averageHeadcount: 3 });
    expect(staffTurnover(staffFromSpans([...base, span('C', 1, '2020-01-01', '2026-12-05')]), TWO_YEARS).basis).toEqual({ leavers: 0, averageHeadcount: 3 });
  });
});
