/**
 * Wall-clock time in Europe/Copenhagen, whatever the server's own time zone.
 *
 * Plans are made in local time ("every Tuesday 10–11"), so a local date and time must become an
 * instant without drifting an hour at the DST changes. Calendar dates are handled as
 * "YYYY-MM-DD" strings and counted in whole days through UTC midnight (no DST there).
 */
import { DANISH_TIME_ZONE, toCopenhagenIsoDate } from './danish-format';

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: DANISH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface LocalDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
}

function localParts(instant: Date): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const p: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = part.value;
  return { y: Number(p.year), mo: Number(p.month), d: Number(p.day), h: Number(p.hour), mi: Number(p.minute), s: Number(p.second) };
}

/** Minutes east of UTC in Copenhagen at `instant` (60 in winter, 120 in summer). */
export function copenhagenOffsetMinutes(instant: Date): number {
  const p = localParts(instant);
  const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The local date and time of an instant in Copenhagen. */
export function toCopenhagenLocal(instant: Date): LocalDateTime {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  const p = localParts(instant);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${p.y}-${two(p.mo)}-${two(p.d)}`, time: `${two(p.h)}:${two(p.mi)}` };
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function isLocalTime(value: string): boolean {
  return LOCAL_TIME.test(value);
}

function utcMidnight(isoDate: string): number {
  if (!isIsoDate(isoDate)) throw new RangeError(`Invalid date: ${isoDate}`);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMidnight(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `isoDate` plus `days` calendar days. */
export function addDays(isoDate: string, days: number): string {
  return fromUtcMidnight(utcMidnight(isoDate) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  const day = new Date(utcMidnight(isoDate)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the ISO week `isoDate` falls in. */
export function isoWeekStart(isoDate: string): string {
  return addDays(isoDate, 1 - isoWeekday(isoDate));
}

/** ISO 8601 week label, e.g. "2026-W01" (the week with the year's first Thursday is week 1). */
export function isoWeekLabel(isoDate: string): string {
  const thursday = addDays(isoDate, 4 - isoWeekday(isoDate));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(calendarDaysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The instant a Copenhagen wall-clock time denotes (RFC 5545 rules for DTSTART with a TZID):
 * a time that occurs twice (the October change) means the first, the summer-time one; a time
 * that does not exist (the March gap) is read with the offset before the gap, so 02:30 becomes
 * 03:30 summer time.
 */
export function copenhagenWallTimeToUtc(isoDate: string, localTime: string): Date {
  if (!isLocalTime(localTime)) throw new RangeError(`Invalid time: ${localTime}`);
  const [h, mi] = localTime.split(':').map(Number) as [number, number];
  const asUtc = utcMidnight(isoDate) + (h * 60 + mi) * 60_000;
  const before = copenhagenOffsetMinutes(new Date(asUtc - DAY_MS));
  const after = copenhagenOffsetMinutes(new Date(asUtc + DAY_MS));
  const candidates = [...new Set([before, after])]
    .map((offset) => new Date(asUtc - offset * 60_000))
    .filter((instant) => {
      const local = toCopenhagenLocal(instant);
      return local.date === isoDate && local.time === localTime;
    })
    .sort((a, b) => a.getTime() - b.getTime());
  return candidates[0] ?? new Date(asUtc - before * 60_000);
}

/** Today's date in Copenhagen. */
export function copenhagenToday(now: Date = new Date()): string {
  return toCopenhagenIsoDate(now);
}

/** The instants where a Copenhagen calendar day begins and the next begins (23, 24 or 25 h apart). */
export function copenhagenDayBounds(isoDate: string): { start: Date; end: Date } {
  return { start: copenhagenWallTimeToUtc(isoDate, '00:00'), end: copenhagenWallTimeToUtc(addDays(isoDate, 1), '00:00') };
}
