/**
 * A team's meeting rhythm (weekly or every second week, a weekday, start and end as wall-clock
 * times in Copenhagen) and the next dates it gives. Until the scheduling capability exists this
 * is how a leader creates the next few meetings in one go; times stay at the intended local time
 * across daylight-saving changes because they are converted per date.
 */
import { addDays, copenhagenWallTimeToUtc, isoWeekday } from './copenhagen-time';
import { toCopenhagenIsoDate } from './danish-format';
import type { RecurringSeries } from './recurrence';

export type MeetingCadence = 'weekly' | 'biweekly';

export interface MeetingRhythm {
  cadence: MeetingCadence;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:MM", 24-hour, Copenhagen wall clock. */
  startTime: string;
  endTime: string;
}

export interface MeetingSlot {
  startsAt: Date;
  endsAt: Date;
  /** YYYY-MM-DD in Copenhagen. */
  date: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidWallClock(time: string): boolean {
  return TIME.test(time);
}

export function isValidRhythm(r: MeetingRhythm): boolean {
  return (
    (r.cadence === 'weekly' || r.cadence === 'biweekly') &&
    Number.isInteger(r.weekday) &&
    r.weekday >= 1 &&
    r.weekday <= 7 &&
    isValidWallClock(r.startTime) &&
    isValidWallClock(r.endTime) &&
    r.endTime > r.startTime
  );
}

/**
 * The next `count` meeting slots strictly after `after` (a meeting that has started is not
 * offered again). `anchor` is an earlier meeting date of a fortnightly rhythm so that "every
 * second week" keeps its weeks; without one the first slot is the next matching weekday.
 */
export function nextMeetingSlots(rhythm: MeetingRhythm, after: Date, count: number, anchor?: string): MeetingSlot[] {
  if (!isValidRhythm(rhythm)) throw new RangeError('Invalid meeting rhythm');
  if (!Number.isInteger(count) || count < 0 || count > 52) throw new RangeError('count must be 0–52');
  const slots: MeetingSlot[] = [];
  let date = toCopenhagenIsoDate(after);
  while (isoWeekday(date) !== rhythm.weekday) date = addDays(date, 1);
  if (rhythm.cadence === 'biweekly' && anchor) {
    const days = Math.round((Date.parse(date) - Date.parse(anchor)) / 86_400_000);
    const weeks = Math.floor(days / 7);
    if (((weeks % 2) + 2) % 2 === 1) date = addDays(date, 7);
  }
  const step = rhythm.cadence === 'weekly' ? 7 : 14;
  while (slots.length < count) {
    const startsAt = copenhagenWallTimeToUtc(date, rhythm.startTime);
    if (startsAt.getTime() > after.getTime()) {
      slots.push({ date, startsAt, endsAt: copenhagenWallTimeToUtc(date, rhythm.endTime) });
    }
    date = addDays(date, step);
  }
  return slots;
}

/**
 * The rhythm as a recurring series, so team meetings are expanded by the same code as every
 * other series. `startDate` is the first meeting date (a fortnightly rhythm counts its weeks from
 * it, like `anchor` above). The duration is in real minutes from start to end on an ordinary day.
 */
export function meetingRhythmSeries(id: string, rhythm: MeetingRhythm, startDate: string): RecurringSeries {
  if (!isValidRhythm(rhythm)) throw new RangeError('Invalid meeting rhythm');
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return {
    id,
    rule: { freq: 'WEEKLY', intervalWeeks: rhythm.cadence === 'weekly' ? 1 : 2, weekdays: [rhythm.weekday], until: null, count: null },
    startDate,
    startTime: rhythm.startTime,
    durationMinutes: minutes(rhythm.endTime) - minutes(rhythm.startTime),
  };
}
