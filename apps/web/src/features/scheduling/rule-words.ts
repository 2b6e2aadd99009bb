/**
 * A series' rule in plain words: "Hver 2. uge om mandagen og torsdagen", "Hver måned den anden
 * tirsdag", "Hvert kvartal den 15., 4 gange i alt". The words come from i18n (scheduling.rule).
 */
import type { TFunction } from 'i18next';
import { type RecurrenceRule, copenhagenWallTimeToUtc, parseRecurrenceRule } from '@act/domain';
import { formatDate } from '../../lib/format-date';

function joinWords(words: string[], language: string): string {
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : 'da-DK', { type: 'conjunction' }).format(words);
}

function every(rule: RecurrenceRule, t: TFunction): string {
  if (rule.freq === 'WEEKLY') return t(`scheduling.rule.every.week${rule.intervalWeeks}`);
  if ([1, 3, 6].includes(rule.intervalMonths)) return t(`scheduling.rule.every.month${rule.intervalMonths}`);
  return t('scheduling.rule.every.monthN', { n: rule.intervalMonths });
}

function which(rule: RecurrenceRule, startDate: string, t: TFunction, language: string): string {
  if (rule.freq === 'WEEKLY') {
    const names = t('scheduling.rule.weekdaysHabitual', { returnObjects: true }) as string[];
    return t('scheduling.rule.onWeekdays', { days: joinWords(rule.weekdays.map((d) => names[d - 1]), language) });
  }
  const day = rule.day ?? { kind: 'monthDay' as const, day: Number(startDate.slice(8, 10)) };
  if (day.kind === 'monthDay') return t('scheduling.rule.onDate', { day: day.day });
  const weekdays = t('meetings.weekdays', { returnObjects: true }) as string[];
  const nth = day.nth > 0 ? t(`scheduling.rule.nth.${day.nth}`) : t(`scheduling.rule.nthLast.${-day.nth}`);
  return t('scheduling.rule.onNthWeekday', { nth, weekday: weekdays[day.weekday - 1] });
}

/** The rule in words, with its end when it has one. */
export function describeRule(rule: RecurrenceRule, startDate: string, t: TFunction, language = 'da'): string {
  const text = `${every(rule, t)} ${which(rule, startDate, t, language)}`;
  if (rule.count !== null) return t('scheduling.rule.withCount', { text, count: rule.count });
  if (rule.until !== null) {
    return t('scheduling.rule.withUntil', { text, date: formatDate(copenhagenWallTimeToUtc(rule.until, '12:00'), language) });
  }
  return text;
}

/** The same for stored RRULE text; falls back to the text itself if it cannot be read. */
export function describeRuleText(rrule: string, startDate: string, t: TFunction, language = 'da'): string {
  try {
    return describeRule(parseRecurrenceRule(rrule, startDate), startDate, t, language);
  } catch {
    return rrule;
  }
}
