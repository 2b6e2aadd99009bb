/**
 * Weekly recurring plans ("every Tuesday 10–11", "every second Monday and Thursday at 9"),
 * written as a small subset of an RFC 5545 RRULE and expanded in Europe/Copenhagen wall-clock
 * time: the occurrence stays at 10:00 local time on both sides of a DST change.
 *
 * Supported: FREQ=WEEKLY (required), INTERVAL=1..4, BYDAY=MO,TU,… (default: the start date's
 * weekday), and at most one of UNTIL=YYYYMMDD (a local date, inclusive) or COUNT=1..520.
 */
import { addDays, copenhagenWallTimeToUtc, calendarDaysBetween, isIsoDate, isLocalTime, isoWeekStart, isoWeekday } from './copenhagen-time';

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

export const MAX_INTERVAL_WEEKS = 4;
export const MAX_COUNT = 520;

export interface WeeklyRule {
  intervalWeeks: number;
  /** ISO weekdays 1 = Monday … 7 = Sunday, ascending, no duplicates. */
  weekdays: number[];
  /** Last local date (inclusive), or null. */
  until: string | null;
  count: number | null;
}

export interface WeeklySeries {
  rule: WeeklyRule;
  /** First local date of the series (YYYY-MM-DD); also the first possible occurrence. */
  startDate: string;
  /** Local start time, HH:MM. */
  startTime: string;
  durationMinutes: number;
}

export interface Occurrence {
  /** The local date the rule gives; the occurrence's stable key inside its series. */
  date: string;
  start: Date;
  end: Date;
}

export class RecurrenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecurrenceError';
  }
}

/** Parses "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630". Throws RecurrenceError. */
export function parseWeeklyRule(text: string, startDate?: string): WeeklyRule {
  const fields = parseRuleFields(text);
  if (fields.get('FREQ') !== 'WEEKLY') throw new RecurrenceError('Only FREQ=WEEKLY is supported');
  for (const key of fields.keys()) {
    if (!['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT'].includes(key)) throw new RecurrenceError(`Unsupported rule part: ${key}`);
  }
  const intervalText = fields.get('INTERVAL') ?? '1';
  if (!/^\d{1,2}$/.test(intervalText)) throw new RecurrenceError('Bad INTERVAL');
  const intervalWeeks = Number(intervalText);
  let weekdays: number[];
  const byDay = fields.get('BYDAY');
  if (byDay !== undefined) {
    weekdays = byDay.split(',').map((code) => {
      const index = WEEKDAY_CODES.indexOf(code as WeekdayCode);
      if (index < 0) throw new RecurrenceError(`Bad BYDAY: ${code}`);
      return index + 1;
    });
  } else {
    if (!startDate) throw new RecurrenceError('BYDAY is required without a start date');
    weekdays = [isoWeekday(startDate)];
  }
  return validateWeeklyRule({ intervalWeeks, weekdays, ...parseRuleBounds(fields) });
}

/** The "KEY=VALUE;…" parts of RRULE text, upper-cased; a repeated or malformed part is refused. */
export function parseRuleFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of text.trim().replace(/^RRULE:/i, '').split(';')) {
    if (!part) continue;
    const [key, value, ...rest] = part.split('=');
    if (!key || value === undefined || rest.length || fields.has(key.toUpperCase())) throw new RecurrenceError(`Bad rule part: ${part}`);
    fields.set(key.toUpperCase(), value.toUpperCase());
  }
  return fields;
}

/** UNTIL (a local date YYYYMMDD) and COUNT as parsed; the range checks are the validators'. */
export function parseRuleBounds(fields: Map<string, string>): { until: string | null; count: number | null } {
  let until: string | null = null;
  const untilText = fields.get('UNTIL');
  if (untilText !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(untilText);
    until = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
    if (!isIsoDate(until)) throw new RecurrenceError('Bad UNTIL (use a local date YYYYMMDD)');
  }
  const countText = fields.get('COUNT');
  const count = countText === undefined ? null : /^\d{1,4}$/.test(countText) ? Number(countText) : NaN;
  return { until, count };
}

/** Checks and normalises a rule (sorted, unique weekdays). Throws RecurrenceError. */
export function validateWeeklyRule(rule: WeeklyRule): WeeklyRule {
  if (!Number.isInteger(rule.intervalWeeks) || rule.intervalWeeks < 1 || rule.intervalWeeks > MAX_INTERVAL_WEEKS) {
    throw new RecurrenceError(`INTERVAL must be 1–${MAX_INTERVAL_WEEKS}`);
  }
  const weekdays = [...new Set(rule.weekdays)].sort((a, b) => a - b);
  if (!weekdays.length || weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) throw new RecurrenceError('Bad weekdays');
  if (rule.until !== null && !isIsoDate(rule.until)) throw new RecurrenceError('Bad UNTIL');
  if (rule.count !== null && (!Number.isInteger(rule.count) || rule.count < 1 || rule.count > MAX_COUNT)) {
    throw new RecurrenceError(`COUNT must be 1–${MAX_COUNT}`);
  }
  if (rule.until !== null && rule.count !== null) throw new RecurrenceError('UNTIL and COUNT cannot both be set');
  return { ...rule, weekdays };
}

/** The rule as RRULE text (the stored form). */
export function formatWeeklyRule(rule: WeeklyRule): string {
  const r = validateWeeklyRule(rule);
  const parts = ['FREQ=WEEKLY', `INTERVAL=${r.intervalWeeks}`, `BYDAY=${r.weekdays.map((d) => WEEKDAY_CODES[d - 1]).join(',')}`];
  if (r.until) parts.push(`UNTIL=${r.until.replace(/-/g, '')}`);
  if (r.count) parts.push(`COUNT=${r.count}`);
  return parts.join(';');
}

function checkSeries(series: WeeklySeries): void {
  if (!isIsoDate(series.startDate)) throw new RecurrenceError('Bad start date');
  if (!isLocalTime(series.startTime)) throw new RecurrenceError('Bad start time');
  if (!Number.isInteger(series.durationMinutes) || series.durationMinutes < 5 || series.durationMinutes > 24 * 60) {
    throw new RecurrenceError('Duration must be 5 minutes to 24 hours');
  }
  validateWeeklyRule(series.rule);
}

/**
 * The occurrences whose local date lies in [from, to] (inclusive), oldest first. Each starts at
 * the series' local start time on its date; the end is start + duration (real minutes). COUNT
 * counts from the series' first occurrence, so a window in the middle gives the same dates as
 * a full expansion would.
 */
export function expandWeeklySeries(series: WeeklySeries, from: string, to: string): Occurrence[] {
  checkSeries(series);
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RecurrenceError('Bad window');
  const { rule } = series;
  const last = [to, rule.until].filter((d): d is string => d !== null).sort()[0];
  const firstWeek = isoWeekStart(series.startDate);
  const result: Occurrence[] = [];
  let produced = 0;
  for (let week = firstWeek; week <= last; week = addDays(week, 7 * rule.intervalWeeks)) {
    for (const weekday of rule.weekdays) {
      const date = addDays(week, weekday - 1);
      if (date < series.startDate || date > last) continue;
      if (rule.count !== null && produced >= rule.count) return result;
      produced += 1;
      if (date < from) continue;
      const start = copenhagenWallTimeToUtc(date, series.startTime);
      result.push({ date, start, end: new Date(start.getTime() + series.durationMinutes * 60_000) });
    }
    if (rule.count === null && calendarDaysBetween(week, from) > 7 * rule.intervalWeeks) {
      // Jump close to the window instead of walking every week since the start.
      const skip = Math.floor((calendarDaysBetween(week, from) - 7) / (7 * rule.intervalWeeks));
      if (skip > 0) week = addDays(week, skip * 7 * rule.intervalWeeks);
    }
  }
  return result;
}
