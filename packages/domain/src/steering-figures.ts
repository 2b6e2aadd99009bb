/**
 * Period maths for the steering group's dashboard.
 *
 * A period is two Copenhagen calendar dates, both included. Everything is counted in calendar
 * days, never in hours, so a week with a DST change is 7 days like any other (it is 167 or 169
 * hours long) and a day is the Copenhagen day, whatever the server's time zone.
 *
 * A citizen or a member who is with the team for only part of the period counts for the days
 * they were there ("person-days"): a citizen with a primary contact for 14 of 28 days counts as
 * half a citizen on average and as 2 citizen-weeks. Membership is half-open: from the start date
 * (included) to the end date (not included), so a change of primary contact on a day counts that
 * day once.
 *
 * Small groups are hidden: a figure derived from fewer people than the municipality's minimum
 * group size is withheld (null, suppressed), never shown as the small number. A group of 0 is not
 * hidden: there is nobody to recognise, so counts show 0 and shares/rates show "no data" (null).
 */
import { addDays, calendarDaysBetween, copenhagenWallTimeToUtc, isIsoDate } from './copenhagen-time';
import { fteToHundredths } from './caseload';

/** The longest period the dashboard computes (three years, leap days included). */
export const MAX_PERIOD_DAYS = 3 * 366;
export const DEFAULT_MIN_GROUP_SIZE = 5;
export const MIN_GROUP_SIZE_RANGE = { min: 3, max: 50 } as const;

export interface Period {
  /** First day, YYYY-MM-DD (Copenhagen). */
  from: string;
  /** Last day, YYYY-MM-DD (Copenhagen), included. */
  to: string;
}

/** Why a period cannot be used, in plain Danish; null when it is fine. */
export function periodProblem(period: Period): string | null {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) return 'Datoerne skal være gyldige datoer (ÅÅÅÅ-MM-DD).';
  if (period.to < period.from) return 'Periodens slutdato skal være samme dag som eller efter startdatoen.';
  if (periodDays(period) > MAX_PERIOD_DAYS) return 'Perioden må højst være tre år.';
  return null;
}

/** Calendar days in the period, both ends included (1 for a one-day period). */
export function periodDays(period: Period): number {
  return calendarDaysBetween(period.from, period.to) + 1;
}

/** Weeks in the period as calendar days / 7 — a DST week is a whole week. */
export function periodWeeks(period: Period): number {
  return periodDays(period) / 7;
}

/** The instants where the period begins (its first day's midnight) and ends (midnight after its last day). */
export function periodBounds(period: Period): { start: Date; end: Date } {
  return { start: copenhagenWallTimeToUtc(period.from, '00:00'), end: copenhagenWallTimeToUtc(addDays(period.to, 1), '00:00') };
}

/**
 * The day the period's "at the end" figures are read on: its last day, or today when the period
 * runs into the future (nothing is known about days that have not happened).
 */
export function periodReadingDay(period: Period, today: string): string {
  return period.to < today ? period.to : today < period.from ? period.from : today;
}

/**
 * Days of a membership [startDate, endDate) that fall within the period. `endDate` null = still
 * there. Dates are Copenhagen calendar dates.
 */
export function daysInPeriod(startDate: string, endDate: string | null, period: Period): number {
  const first = startDate > period.from ? startDate : period.from;
  const afterLast = addDays(period.to, 1);
  const stop = endDate === null || endDate > afterLast ? afterLast : endDate;
  return Math.max(0, calendarDaysBetween(first, stop));
}

export interface Membership {
  startDate: string;
  endDate: string | null;
}

/**
 * Person-days of one person with possibly several memberships (e.g. a change of primary
 * contact): overlapping memberships are merged, so a day never counts twice.
 */
export function personDays(memberships: readonly Membership[], period: Period): number {
  const days = new Set<string>();
  for (const m of memberships) {
    const n = daysInPeriod(m.startDate, m.endDate, period);
    const first = m.startDate > period.from ? m.startDate : period.from;
    for (let i = 0; i < n; i++) days.add(addDays(first, i));
  }
  return days.size;
}

/** Person-weeks: person-days / 7. */
export function personWeeks(days: number): number {
  assertNonNegative(days, 'days');
  return days / 7;
}

/**
 * Events per person per week (e.g. face-to-face contacts per citizen per week): events divided by
 * person-weeks, two decimals. Null without person-days (no one to divide by).
 */
export function perPersonPerWeek(events: number, personDaysTotal: number): number | null {
  assertNonNegative(events, 'events');
  assertNonNegative(personDaysTotal, 'personDaysTotal');
  if (personDaysTotal === 0) return null;
  return Math.round(((events * 7) / personDaysTotal) * 100) / 100;
}

/** The average number of people present per day of the period (person-days / period days), two decimals. */
export function averagePresent(personDaysTotal: number, period: Period): number {
  assertNonNegative(personDaysTotal, 'personDaysTotal');
  return Math.round((personDaysTotal / periodDays(period)) * 100) / 100;
}

export interface FteMembership extends Membership {
  /** Employment fraction, e.g. 0.6 for a part-time member. */
  fte: number;
}

/**
 * FTE-days: each member's FTE times their days in the period, in hundredths of an FTE-day
 * (integer arithmetic: 0.55 never becomes 0.5499…). A member at 0.6 for 10 days = 600.
 */
export function fteHundredthDays(members: readonly FteMembership[], period: Period): number {
  return members.reduce((sum, m) => sum + fteToHundredths(m.fte) * daysInPeriod(m.startDate, m.endDate, period), 0);
}

/**
 * The caseload ratio over a period: citizen-days with a primary contact divided by the FTE-days
 * of the members who carry a caseload — the average number of citizens per full-time post. For
 * a period of one day it is exactly the team ratio of the max-10 rule. Null without FTE-days.
 */
export function periodCaseloadRatio(citizenDays: number, fteHundredthDaysTotal: number): number | null {
  assertNonNegative(citizenDays, 'citizenDays');
  assertNonNegative(fteHundredthDaysTotal, 'fteHundredthDaysTotal');
  if (fteHundredthDaysTotal === 0) return null;
  return Math.round((citizenDays * 100 * 100) / fteHundredthDaysTotal) / 100;
}

/** part / whole (0–1), three decimals; null when the whole is 0 (no data). */
export function shareOf(part: number, whole: number): number | null {
  assertNonNegative(part, 'part');
  assertNonNegative(whole, 'whole');
  if (part > whole) throw new RangeError('part must not exceed whole');
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

/** The median of whole numbers (the mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Guarded<T> {
  value: T | null;
  suppressed: boolean;
}

/**
 * The minimum-group rule: a figure derived from `groupSize` people is shown only when at least
 * `minGroupSize` people are behind it. A group of 0 is shown as it is (0 or no data).
 */
export function guard<T>(value: T | null, groupSize: number, minGroupSize: number): Guarded<T> {
  assertNonNegative(groupSize, 'groupSize');
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1) throw new RangeError('minGroupSize must be a positive integer');
  if (groupSize > 0 && groupSize < minGroupSize) return { value: null, suppressed: true };
  return { value, suppressed: false };
}

export function isValidMinGroupSize(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_GROUP_SIZE_RANGE.min && n <= MIN_GROUP_SIZE_RANGE.max;
}

function assertNonNegative(value: number, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a non-negative number`);
}

export type PeriodPreset = 'weeks4' | 'quarter' | 'year';

/**
 * The period picker's presets, ending today unless said otherwise: the last 4 weeks (28 days),
 * the last whole calendar quarter, the last 12 months.
 */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  switch (preset) {
    case 'weeks4':
      return { from: addDays(today, -27), to: today };
    case 'quarter': {
      const year = Number(today.slice(0, 4));
      const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3); // 0–3, the current one
      const startMonth = quarter === 0 ? 10 : quarter * 3 - 2;
      const startYear = quarter === 0 ? year - 1 : year;
      const from = `${startYear}-${String(startMonth).padStart(2, '0')}-01`;
      const nextStart = quarter === 0 ? `${year}-01-01` : `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
      return { from, to: addDays(nextStart, -1) };
    }
    case 'year': {
      const lastYear = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
      const from = isIsoDate(lastYear) ? addDays(lastYear, 1) : `${Number(today.slice(0, 4)) - 1}-03-01`; // 29 Feb
      return { from, to: today };
    }
  }
}
