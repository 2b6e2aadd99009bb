/**
 * Danish date wording, always in Europe/Copenhagen whatever the server's time zone:
 * "tirsdag den 10. november 2026", "… kl. 13.00", "tirsdag den 10. november kl. 13.00–14.00".
 * Built from formatToParts so the wording does not depend on the ICU version's literals.
 */

export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

interface CopenhagenParts {
  weekday: string;
  day: number;
  month: string;
  year: number;
  hour: string;
  minute: string;
  /** YYYY-MM-DD, to tell whether two instants fall on the same local day. */
  isoDate: string;
}

const namesFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: DANISH_TIME_ZONE,
  weekday: 'long',
  month: 'long',
});
const numbersFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: DANISH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(format: Intl.DateTimeFormat, date: Date): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
  const result: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of format.formatToParts(date)) if (part.type !== 'literal') result[part.type] = part.value;
  return result;
}

function copenhagenParts(date: Date): CopenhagenParts {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError('Invalid date');
  const names = partsOf(namesFormat, date);
  const numbers = partsOf(numbersFormat, date);
  return {
    weekday: names.weekday!,
    month: names.month!,
    day: Number(numbers.day),
    year: Number(numbers.year),
    hour: numbers.hour!,
    minute: numbers.minute!,
    isoDate: `${numbers.year}-${numbers.month}-${numbers.day}`,
  };
}

/** The calendar day in Copenhagen as "YYYY-MM-DD". */
export function toCopenhagenIsoDate(date: Date): string {
  return copenhagenParts(date).isoDate;
}

/** "tirsdag den 10. november 2026" */
export function formatDanishDate(date: Date): string {
  const p = copenhagenParts(date);
  return `${p.weekday} den ${p.day}. ${p.month} ${p.year}`;
}

/** "13.00" */
export function formatDanishTime(date: Date): string {
  const p = copenhagenParts(date);
  return `${p.hour}.${p.minute}`;
}

/** "tirsdag den 10. november 2026 kl. 13.00" */
export function formatDanishDateTime(date: Date): string {
  return `${formatDanishDate(date)} kl. ${formatDanishTime(date)}`;
}

/**
 * "tirsdag den 10. november kl. 13.00–14.00" (as in a meeting invitation: weekday, date, start and
 * end). When the end falls on another local day: "tirsdag den 10. november kl. 23.00 – onsdag den
 * 11. november kl. 01.00". Throws RangeError when end is before start.
 */
export function formatDanishTimeRange(start: Date, end: Date): string {
  const s = copenhagenParts(start);
  const e = copenhagenParts(end);
  if (end.getTime() < start.getTime()) throw new RangeError('End is before start');
  const startText = `${s.weekday} den ${s.day}. ${s.month} kl. ${s.hour}.${s.minute}`;
  if (s.isoDate === e.isoDate) return `${startText}–${e.hour}.${e.minute}`;
  const endYear = s.year === e.year ? '' : ` ${e.year}`;
  return `${startText} – ${e.weekday} den ${e.day}. ${e.month}${endYear} kl. ${e.hour}.${e.minute}`;
}

/** A calendar day "YYYY-MM-DD" as "fredag den 4. december 2026". */
export function formatDanishIsoDate(isoDate: string): string {
  return formatDanishDate(new Date(`${isoDate}T12:00:00Z`));
}
