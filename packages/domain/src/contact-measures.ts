/**
 * Contact measures: the heartbeat of ACT. How often and how long a citizen is seen, by how many
 * of the team, and where. Days and weeks are Copenhagen calendar days and ISO weeks (Monday to
 * Sunday), so a DST change never makes a day 23 or 25 hours "long" in the figures.
 *
 * A contact is a visit logged as done. Attempts that did not meet the citizen and cancelled
 * visits are not contacts.
 */
import { addDays, copenhagenToday, calendarDaysBetween, isoWeekLabel, isoWeekStart, toCopenhagenLocal } from './copenhagen-time';

export type ContactPlace = 'home' | 'drop_in_centre' | 'jobcenter' | 'street' | 'treatment_site' | 'office' | 'other';

export interface Contact {
  /** When the visit started (its planned start). */
  start: Date;
  /** Actual duration in minutes. */
  minutes: number;
  faceToFace: boolean;
  place: ContactPlace;
  /** Team members who took part. */
  memberIds: readonly string[];
}

export interface WeekMeasures {
  /** "2026-W48" */
  week: string;
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  contacts: number;
  faceToFaceContacts: number;
  faceToFaceMinutes: number;
  /** Share (0–1) of the week's contacts outside the team's office; null without contacts. */
  outsideOfficeShare: number | null;
}

export interface ContactMeasures {
  /** The last `weeks` ISO weeks, oldest first, the current week last. */
  weeks: WeekMeasures[];
  /** Different team members who had a contact in the last 14 days (today and the 13 before). */
  distinctStaffLastTwoWeeks: number;
  /** Calendar days since the last face-to-face contact; null when there has been none. */
  daysSinceLastFaceToFace: number | null;
  /** Share of all the contacts in the weeks shown that took place outside the office; null without contacts. */
  outsideOfficeShare: number | null;
}

export const DEFAULT_MEASURE_WEEKS = 4;
export const STAFF_WINDOW_DAYS = 14;

const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/**
 * Measures for one citizen at `now`. `contacts` may hold anything (older contacts, future ones are
 * ignored); `lastFaceToFace` lets a caller pass the latest face-to-face contact even when it is
 * older than the contacts it loaded.
 */
export function contactMeasures(
  contacts: readonly Contact[],
  options: { now?: Date; weeks?: number; lastFaceToFace?: Date | null } = {},
): ContactMeasures {
  const now = options.now ?? new Date();
  const weeksWanted = options.weeks ?? DEFAULT_MEASURE_WEEKS;
  if (!Number.isInteger(weeksWanted) || weeksWanted < 1 || weeksWanted > 52) throw new RangeError('weeks must be 1–52');
  const today = copenhagenToday(now);
  const past = contacts.filter((c) => c.start.getTime() <= now.getTime());
  const thisMonday = isoWeekStart(today);
  const firstMonday = addDays(thisMonday, -7 * (weeksWanted - 1));

  const weeks: WeekMeasures[] = [];
  for (let i = 0; i < weeksWanted; i++) {
    const weekStart = addDays(firstMonday, 7 * i);
    weeks.push({ week: isoWeekLabel(weekStart), weekStart, contacts: 0, faceToFaceContacts: 0, faceToFaceMinutes: 0, outsideOfficeShare: null });
  }
  const outsidePerWeek = new Array<number>(weeksWanted).fill(0);
  const staff = new Set<string>();
  const staffFrom = addDays(today, -(STAFF_WINDOW_DAYS - 1));
  let lastFaceToFace: Date | null = options.lastFaceToFace ?? null;

  for (const c of past) {
    const date = toCopenhagenLocal(c.start).date;
    const index = calendarDaysBetween(firstMonday, isoWeekStart(date)) / 7;
    if (index >= 0 && index < weeksWanted) {
      const w = weeks[index];
      w.contacts += 1;
      if (c.place !== 'office') outsidePerWeek[index] += 1;
      if (c.faceToFace) {
        w.faceToFaceContacts += 1;
        w.faceToFaceMinutes += c.minutes;
      }
    }
    if (date >= staffFrom) for (const id of c.memberIds) staff.add(id);
    if (c.faceToFace && (!lastFaceToFace || c.start > lastFaceToFace)) lastFaceToFace = c.start;
  }
  weeks.forEach((w, i) => (w.outsideOfficeShare = share(outsidePerWeek[i], w.contacts)));
  const total = weeks.reduce((n, w) => n + w.contacts, 0);
  const outside = outsidePerWeek.reduce((n, x) => n + x, 0);
  return {
    weeks,
    distinctStaffLastTwoWeeks: staff.size,
    daysSinceLastFaceToFace: daysSinceLastFaceToFace(lastFaceToFace, now),
    outsideOfficeShare: share(outside, total),
  };
}

/** Copenhagen calendar days from the last face-to-face contact to `now`; null if never. */
export function daysSinceLastFaceToFace(last: Date | null, now: Date = new Date()): number | null {
  if (!last) return null;
  return Math.max(0, calendarDaysBetween(toCopenhagenLocal(last).date, copenhagenToday(now)));
}

export interface NotSeenCandidate {
  citizenId: string;
  lastFaceToFace: Date | null;
}

export const DEFAULT_NOT_SEEN_DAYS = 7;

/**
 * The "never lose contact" list: citizens whose last face-to-face contact is more than
 * `thresholdDays` calendar days ago, or who have never been seen — longest first (never seen
 * at the top), ties by id for a stable order.
 */
export function notSeenFor<T extends NotSeenCandidate>(
  candidates: readonly T[],
  thresholdDays: number,
  now: Date = new Date(),
): Array<T & { daysSince: number | null }> {
  if (!Number.isInteger(thresholdDays) || thresholdDays < 1) throw new RangeError('thresholdDays must be a positive integer');
  return candidates
    .map((c) => ({ ...c, daysSince: daysSinceLastFaceToFace(c.lastFaceToFace, now) }))
    .filter((c) => c.daysSince === null || c.daysSince > thresholdDays)
    .sort((a, b) => {
      const da = a.daysSince ?? Number.POSITIVE_INFINITY;
      const db = b.daysSince ?? Number.POSITIVE_INFINITY;
      return da === db ? a.citizenId.localeCompare(b.citizenId) : db - da;
    });
}
