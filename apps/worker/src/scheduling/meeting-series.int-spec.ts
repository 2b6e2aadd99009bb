/**
 * Meeting series scheduling against real Redis and PostgreSQL, with the whole worker running
 * in-process: the reconciler gives every open series exactly one scheduler, rebuilds them after
 * Redis is flushed while the worker runs (acceptance test 2), removes them for ended and deleted
 * series, and the API's nudge materialises a new series at once — never doubling an occurrence.
 */
import 'reflect-metadata';
import { addDays, copenhagenToday } from '@act/domain';
import { closeOwnerDataSource, createTestTenant, ownerDataSource, testDatabaseUrls, type TestTenant } from '@act/db/testing';
import { getQueueToken } from '@nestjs/bullmq';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { schedulerRunsKey } from '../jobs/scheduler-runs';
import { WorkerModule } from '../worker.module';
import { RECONCILE_SCHEDULER_ID, SERIES_PATTERN, SERIES_TZ, seriesSchedulerId } from './meeting-series.schedulers';
import { MeetingSeriesScheduling } from './meeting-series.scheduling';
import {
  countSeriesSchedulers,
  createSeries,
  occurrenceCounts,
  openSeriesIds,
  REDIS_DB,
  REDIS_URL,
  redisClient,
  waitFor,
} from '../testing/scheduling';

let app: TestingModule;
let queue: Queue;
let t: TestTenant;
const savedEnv = { ...process.env };
const redis = redisClient();

/** Series schedulers in Redis, and how many pending (delayed) jobs each has. */
async function redisState(): Promise<{ schedulers: Map<string, number>; pendingJobs: Map<string, number>; reconcile: boolean }> {
  const all = await queue.getJobSchedulers();
  const delayed = await queue.getDelayed();
  return {
    schedulers: countSeriesSchedulers(all.map((s) => s.key)),
    pendingJobs: countSeriesSchedulers(delayed.map((j) => j.repeatJobKey ?? '')),
    reconcile: all.some((s) => s.key === RECONCILE_SCHEDULER_ID),
  };
}

/** Waits until Redis has exactly one scheduler, with one pending job, per open series, and nothing else. */
async function waitForReconciled(): Promise<string[]> {
  return waitFor(
    async () => {
      const open = await openSeriesIds();
      const state = await redisState();
      const exact =
        state.reconcile &&
        state.schedulers.size === open.length &&
        open.every((id) => state.schedulers.get(id) === 1 && state.pendingJobs.get(id) === 1) &&
        state.pendingJobs.size === open.length;
      return exact ? open : undefined;
    },
    30_000,
    'one scheduler per open series',
  );
}

/** Mondays from today through today + `days` (Copenhagen dates). */
function mondaysAhead(days: number): number {
  const today = copenhagenToday();
  return Array.from({ length: days + 1 }, (_, i) => addDays(today, i)).filter((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 1).length;
}

beforeAll(async () => {
  Object.assign(process.env, {
    REDIS_URL,
    REDIS_DB,
    ACT_WORKER_DATABASE_URL: testDatabaseUrls().app,
    WORKER_HEALTH_PORT: '0',
    WORKER_SCHEDULING_WATCH_MS: '300',
  });
  await redis.flushdb();
  t = await createTestTenant();
  app = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
  await app.init();
  queue = app.get<Queue>(getQueueToken('scheduling'));
});

afterAll(async () => {
  await app?.close();
  await redis.quit();
  await closeOwnerDataSource();
  process.env = savedEnv;
});

describe('meeting series schedulers (real Redis and PostgreSQL, worker in-process)', () => {
  it('rebuilds exactly one scheduler per open series after Redis is flushed, with no occurrence lost or doubled', async () => {
    const weekly = await createSeries(t, { rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', startTime: '09:00' });
    const monthly = await createSeries(t, { kind: 'sparring', rrule: 'FREQ=MONTHLY;BYDAY=2TU', startTime: '13:00' });
    const quarterly = await createSeries(t, { kind: 'evaluation_day', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15' });
    // Ended and fully materialised: nothing left to create, so no scheduler.
    const ended = await createSeries(t, { startDate: '2026-01-06', materialisedUntil: '2026-03-01', endedOn: '2026-03-01' });
    await app.get(MeetingSeriesScheduling).reconcile();

    const open = await waitForReconciled();
    expect(open).toEqual(expect.arrayContaining([weekly, monthly, quarterly]));
    expect(open).not.toContain(ended);
    const before = await occurrenceCounts(t.tenantId);
    expect(Object.keys(before).sort()).toEqual([weekly, monthly, quarterly].sort());
    for (const id of [weekly, monthly, quarterly]) expect(before[id].rows).toBeGreaterThan(0);
    for (const c of Object.values(before)) expect(c.rows).toBe(c.keys);

    // The scheduler carries ids only and runs daily at a Copenhagen wall-clock time.
    const scheduler = await queue.getJobScheduler(seriesSchedulerId(weekly));
    expect(scheduler).toMatchObject({ pattern: SERIES_PATTERN, tz: SERIES_TZ, name: 'scheduling.series-materialise' });
    expect(scheduler?.template?.data).toEqual({ tenantId: t.tenantId, seriesId: weekly });

    // Wipe Redis under the running worker: it notices the missing reconcile scheduler and rebuilds.
    // (Checked in the same transaction: the worker's watch may put the reconciler back within 300 ms.)
    const wiped = await redis.multi().zcard('act:scheduling:repeat').flushdb().zcard('act:scheduling:repeat').exec();
    expect(wiped?.map(([, value]) => value)).toEqual([open.length + 1, 'OK', 0]);
    const rebuilt = await waitForReconciled();
    expect(rebuilt).toEqual(open);
    expect(await occurrenceCounts(t.tenantId)).toEqual(before);

    // Reconciling again, twice at once, changes nothing.
    const scheduling = app.get(MeetingSeriesScheduling);
    const [a, b] = await Promise.all([scheduling.reconcile(), scheduling.reconcile()]);
    expect([a.failedTenants, b.failedTenants]).toEqual([0, 0]);
    expect(await occurrenceCounts(t.tenantId)).toEqual(before);
    expect(await waitForReconciled()).toEqual(open);
  });

  it('removes the schedulers of ended and deleted series and of series Redis invented', async () => {
    const ending = await createSeries(t);
    const deleted = await createSeries(t);
    await app.get(MeetingSeriesScheduling).reconcile();
    await waitForReconciled();
    const stray = randomUUID();
    await queue.upsertJobScheduler(seriesSchedulerId(stray), { pattern: SERIES_PATTERN, tz: SERIES_TZ }, {
      name: 'scheduling.series-materialise',
      data: { tenantId: t.tenantId, seriesId: stray },
    });

    const owner = await ownerDataSource();
    await owner.query(`UPDATE meeting_series SET ended_on = materialised_until WHERE id = $1`, [ending]);
    await owner.query(`DELETE FROM meeting_occurrence WHERE series_id = $1`, [deleted]);
    await owner.query(`DELETE FROM meeting_series WHERE id = $1`, [deleted]);

    const result = await app.get(MeetingSeriesScheduling).reconcile();
    expect(result.schedulersRemoved).toBeGreaterThanOrEqual(3);
    const open = await waitForReconciled();
    for (const id of [ending, deleted, stray]) {
      expect(open).not.toContain(id);
      expect(await queue.getJobScheduler(seriesSchedulerId(id))).toBeUndefined();
    }
  });

  it('the nudge (scheduling.series-changed) materialises a new series at once and schedules it; its own job then drops it once ended', async () => {
    const fresh = await createSeries(t, { rrule: 'FREQ=WEEKLY;BYDAY=MO' });
    const job = await queue.add('scheduling.series-changed', { tenantId: t.tenantId, seriesId: fresh });
    await waitFor(async () => ((await job.getState()) === 'completed' ? true : undefined), 20_000, 'the nudge');
    const mondays = mondaysAhead(56);
    expect((await occurrenceCounts(t.tenantId))[fresh].rows).toBe(mondays); // a weekly rule: 56 days ahead
    expect(await queue.getJobScheduler(seriesSchedulerId(fresh))).toBeDefined();

    const owner = await ownerDataSource();
    await owner.query(`UPDATE meeting_series SET ended_on = materialised_until WHERE id = $1`, [fresh]);
    const own = await queue.add('scheduling.series-materialise', { tenantId: t.tenantId, seriesId: fresh });
    await waitFor(async () => ((await own.getState()) === 'completed' ? true : undefined), 20_000, 'the series job');
    expect(await queue.getJobScheduler(seriesSchedulerId(fresh))).toBeUndefined();
    expect((await occurrenceCounts(t.tenantId))[fresh].rows).toBe(mondays);
  });

  it('records the last run of each scheduler for the queue health page', async () => {
    const reconcileRun = await waitFor(async () => (await redis.hget(schedulerRunsKey('scheduling'), RECONCILE_SCHEDULER_ID)) ?? undefined);
    expect(JSON.parse(reconcileRun)).toEqual({ at: expect.any(String), outcome: 'completed' });
  });
});
