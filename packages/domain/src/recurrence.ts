/**
 * The one recurrence expansion for every recurring meeting (team meetings, supervision, sparring,
 * evaluation days, steering group) and for visit series: a subset of RFC 5545 RRULE read with
 * TZID=Europe/Copenhagen, so an occurrence stays at its local start time across DST (ADR 0012).
 *
 * Supported rules:
 * - FREQ=WEEKLY;INTERVAL=1..4;BYDAY=MO,TH — delegated to weekly-recurrence.ts (visit series).
 * - FREQ=MONTHLY;INTERVAL=1..12 (3 = quarterly, 6 = half-yearly) with one of
 *   BYMONTHDAY=1..31 (a month without that day is skipped, as RFC 5545 says),
 *   BYDAY=2TU / -1FR (the nth or nth-last weekday; a month without it is skipped), or neither
 *   (the start date's day of month).
 * - at most one of UNTIL=YYYYMMDD (a local date, inclusive) or COUNT=1..520.
 *
 * Local times that do not exist or exist twice follow RFC 5545 (copenhagenWallTimeToUtc): on the
 * last Sunday of March 02:30 becomes 03:30 summer time; on the last Sunday of October 02:30 means
 * the first 02:30 (summer time, 00:30 UTC).
 */
import { copenhagenWallTimeToUtc, isIsoDate, isLocalTime, isoWeekday } from './copenhagen-time';
import {
  MAX_COUNT,
  RecurrenceError,
  WEEKDAY_CODES,
  type WeekdayCode,
  type WeeklyRule,
  expandWeeklySeries,
  formatWeeklyRule,
  parseRuleBounds,
  parseRuleFields,
  parseWeeklyRule,
  validateWeeklyRule,
} from './weekly-recurrence';

export const MAX_INTERVAL_MONTHS = 12;

/** Which day of each month a monthly rule picks. */
export type MonthlyDay =
  | { kind: 'monthDay'; day: number }
  /** nth weekday: nth 1..5 from the start of the month, -1..-5 from its end; weekday ISO 1..7. */
  | { kind: 'nthWeekday'; nth: number; weekday: number };

export interface MonthlyRule {
  intervalMonths: number;
  /** null: the series' start date's day of month. */
  day: MonthlyDay | null;
  until: string | null;
  count: number | null;
}

export type RecurrenceRule = ({ freq: 'WEEKLY' } & WeeklyRule) | ({ freq: 'MONTHLY' } & MonthlyRule);

export interface RecurringSeries {
  id: string;
  rule: RecurrenceRule;
  /** First local date (YYYY-MM-DD); no occurrence before it. */
  startDate: string;
  /** Local start time, HH:MM (Copenhagen wall clock). */
  startTime: string;
  durationMinutes: number;
}

/** An occurrence's identity: its series and the local date the rule gives (stable when moved). */
export interface OccurrenceKey {
  seriesId: string;
  originalDate: string;
}

export interface SeriesOccurrence extends OccurrenceKey {
  /** The local date it happens on (differs from originalDate when moved). */
  date: string;
  start: Date;
  end: Date;
  moved: boolean;
}

export type OccurrenceException = OccurrenceKey &
  ({ kind: 'cancelled' } | { kind: 'moved'; date: string; startTime: string; durationMinutes: number });

/** "seriesId/YYYY-MM-DD": a text form of the key, e.g. for job ids and idempotency keys. */
export function occurrenceKey(key: OccurrenceKey): string {
  return `${key.seriesId}/${key.originalDate}`;
}

function parseMonthlyDay(fields: Map<string, string>): MonthlyDay | null {
  const byMonthDay = fields.get('BYMONTHDAY');
  const byDay = fields.get('BYDAY');
  if (byMonthDay !== undefined && byDay !== undefined) throw new RecurrenceError('BYMONTHDAY and BYDAY cannot both be set');
  if (byMonthDay !== undefined) {
    if (!/^\d{1,2}$/.test(byMonthDay)) throw new RecurrenceError(`Bad BYMONTHDAY: ${byMonthDay} (use one day 1–31)`);
    return { kind: 'monthDay', day: Number(byMonthDay) };
  }
  if (byDay !== undefined) {
    const m = /^([+-]?\d)([A-Z]{2})$/.exec(byDay);
    const weekday = m ? WEEKDAY_CODES.indexOf(m[2] as WeekdayCode) + 1 : 0;
    if (!m || weekday === 0) throw new RecurrenceError(`Bad BYDAY for FREQ=MONTHLY: ${byDay} (use one day such as 2TU or -1FR)`);
    return { kind: 'nthWeekday', nth: Number(m[1]), weekday };
  }
  return null;
}

/** Parses RRULE text (FREQ=WEEKLY or FREQ=MONTHLY, see the module comment). Throws RecurrenceError. */
export function parseRecurrenceRule(text: string, startDate?: string): RecurrenceRule {
  const fields = parseRuleFields(text);
  const freq = fields.get('FREQ');
  if (freq === 'WEEKLY') return { freq: 'WEEKLY', ...parseWeeklyRule(text, startDate) };
  if (freq !== 'MONTHLY') throw new RecurrenceError('FREQ must be WEEKLY or MONTHLY');
  for (const key of fields.keys()) {
    if (!['FREQ', 'INTERVAL', 'BYMONTHDAY', 'BYDAY', 'UNTIL', 'COUNT'].includes(key)) throw new RecurrenceError(`Unsupported rule part: ${key}`);
  }
  const intervalText = fields.get('INTERVAL') ?? '1';
  if (!/^\d{1,2}$/.test(intervalText)) throw new RecurrenceError('Bad INTERVAL');
  return validateRecurrenceRule({ freq: 'MONTHLY', intervalMonths: Number(intervalText), day: parseMonthlyDay(fields), ...parseRuleBounds(fields) });
}

/** Checks and normalises a rule. Throws RecurrenceError. */
export function validateRecurrenceRule(rule: RecurrenceRule): RecurrenceRule {
  if (rule.freq === 'WEEKLY') return { freq: 'WEEKLY', ...validateWeeklyRule(rule) };
  if (!Number.isInteger(rule.intervalMonths) || rule.intervalMonths < 1 || rule.intervalMonths > MAX_INTERVAL_MONTHS) {
    throw new RecurrenceError(`INTERVAL must be 1–${MAX_INTERVAL_MONTHS} for FREQ=MONTHLY`);
  }
  const { day } = rule;
  if (day?.kind === 'monthDay' && (!Number.isInteger(day.day) || day.day < 1 || day.day > 31)) throw new RecurrenceError('BYMONTHDAY must be 1–31');
  if (day?.kind === 'nthWeekday') {
    if (!Number.isInteger(day.nth) || day.nth === 0 || Math.abs(day.nth) > 5) throw new RecurrenceError('The BYDAY position must be 1–5 or -1 to -5');
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7) throw new RecurrenceError('Bad BYDAY weekday');
  }
  if (rule.until !== null && !isIsoDate(rule.until)) throw new RecurrenceError('Bad UNTIL');
  if (rule.count !== null && (!Number.isInteger(rule.count) || rule.count < 1 || rule.count > MAX_COUNT)) {
    throw new RecurrenceError(`COUNT must be 1–${MAX_COUNT}`);
  }
  if (rule.until !== null && rule.count !== null) throw new RecurrenceError('UNTIL and COUNT cannot both be set');
  return { ...rule, day: day ? { ...day } : null };
}

/** The rule as RRULE text (the stored form); parseRecurrenceRule reads it back to the same rule. */
export function formatRecurrenceRule(rule: RecurrenceRule): string {
  const r = validateRecurrenceRule(rule);
  if (r.freq === 'WEEKLY') return formatWeeklyRule(r);
  const parts = ['FREQ=MONTHLY', `INTERVAL=${r.intervalMonths}`];
  if (r.day?.kind === 'monthDay') parts.push(`BYMONTHDAY=${r.day.day}`);
  if (r.day?.kind === 'nthWeekday') parts.push(`BYDAY=${r.day.nth}${WEEKDAY_CODES[r.day.weekday - 1]}`);
  if (r.until) parts.push(`UNTIL=${r.until.replace(/-/g, '')}`);
  if (r.count) parts.push(`COUNT=${r.count}`);
  return parts.join(';');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date the monthly rule picks in the given month, or null when that month has none. */
export function monthlyDate(day: MonthlyDay, year: number, month: number): string | null {
  const length = daysInMonth(year, month);
  if (day.kind === 'monthDay') return day.day <= length ? isoDate(year, month, day.day) : null;
  if (day.nth > 0) {
    const first = isoDate(year, month, 1);
    const dayOfMonth = 1 + ((day.weekday - isoWeekday(first) + 7) % 7) + 7 * (day.nth - 1);
    return dayOfMonth <= length ? isoDate(year, month, dayOfMonth) : null;
  }
  const last = isoDate(year, month, length);
  const dayOfMonth = length - ((isoWeekday(last) - day.weekday + 7) % 7) - 7 * (-day.nth - 1);
  return dayOfMonth >= 1 ? isoDate(year, month, dayOfMonth) : null;
}

function checkSeries(series: RecurringSeries): RecurrenceRule {
  if (!series.id) throw new RecurrenceError('A series needs an id');
  if (!isIsoDate(series.startDate)) throw new RecurrenceError('Bad start date');
  if (!isLocalTime(series.startTime)) throw new RecurrenceError('Bad start time');
  if (!Number.isInteger(series.durationMinutes) || series.durationMinutes < 5 || series.durationMinutes > 24 * 60) {
    throw new RecurrenceError('Duration must be 5 minutes to 24 hours');
  }
  return validateRecurrenceRule(series.rule);
}

function monthlyDates(rule: MonthlyRule, startDate: string, to: string): string[] {
  const last = rule.until !== null && rule.until < to ? rule.until : to;
  const day = rule.day ?? { kind: 'monthDay', day: Number(startDate.slice(8, 10)) };
  const dates: string[] = [];
  let year = Number(startDate.slice(0, 4));
  let month = Number(startDate.slice(5, 7));
  while (isoDate(year, month, 1) <= last) {
    const date = monthlyDate(day, year, month);
    if (date !== null && date >= startDate && date <= last) {
      if (rule.count !== null && dates.length >= rule.count) break;
      dates.push(date);
    }
    month += rule.intervalMonths;
    year += Math.floor((month - 1) / 12);
    month = ((month - 1) % 12) + 1;
  }
  return dates;
}

/**
 * The occurrences whose original local date lies in [from, to] (inclusive), oldest first. Each
 * starts at the series' local start time on its date; the end is start + duration in real
 * minutes. COUNT counts from the series' first occurrence, so any window gives the same dates
 * as a full expansion would.
 */
export function expandSeries(series: RecurringSeries, from: string, to: string): SeriesOccurrence[] {
  const rule = checkSeries(series);
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RecurrenceError('Bad window');
  if (rule.freq === 'WEEKLY') {
    const { freq: _freq, ...weekly } = rule;
    return expandWeeklySeries({ ...series, rule: weekly }, from, to).map((o) => ({
      seriesId: series.id,
      originalDate: o.date,
      date: o.date,
      start: o.start,
      end: o.end,
      moved: false,
    }));
  }
  return monthlyDates(rule, series.startDate, to)
    .filter((date) => date >= from)
    .map((date) => {
      const start = copenhagenWallTimeToUtc(date, series.startTime);
      return { seriesId: series.id, originalDate: date, date, start, end: new Date(start.getTime() + series.durationMinutes * 60_000), moved: false };
    });
}

/**
 * Applies stored exceptions to expanded occurrences: a cancelled one is dropped, a moved one
 * keeps its key but gets its new date, time and duration. Exceptions for other series or dates
 * are ignored. The result is sorted by start. Pure: expand a window wide enough to hold the
 * original dates of occurrences moved into the window you show.
 */
export function applyExceptions(occurrences: readonly SeriesOccurrence[], exceptions: readonly OccurrenceException[]): SeriesOccurrence[] {
  const byKey = new Map(exceptions.map((e) => [occurrenceKey(e), e]));
  const result: SeriesOccurrence[] = [];
  for (const occurrence of occurrences) {
    const exception = byKey.get(occurrenceKey(occurrence));
    if (!exception) {
      result.push(occurrence);
    } else if (exception.kind === 'moved') {
      if (!isIsoDate(exception.date) || !isLocalTime(exception.startTime)) throw new RecurrenceError('Bad moved date or time');
      if (!Number.isInteger(exception.durationMinutes) || exception.durationMinutes < 5 || exception.durationMinutes > 24 * 60) {
        throw new RecurrenceError('Duration must be 5 minutes to 24 hours');
      }
      const start = copenhagenWallTimeToUtc(exception.date, exception.startTime);
      const end = new Date(start.getTime() + exception.durationMinutes * 60_000);
      result.push({ ...occurrence, date: exception.date, start, end, moved: true });
    }
  }
  return result.sort((a, b) => a.start.getTime() - b.start.getTime() || a.originalDate.localeCompare(b.originalDate));
}

