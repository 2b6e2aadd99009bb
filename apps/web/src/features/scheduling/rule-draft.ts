/**
 * What the rule builder's fields hold, and the step from them to the domain's RecurrenceRule
 * (the one expansion, packages/domain/src/recurrence.ts). Kept apart from the component so the
 * rules of the form are unit-tested without a browser.
 */
import {
  type MonthlyDay,
  type RecurrenceRule,
  type SeriesOccurrence,
  MAX_COUNT,
  addDays,
  expandSeries,
  isIsoDate,
  isLocalTime,
  isoWeekday,
  validateRecurrenceRule,
} from '@act/domain';

/** "Hvor ofte": every N weeks, every month, every quarter, every half year. */
export const REPEAT_CHOICES = ['week1', 'week2', 'week3', 'week4', 'month1', 'month3', 'month6'] as const;
export type RepeatChoice = (typeof REPEAT_CHOICES)[number];

/** nth weekday of the month as offered: first to fourth, or the last. */
export const NTH_CHOICES = [1, 2, 3, 4, -1] as const;

export type EndChoice = 'never' | 'until' | 'count';

export interface RuleDraft {
  repeat: RepeatChoice;
  /** Weekly: ISO weekdays 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** Monthly: a fixed date ("den 15.") or a weekday ("den anden tirsdag"). */
  monthlyBy: 'date' | 'weekday';
  /** As typed, so a half-typed number is kept while the user writes. */
  monthDay: string;
  nth: number;
  nthWeekday: number;
  end: EndChoice;
  until: string;
  count: string;
}

/** Fields the builder can point an error at; the value is an i18n key under scheduling.ruleErrors. */
export type RuleField = 'weekdays' | 'monthDay' | 'until' | 'count';
export type RuleErrors = Partial<Record<RuleField, string>>;

export type RuleResult = { ok: true; rule: RecurrenceRule } | { ok: false; errors: RuleErrors };

export function isWeekly(repeat: RepeatChoice): boolean {
  return repeat.startsWith('week');
}

export function repeatInterval(repeat: RepeatChoice): number {
  return Number(repeat.slice(isWeekly(repeat) ? 4 : 5));
}

/** A draft that matches the start date: its weekday, its day of month, its place in the month. */
export function defaultDraft(startDate: string, repeat: RepeatChoice = 'month1'): RuleDraft {
  const day = Number(startDate.slice(8, 10));
  const nth = Math.ceil(day / 7);
  return {
    repeat,
    weekdays: [isoWeekday(startDate)],
    monthlyBy: 'date',
    monthDay: String(day),
    nth: nth > 4 ? -1 : nth,
    nthWeekday: isoWeekday(startDate),
    end: 'never',
    until: '',
    count: '',
  };
}

function wholeNumber(text: string): number | null {
  return /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** The rule the fields describe, or what to fix (checked against the series' first date). */
export function draftToRule(draft: RuleDraft, startDate: string): RuleResult {
  const errors: RuleErrors = {};
  let until: string | null = null;
  let count: number | null = null;
  if (draft.end === 'until') {
    if (!isIsoDate(draft.until)) errors.until = 'untilMissing';
    else if (isIsoDate(startDate) && draft.until < startDate) errors.until = 'untilBeforeStart';
    else until = draft.until;
  }
  if (draft.end === 'count') {
    const n = wholeNumber(draft.count);
    if (n === null || n < 1 || n > MAX_COUNT) errors.count = 'countRange';
    else count = n;
  }
  const interval = repeatInterval(draft.repeat);
  let rule: RecurrenceRule | null = null;
  if (isWeekly(draft.repeat)) {
    if (draft.weekdays.length === 0) errors.weekdays = 'weekdaysMissing';
    else rule = { freq: 'WEEKLY', intervalWeeks: interval, weekdays: [...draft.weekdays].sort((a, b) => a - b), until, count };
  } else {
    let day: MonthlyDay | null = null;
    if (draft.monthlyBy === 'date') {
      const n = wholeNumber(draft.monthDay);
      if (n === null || n < 1 || n > 31) errors.monthDay = 'monthDayRange';
      else day = { kind: 'monthDay', day: n };
    } else {
      day = { kind: 'nthWeekday', nth: draft.nth, weekday: draft.nthWeekday };
    }
    if (day) rule = { freq: 'MONTHLY', intervalMonths: interval, day, until, count };
  }
  if (Object.keys(errors).length || !rule) return { ok: false, errors };
  return { ok: true, rule: validateRecurrenceRule(rule) };
}

/** The fields for a stored rule, e.g. when the leader edits a series. */
export function ruleToDraft(rule: RecurrenceRule, startDate: string): RuleDraft {
  const base = defaultDraft(startDate);
  const end = { end: rule.until ? 'until' : rule.count ? 'count' : 'never', until: rule.until ?? '', count: rule.count ? String(rule.count) : '' } as const;
  if (rule.freq === 'WEEKLY') {
    return { ...base, ...end, repeat: `week${rule.intervalWeeks}` as RepeatChoice, weekdays: [...rule.weekdays] };
  }
  const repeat = (REPEAT_CHOICES as readonly string[]).includes(`month${rule.intervalMonths}`) ? (`month${rule.intervalMonths}` as RepeatChoice) : 'month1';
  const day = rule.day;
  if (day?.kind === 'nthWeekday') return { ...base, ...end, repeat, monthlyBy: 'weekday', nth: day.nth, nthWeekday: day.weekday };
  return { ...base, ...end, repeat, monthlyBy: 'date', monthDay: day ? String(day.day) : base.monthDay };
}

/** How far ahead the preview looks: enough for several half-yearly occurrences. */
const PREVIEW_DAYS = 4 * 366;

/**
 * The next `count` occurrences from `today` (or the start date, when later), with the same
 * expansion the API and the worker use. Empty when the start date or time is not filled in yet.
 */
export function previewOccurrences(
  rule: RecurrenceRule,
  startDate: string,
  startTime: string,
  durationMinutes: number,
  today: string,
  count = 5,
): SeriesOccurrence[] {
  if (!isIsoDate(startDate) || !isLocalTime(startTime)) return [];
  const duration = Number.isInteger(durationMinutes) && durationMinutes >= 5 && durationMinutes <= 24 * 60 ? durationMinutes : 60;
  const from = startDate > today ? startDate : today;
  return expandSeries({ id: 'preview', rule, startDate, startTime, durationMinutes: duration }, from, addDays(from, PREVIEW_DAYS)).slice(0, count);
}

/** The API's RecurrenceRuleInput (createMeetingSeries / updateMeetingSeries). */
export interface RuleInput {
  frequency: 'WEEKLY' | 'MONTHLY';
  interval: number;
  weekdays: number[] | null;
  monthDay: number | null;
  nth: number | null;
  weekday: number | null;
  until: string | null;
  count: number | null;
}

/** The rule as the API takes it: weekly on weekdays, or monthly on a date or an nth weekday. */
export function ruleToInput(rule: RecurrenceRule): RuleInput {
  const bounds = { until: rule.until, count: rule.count };
  if (rule.freq === 'WEEKLY') {
    return { frequency: 'WEEKLY', interval: rule.intervalWeeks, weekdays: [...rule.weekdays], monthDay: null, nth: null, weekday: null, ...bounds };
  }
  const day = rule.day;
  return {
    frequency: 'MONTHLY',
    interval: rule.intervalMonths,
    weekdays: null,
    monthDay: day?.kind === 'monthDay' ? day.day : null,
    nth: day?.kind === 'nthWeekday' ? day.nth : null,
    weekday: day?.kind === 'nthWeekday' ? day.weekday : null,
    ...bounds,
  };
}
