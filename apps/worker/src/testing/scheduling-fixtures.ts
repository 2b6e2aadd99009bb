/**
 * Meeting series and due reminders for worker tests, written with the owner role (BYPASSRLS).
 * Occurrences are inserted directly (not materialised) so a test controls remind_at exactly.
 */
import type { DataSource } from 'typeorm';

export interface SeriesFixture {
  kind: 'team_meeting' | 'supervision' | 'sparring' | 'evaluation_day' | 'steering_meeting';
  teamId: string | null;
  createdBy: string;
  memberId?: string | null;
  supervisorEmail?: string | null;
  /** Free text that must never reach a mail. */
  title?: string;
  place?: string;
}

export async function createSeries(owner: DataSource, tenantId: string, f: SeriesFixture): Promise<string> {
  const [row] = await owner.query<Array<{ id: string }>>(
    `INSERT INTO meeting_series (tenant_id, kind, team_id, member_id, title, rrule, start_date, start_time, duration_minutes, place,
       supervisor_name, supervisor_email, materialised_until, created_by)
     VALUES ($1, $2, $3, $4, $5, 'FREQ=WEEKLY;BYDAY=TU', '2026-01-06', '13:00', 60, $6, $7, $8, '2026-01-05', $9)
     RETURNING id`,
    [
      tenantId,
      f.kind,
      f.teamId,
      f.memberId ?? null,
      f.title ?? 'Møde om Jens Testesen',
      f.place ?? 'Hjemme hos Jens, Testvej 1',
      f.supervisorEmail ? 'Ekstern Supervisor' : null,
      f.supervisorEmail ?? null,
      f.createdBy,
    ],
  );
  return row.id;
}

export interface DueOptions {
  /** Minutes from now to each start (default 60: upcoming). Negative: already started. */
  startsInMinutes?: number;
  /** Seconds ago each reminder fell due (default 1). Negative: not yet due. */
  dueSecondsAgo?: number;
  /** The first original_date; each next occurrence is one day later (the occurrence key). */
  firstDate?: string;
  /** Spread the reminders over this many seconds after the due time (default 0: all at once). */
  spreadSeconds?: number;
}

/** `count` planned occurrences of the series with their reminders due now. Returns their ids. */
export async function createDueOccurrences(owner: DataSource, seriesId: string, count: number, options: DueOptions = {}): Promise<string[]> {
  const { startsInMinutes = 60, dueSecondsAgo = 1, firstDate = '2030-01-01', spreadSeconds = 0 } = options;
  const rows = await owner.query<Array<{ id: string }>>(
    `INSERT INTO meeting_occurrence (tenant_id, series_id, kind, team_id, original_date, starts_at, ends_at, place, remind_at)
     SELECT s.tenant_id, s.id, s.kind, s.team_id, $3::date + i, now() + make_interval(mins => $4), now() + make_interval(mins => $4 + 60),
            s.place, now() - make_interval(secs => $5) + make_interval(secs => CASE WHEN $6 > 0 THEN (i * 37) % $6 ELSE 0 END)
     FROM meeting_series s CROSS JOIN generate_series(0, $2 - 1) AS i
     WHERE s.id = $1
     RETURNING id`,
    [seriesId, count, firstDate, startsInMinutes, dueSecondsAgo, spreadSeconds],
  );
  return rows.map((row) => row.id);
}
