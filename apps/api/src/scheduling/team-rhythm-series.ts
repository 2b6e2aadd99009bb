/**
 * The team meeting rhythm as the team's one open team-meeting series (ADR 0013): saving a rhythm
 * creates or changes the series and materialises it, so team meetings exist without anyone
 * making them by hand (a hand-made meeting at the same time is adopted, not doubled).
 */
import { MeetingKind, materialiseMeetingSeries } from '@act/db';
import { type MeetingRhythm, addDays, copenhagenToday, copenhagenWallTimeToUtc, formatRecurrenceRule, isoWeekday, meetingRhythmSeries } from '@act/domain';
import type { EntityManager } from 'typeorm';
import { applyPlaceToFuture, rematerialiseFuture } from './series-changes';

export interface RhythmOwner {
  tenantId: string;
  teamId: string;
  userId: string;
}

/** The first date of a new rhythm: the next such weekday whose meeting has not started yet. */
function firstMeetingDate(rhythm: MeetingRhythm, now: Date): string {
  let date = copenhagenToday(now);
  while (isoWeekday(date) !== rhythm.weekday) date = addDays(date, 1);
  return copenhagenWallTimeToUtc(date, rhythm.startTime).getTime() > now.getTime() ? date : addDays(date, 7);
}

/** Creates or changes the team's team-meeting series for the rhythm; returns the series id. */
export async function upsertRhythmSeries(db: EntityManager, owner: RhythmOwner, rhythm: MeetingRhythm, place: string, now: Date = new Date()): Promise<string> {
  type OpenSeries = { id: string; rrule: string; start_date: string; start_time: string; duration_minutes: number; place: string };
  const [open] = await db.query<OpenSeries[]>(
    `SELECT id, rrule, to_char(start_date, 'YYYY-MM-DD') AS start_date, start_time, duration_minutes, place
     FROM meeting_series WHERE team_id = $1 AND kind = $2 AND ended_on IS NULL FOR UPDATE`,
    [owner.teamId, MeetingKind.TeamMeeting],
  );
  if (!open) {
    const startDate = firstMeetingDate(rhythm, now);
    const shape = meetingRhythmSeries('new', rhythm, startDate);
    const [created] = await db.query<Array<{ id: string }>>(
      `INSERT INTO meeting_series (tenant_id, kind, team_id, title, rrule, start_date, start_time, duration_minutes, place, materialised_until, created_by)
       VALUES ($1, $2, $3, 'Teammøde', $4, $5, $6, $7, $8, $5::date - 1, $9) RETURNING id`,
      [owner.tenantId, MeetingKind.TeamMeeting, owner.teamId, formatRecurrenceRule(shape.rule), startDate, shape.startTime, shape.durationMinutes, place, owner.userId],
    );
    await materialiseMeetingSeries(db, created.id, undefined, now);
    return created.id;
  }
  // A fortnightly rhythm keeps counting its weeks from the series' first date.
  const shape = meetingRhythmSeries(open.id, rhythm, open.start_date);
  const rrule = formatRecurrenceRule(shape.rule);
  const reshaped = rrule !== open.rrule || shape.startTime !== open.start_time || shape.durationMinutes !== open.duration_minutes;
  if (!reshaped && place === open.place) return open.id;
  await db.query(
    `UPDATE meeting_series SET rrule = $2, start_time = $3, duration_minutes = $4, place = $5, updated_at = now() WHERE id = $1`,
    [open.id, rrule, shape.startTime, shape.durationMinutes, place],
  );
  if (reshaped) {
    await rematerialiseFuture(db, open.id, now);
  } else {
    await applyPlaceToFuture(db, open.id, place, now);
  }
  return open.id;
}
