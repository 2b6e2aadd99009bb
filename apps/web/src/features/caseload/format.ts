import { toCopenhagenIsoDate } from '@act/domain';

/** "7,8" in Danish, "7.8" in English; at most `decimals` decimals. */
export function formatDecimal(value: number, language: string, decimals = 1): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    minimumFractionDigits: 0,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** "0,5" and "0.5" both mean half time; undefined when it is not a number. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** A YYYY-MM-DD date (a whole day in Copenhagen) as a Date at noon UTC, so formatting never shifts the day. */
export function isoDay(value: string): Date {
  return new Date(`${value}T12:00:00Z`);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Today and the last allowed end date of an exception (about half a year ahead), as YYYY-MM-DD. */
export function exceptionDateRange(now = new Date()): { min: string; max: string } {
  return { min: toCopenhagenIsoDate(now), max: toCopenhagenIsoDate(new Date(now.getTime() + 182 * DAY_MS)) };
}

/** Places left before the member reaches what they are allowed (capacity plus exceptions). */
export const freePlaces = (m: { load: number; allowed: number }): number => Math.max(0, m.allowed - m.load);
