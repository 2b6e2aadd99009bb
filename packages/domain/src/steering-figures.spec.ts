import {
  averagePresent,
  daysInPeriod,
  fteHundredthDays,
  guard,
  isValidMinGroupSize,
  median,
  perPersonPerWeek,
  periodBounds,
  periodCaseloadRatio,
  periodDays,
  periodProblem,
  periodReadingDay,
  periodWeeks,
  personDays,
  presetPeriod,
  shareOf,
} from './steering-figures';

// The spring DST change in 2026 is Sunday 29 March (02:00 → 03:00), the autumn one Sunday 25 October.
const SPRING_WEEK = { from: '2026-03-23', to: '2026-03-29' };
const AUTUMN_WEEK = { from: '2026-10-19', to: '2026-10-25' };

describe('periods in Copenhagen calendar days', () => {
  it('counts a DST week as 7 days and 1 week, although it is 167 or 169 hours long', () => {
    for (const week of [SPRING_WEEK, AUTUMN_WEEK]) {
      expect(periodDays(week)).toBe(7);
      expect(periodWeeks(week)).toBe(1);
    }
    const spring = periodBounds(SPRING_WEEK);
    expect(spring.start.toISOString()).toBe('2026-03-22T23:00:00.000Z'); // Monday 00:00 CET
    expect(spring.end.toISOString()).toBe('2026-03-29T22:00:00.000Z'); // Monday 00:00 CEST
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(167);
    const autumn = periodBounds(AUTUMN_WEEK);
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(169);
  });

  it('includes both ends: a one-day period is one day; a leap year has 366', () => {
    expect(periodDays({ from: '2026-05-01', to: '2026-05-01' })).toBe(1);
    expect(periodDays({ from: '2028-01-01', to: '2028-12-31' })).toBe(366);
    expect(periodWeeks({ from: '2026-11-02', to: '2026-11-29' })).toBe(4);
  });

  it('refuses reversed, malformed and over-long periods in plain Danish', () => {
    expect(periodProblem({ from: '2026-05-02', to: '2026-05-01' })).toMatch(/slutdato/);
    expect(periodProblem({ from: '2026-02-30', to: '2026-03-01' })).toMatch(/gyldige/);
    expect(periodProblem({ from: '2023-01-01', to: '2026-01-03' })).toMatch(/tre år/); // 1099 days
    expect(periodProblem({ from: '2023-01-01', to: '2026-01-02' })).toBeNull(); // 1098 days
    expect(periodProblem(SPRING_WEEK)).toBeNull();
  });

  it('reads "at the end" figures on the last day, or today when the period runs on', () => {
    expect(periodReadingDay({ from: '2026-01-01', to: '2026-03-31' }, '2026-12-03')).toBe('2026-03-31');
    expect(periodReadingDay({ from: '2026-11-01', to: '2026-12-31' }, '2026-12-03')).toBe('2026-12-03');
    expect(periodReadingDay({ from: '2027-01-01', to: '2027-01-31' }, '2026-12-03')).toBe('2027-01-01');
  });
});

describe('partial membership', () => {
  const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

  it('counts only the days within the period; the end day is not included', () => {
    expect(daysInPeriod('2026-01-01', null, NOVEMBER)).toBe(30); // there all month
    expect(daysInPeriod('2026-11-16', null, NOVEMBER)).toBe(15); // joined the 16th: 16–30
    expect(daysInPeriod('2026-01-01', '2026-11-11', NOVEMBER)).toBe(10); // left the 11th: 1–10
    expect(daysInPeriod('2026-11-05', '2026-11-08', NOVEMBER)).toBe(3); // 5, 6, 7
    expect(daysInPeriod('2026-12-01', null, NOVEMBER)).toBe(0); // after
    expect(daysInPeriod('2026-01-01', '2026-11-01', NOVEMBER)).toBe(0); // left before the first day
    expect(daysInPeriod('2026-11-20', '2027-02-01', NOVEMBER)).toBe(11); // 20–30
  });

  it('merges a change of primary contact so no day counts twice', () => {
    expect(
      personDays(
        [
          { startDate: '2026-10-01', endDate: '2026-11-10' },
          { startDate: '2026-11-10', endDate: null },
        ],
        NOVEMBER,
      ),
    ).toBe(30);
    expect(
      personDays(
        [
          { startDate: '2026-11-01', endDate: '2026-11-05' },
          { startDate: '2026-11-03', endDate: '2026-11-08' }, // overlaps 3–4
          { startDate: '2026-11-20', endDate: '2026-11-22' },
        ],
        NOVEMBER,
      ),
    ).toBe(9); // 1–7 and 20–21
  });

  it('gives contacts per citizen per week over citizen-weeks: a half-month citizen counts half', () => {
    // Two citizens all of a 28-day period + one for 14 days = 70 citizen-days = 10 citizen-weeks.
    const period = { from: '2026-11-02', to: '2026-11-29' };
    const days = daysInPeriod('2026-01-01', null, period) * 2 + daysInPeriod('2026-11-16', null, period);
    expect(days).toBe(70);
    expect(perPersonPerWeek(25, days)).toBe(2.5);
    expect(averagePresent(days, period)).toBe(2.5);
    expect(perPersonPerWeek(0, days)).toBe(0);
    expect(perPersonPerWeek(3, 0)).toBeNull();
  });
});

describe('part-time FTE and the caseload ratio over a period', () => {
  const period = { from: '2026-11-01', to: '2026-11-10' }; // 10 days

  it('weights each member by FTE and days present, in integer hundredths', () => {
    const fte = fteHundredthDays(
      [
        { fte: 1, startDate: '2025-01-01', endDate: null }, // 100 × 10
        { fte: 0.6, startDate: '2025-01-01', endDate: null }, // 60 × 10
        { fte: 0.55, startDate: '2026-11-06', endDate: null }, // 55 × 5 (joined the 6th)
      ],
      period,
    );
    expect(fte).toBe(1000 + 600 + 275);
  });

  it('divides citizen-days by FTE-days: 15 citizens all period over 1.6 FTE = 9.38', () => {
    const fte = fteHundredthDays(
      [
        { fte: 1, startDate: '2025-01-01', endDate: null },
        { fte: 0.6, startDate: '2025-01-01', endDate: null },
      ],
      period,
    );
    expect(periodCaseloadRatio(15 * 10, fte)).toBe(9.38);
    // One day: the same as the max-10 rule's team ratio (16 / 1.6 = 10).
    expect(periodCaseloadRatio(16, 160)).toBe(10);
    expect(periodCaseloadRatio(5, 0)).toBeNull();
  });
});

describe('shares, medians and the minimum group', () => {
  it('shares to three decimals, null without a whole', () => {
    expect(shareOf(2, 3)).toBe(0.667);
    expect(shareOf(0, 5)).toBe(0);
    expect(shareOf(0, 0)).toBeNull();
    expect(() => shareOf(4, 3)).toThrow(RangeError);
  });

  it('takes the median of odd and even counts', () => {
    expect(median([12, 3, 7])).toBe(7);
    expect(median([3, 7, 12, 20])).toBe(9.5);
    expect(median([])).toBeNull();
  });

  it('hides a figure from fewer than the minimum, never a group of 0 or one at the minimum', () => {
    expect(guard(3, 4, 5)).toEqual({ value: null, suppressed: true });
    expect(guard(0.25, 1, 5)).toEqual({ value: null, suppressed: true });
    expect(guard(5, 5, 5)).toEqual({ value: 5, suppressed: false });
    expect(guard(0, 0, 5)).toEqual({ value: 0, suppressed: false });
    expect(guard(null, 0, 5)).toEqual({ value: null, suppressed: false });
    expect(guard(7, 7, 3)).toEqual({ value: 7, suppressed: false });
  });

  it('accepts a minimum group size of 3–50', () => {
    expect([2, 3, 5, 50, 51, 4.5].map(isValidMinGroupSize)).toEqual([false, true, true, true, false, false]);
  });
});

describe('period presets', () => {
  it('gives the last 4 weeks, the last whole quarter and the last 12 months', () => {
    expect(presetPeriod('weeks4', '2026-12-03')).toEqual({ from: '2026-11-06', to: '2026-12-03' });
    expect(periodDays(presetPeriod('weeks4', '2026-12-03'))).toBe(28);
    expect(presetPeriod('quarter', '2026-12-03')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(presetPeriod('quarter', '2026-02-10')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(presetPeriod('quarter', '2026-04-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetPeriod('year', '2026-12-03')).toEqual({ from: '2025-12-04', to: '2026-12-03' });
    expect(presetPeriod('year', '2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });
});
