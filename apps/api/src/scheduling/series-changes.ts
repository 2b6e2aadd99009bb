/**
 * Changing a series' future (shared by the series mutations and the team meeting rhythm):
 * planned occurrences are removed and made again by the one materialiser; held, moved and
 * cancelled ones are kept, and so is every team meeting that already has content.
 */
import { addDays, copenhagenToday } from '@act/domain';
import { materialiseMeetingSeries } from '@act/db';
import type { EntityManager } from 'typeorm';

/**
 * Deletes the series' planned occurrences starting at or after `from` (only unmoved ones when
 * `keepMoved`), and their team meetings while those are still empty (no items, attendance or
 * close). A team meeting with content stays, as a hand-made meeting would.
 */
export async function removePlannedOccurrences(db: EntityManager, seriesId: string, from: Date, keepMoved: boolean): Promise<number> {
  // A SELECT over the DELETE: TypeORM answers a bare DELETE … RETURNING as [rows, count].
  const removed = await db.query<Array<{ team_meeting_id: string | null }>>(
    `WITH gone AS (
       DELETE FROM meeting_occurrence
       WHERE series_id = $1 AND status = 'planned' AND starts_at >= $2 AND ($3::boolean = false OR moved = false)
       RETURNING team_meeting_id)
     SELECT team_meeting_id FROM gone`,
    [seriesId, from, keepMoved],
  );
  const meetingIds = removed.map((r) => r.team_meeting_id).filter((id): id is string => id !== null);
  if (meetingIds.length) {
    await db.query(
      `DELETE FROM team_meeting tm
       WHERE tm.id = ANY($1::uuid[]) AND tm.held_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM team_meeting_item i WHERE i.meeting_id = tm.id)
         AND NOT EXISTS (SELECT 1 FROM team_meeting_attendance a WHERE a.meeting_id = tm.id)
         AND NOT EXISTS (SELECT 1 FROM meeting_occurrence o WHERE o.team_meeting_id = tm.id)`,
      [meetingIds],
    );
  }
  return removed.length;
}

/** Same dates, new place: the future planned, unmoved occurrences and their open team meetings take it. */
export async function applyPlaceToFuture(db: EntityManager, seriesId: string, place: string, now: Date = new Date()): Promise<void> {
  await db.query(`UPDATE meeting_occurrence SET place = $3 WHERE series_id = $1 AND status = 'planned' AND NOT moved AND starts_at > $2`, [seriesId, now, place]);
  await db.query(
    `UPDATE team_meeting tm SET place = o.place FROM meeting_occurrence o
     WHERE o.series_id = $1 AND o.team_meeting_id = tm.id AND o.status = 'planned' AND o.starts_at > $2 AND tm.held_at IS NULL`,
    [seriesId, now],
  );
}

/**
 * After the rule, time or duration changed: the future is made again from today (Copenhagen).
 * Occurrences already kept (held, moved, cancelled, or started today) keep their key, so the
 * expansion does not double them.
 */
export async function rematerialiseFuture(db: EntityManager, seriesId: string, now: Date = new Date()): Promise<void> {
  await removePlannedOccurrences(db, seriesId, now, true);
  const yesterday = addDays(copenhagenToday(now), -1);
  await db.query(
    `UPDATE meeting_series SET materialised_until = GREATEST(start_date - 1, LEAST(materialised_until, $2::date)) WHERE id = $1`,
    [seriesId, yesterday],
  );
  await materialiseMeetingSeries(db, seriesId, undefined, now);
}
