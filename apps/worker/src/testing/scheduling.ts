/**
 * Helpers for the scheduling integration tests: series written straight into PostgreSQL (as the
 * API would), the figures the tests compare, and the test's own Redis database.
 */
import { ownerDataSource, type TestTenant } from '@act/db/testing';
import IORedis from 'ioredis';
import { seriesIdOfScheduler } from '../scheduling/meeting-series.schedulers';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:63799';
/** scripts/test.sh sets REDIS_DB to the run's own database (ACT_TEST_REDIS_DB). */
export const REDIS_DB = process.env.REDIS_DB ?? '5';

export function redisClient(url = REDIS_URL, db = REDIS_DB): IORedis {
  return new IORedis(url, { db: Number(db), maxRetriesPerRequest: 1 });
}

export interface SeriesFields {
  /** Steering meetings belong to no team; the others to the test tenant's team. */
  kind?: string;
  /** Default: the test tenant's team. */
  teamId?: string;
  rrule?: string;
  startDate?: string;
  startTime?: string;
  /** Default: the day before the start, i.e. nothing materialised yet. */
  materialisedUntil?: string;
  endedOn?: string | null;
  /** Default 1440 (a day before). Up to 20160: two weeks before, so the next weeks' reminders are due at once. */
  remindMinutesBefore?: number;
}

/** A series as the API stores it, materialised up to `materialisedUntil`. */
export async function createSeries(t: TestTenant, f: SeriesFields = {}): Promise<string> {
  const owner = await ownerDataSource();
  const startDate = f.startDate ?? new Date().toISOString().slice(0, 10);
  const [row] = await owner.query<Array<{ id: string }>>(
    `INSERT INTO meeting_series (tenant_id, kind, team_id, title, rrule, start_date, start_time, duration_minutes, place,
       materialised_until, created_by, ended_on, remind_minutes_before)
     VALUES ($1, $2, $3, 'Test', $4, $5::date, $6, 60, 'Mødelokalet', COALESCE($7::date, $5::date - 1), $8, $9, $10) RETURNING id`,
    [t.tenantId, f.kind ?? 'supervision', f.kind === 'steering_meeting' ? null : (f.teamId ?? t.team.id), f.rrule ?? 'FREQ=WEEKLY;BYDAY=TU', startDate, f.startTime ?? '09:00',
      f.materialisedUntil ?? null, t.leader.id, f.endedOn ?? null, f.remindMinutesBefore ?? 1440],
  );
  return row.id;
}

/** Every series in the database that should have a scheduler (all tenants: the worker sees them all). */
export async function openSeriesIds(): Promise<string[]> {
  const owner = await ownerDataSource();
  const rows = await owner.query<Array<{ id: string }>>(
    `SELECT id FROM meeting_series WHERE ended_on IS NULL OR ended_on > materialised_until ORDER BY id`,
  );
  return rows.map((r) => r.id);
}

/** Occurrences per series of a tenant, with how many distinct keys they have (equal = no doubles). */
export async function occurrenceCounts(tenantId: string): Promise<Record<string, { rows: number; keys: number }>> {
  const owner = await ownerDataSource();
  const rows = await owner.query<Array<{ series_id: string; rows: number; keys: number }>>(
    `SELECT series_id, count(*)::int AS rows, count(DISTINCT original_date)::int AS keys
     FROM meeting_occurrence WHERE tenant_id = $1 GROUP BY series_id`,
    [tenantId],
  );
  return Object.fromEntries(rows.map((r) => [r.series_id, { rows: r.rows, keys: r.keys }]));
}

/** The `meeting-series:*` schedulers in Redis: series id -> how many schedulers name it. */
export function countSeriesSchedulers(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) {
    const id = seriesIdOfScheduler(key);
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
