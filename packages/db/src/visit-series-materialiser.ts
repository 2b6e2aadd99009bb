/**
 * Materialises a weekly visit series as `visit` rows up to a horizon (ADR 0008). Shared by the
 * API (at creation, so the planner sees the occurrences at once) and the worker (daily top-up).
 *
 * Idempotent and safe under concurrency: the series row is locked, each occurrence is keyed by
 * (series_id, series_date) with ON CONFLICT DO NOTHING, and `materialised_until` only grows. A
 * moved occurrence keeps its key, so a later top-up never recreates it at the old time.
 */
import { addDays, copenhagenToday, expandWeeklySeries, parseWeeklyRule } from '@act/domain';
/**
 * Anything that runs SQL and resolves to the result rows: a TypeORM EntityManager (API) or a
 * pg client wrapped to return `rows` (worker).
 */
export interface RowQueryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** How far ahead occurrences exist as rows: four weeks from today (Copenhagen). */
export const VISIT_SERIES_HORIZON_DAYS = 28;

export function visitSeriesHorizon(now: Date = new Date()): string {
  return addDays(copenhagenToday(now), VISIT_SERIES_HORIZON_DAYS);
}

interface SeriesRow {
  id: string;
  tenant_id: string;
  rrule: string;
  start_date: string;
  start_time: string;
  duration_minutes: number;
  materialised_until: string;
}

/**
 * Creates the series' missing occurrences up to `through` (a local date, inclusive) in the
 * caller's transaction. Returns the ids of the visits it created (none for a stopped series).
 */
export async function materialiseVisitSeries(db: RowQueryable, seriesId: string, through: string): Promise<string[]> {
  const [series] = (await db.query(
    `SELECT id, tenant_id, rrule, to_char(start_date, 'YYYY-MM-DD') AS start_date, start_time, duration_minutes,
            to_char(materialised_until, 'YYYY-MM-DD') AS materialised_until
     FROM visit_series WHERE id = $1 AND stopped_at IS NULL FOR UPDATE`,
    [seriesId],
  )) as SeriesRow[];
  if (!series || series.materialised_until >= through) return [];
  const occurrences = expandWeeklySeries(
    {
      rule: parseWeeklyRule(series.rrule, series.start_date),
      startDate: series.start_date,
      startTime: series.start_time,
      durationMinutes: series.duration_minutes,
    },
    addDays(series.materialised_until, 1),
    through,
  );
  let created: Array<{ id: string }> = [];
  if (occurrences.length) {
    created = (await db.query(
      `WITH ins AS (
         INSERT INTO visit (tenant_id, citizen_id, series_id, series_date, planned_start, planned_end,
                            place_kind, place_text, purpose, goal_id, created_by)
         SELECT s.tenant_id, s.citizen_id, s.id, o.d, o.st, o.en, s.place_kind, s.place_text, s.purpose, s.goal_id, s.created_by
         FROM unnest($2::date[], $3::timestamptz[], $4::timestamptz[]) AS o(d, st, en)
         CROSS JOIN visit_series s WHERE s.id = $1
         ON CONFLICT (series_id, series_date) WHERE series_id IS NOT NULL DO NOTHING
         RETURNING id
       ), members AS (
         INSERT INTO visit_member (visit_id, member_id, tenant_id)
         SELECT ins.id, sm.member_id, sm.tenant_id FROM ins CROSS JOIN visit_series_member sm WHERE sm.series_id = $1
       )
       SELECT id FROM ins`,
      [seriesId, occurrences.map((o) => o.date), occurrences.map((o) => o.start), occurrences.map((o) => o.end)],
    )) as Array<{ id: string }>;
  }
  await db.query(`UPDATE visit_series SET materialised_until = $2 WHERE id = $1`, [seriesId, through]);
  return created.map((r) => r.id);
}

/** Tops up every open series of the current tenant that ends before the horizon. */
export async function topUpVisitSeries(db: RowQueryable, through: string): Promise<{ series: number; created: number }> {
  const rows = (await db.query(
    `SELECT id FROM visit_series WHERE stopped_at IS NULL AND materialised_until < $1 ORDER BY id`,
    [through],
  )) as Array<{ id: string }>;
  let created = 0;
  for (const row of rows) created += (await materialiseVisitSeries(db, row.id, through)).length;
  return { series: rows.length, created };
}
