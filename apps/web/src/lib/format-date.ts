// Dates for the UI in Europe/Copenhagen. Danish wording comes from @act/domain (shared with the
// API and worker: "tirsdag den 10. november 2026 kl. 13.00"); English is the fallback language.
// Day boundaries, today's date and day arithmetic are the domain's too (copenhagenDayBounds,
// copenhagenToday, addDays): import them from @act/domain, do not re-implement them here.
import { DANISH_TIME_ZONE as TIME_ZONE, formatDanishDate, formatDanishDateTime } from '@act/domain';

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

function parts(value: Date, locale: string, withTime: boolean): Parts {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  });
  const result: Parts = {};
  for (const part of format.formatToParts(value)) {
    if (part.type !== 'literal') result[part.type] = part.value;
  }
  return result;
}

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** "tirsdag den 10. november 2026" (English: "Tuesday 10 November 2026"). */
export function formatDate(value: Date | string, language = 'da'): string {
  if (language !== 'en') return formatDanishDate(toDate(value));
  const p = parts(toDate(value), 'en-GB', false);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "tirsdag den 10. november 2026 kl. 13.00" (English: "Tuesday 10 November 2026 at 13:00"). */
export function formatDateTime(value: Date | string, language = 'da'): string {
  const date = toDate(value);
  if (language !== 'en') return formatDanishDateTime(date);
  const p = parts(date, 'en-GB', true);
  return `${formatDate(date, 'en')} at ${p.hour}:${p.minute}`;
}
