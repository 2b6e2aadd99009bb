/**
 * The admin's queue health against a Redis server of the test's own: counts per queue, schedulers
 * (one row for all per-series schedulers) with their last run, admin only, and a clear
 * SERVICE_UNAVAILABLE within ~2 s when Redis hangs or is gone.
 */
import { type OwnRedis, startOwnRedis } from '@act/db/testing';
import { Queue, Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { type Cookies, errorCodes, looksDanish } from '../testing/db-state';

const QUERY = `{ jobQueueHealth { checkedAt
  queues { name waiting active delayed failed completed }
  schedulers { id queue jobName count everySeconds pattern timeZone nextRunAt lastRunAt lastOutcome failedCount } } }`;

let redis: OwnRedis;
let api: ApiHarness;
let c: Cookies;

// The API is pointed at the test's own Redis (the env is read when the app boots, in useApiSuite's beforeAll).
const env: Record<string, string> = {};
beforeAll(async () => {
  redis = await startOwnRedis();
  Object.assign(env, { REDIS_URL: redis.url, REDIS_DB: '0' });
});
useApiSuite((s) => ({ api, c } = s), env);
afterAll(() => redis.stop());

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  const value = await fn();
  return { value, ms: Date.now() - start };
}

describe('jobQueueHealth (own Redis server)', () => {
  it('shows counts per queue and each scheduler with its last run, per-series schedulers as one row', async () => {
    const connection = { url: redis.url };
    const scheduling = new Queue('scheduling', { connection, prefix: 'act' });
    const system = new Queue('system', { connection, prefix: 'act' });
    const [a, b] = [randomUUID(), randomUUID()];
    try {
      for (const id of [a, b]) {
        await scheduling.upsertJobScheduler(`meeting-series:${id}`, { pattern: '20 1 * * *', tz: 'Europe/Copenhagen' }, {
          name: 'scheduling.series-materialise',
          data: { tenantId: randomUUID(), seriesId: id },
        });
      }
      await scheduling.upsertJobScheduler('meeting-series-reconcile', { every: 300_000, startDate: Date.now() + 60_000 }, { name: 'scheduling.series-reconcile' });
      await scheduling.add('scheduling.series-changed', { tenantId: randomUUID(), seriesId: a });
      // One job that fails for good, in the system queue.
      await system.add('system.heartbeat', {}, { attempts: 1 });
      const worker = new Worker('system', () => Promise.reject(new Error('boom')), { connection, prefix: 'act' });
      await new Promise((resolve) => worker.once('failed', resolve));
      await worker.close();
      // Last runs as the worker records them (apps/worker/src/jobs/scheduler-runs.ts).
      await scheduling.getBackend().client.then((client) =>
        client.hset('act-ops:scheduler-runs:scheduling', {
          [`meeting-series:${a}`]: JSON.stringify({ at: '2026-12-01T00:20:01.000Z', outcome: 'completed' }),
          [`meeting-series:${b}`]: JSON.stringify({ at: '2026-12-02T00:20:01.000Z', outcome: 'failed' }),
          'meeting-series-reconcile': JSON.stringify({ at: '2026-12-02T10:00:00.000Z', outcome: 'completed' }),
        }),
      );

      const res = await api.gql(QUERY, {}, c.admin);
      expect(res.errors).toBeUndefined();
      const health = res.data!.jobQueueHealth;
      expect(health.queues).toEqual([
        { name: 'scheduling', waiting: 1, active: 0, delayed: 3, failed: 0, completed: 0 },
        { name: 'system', waiting: 0, active: 0, delayed: 0, failed: 1, completed: 0 },
      ]);
      expect(health.schedulers).toEqual([
        {
          id: 'meeting-series-reconcile',
          queue: 'scheduling',
          jobName: 'scheduling.series-reconcile',
          count: 1,
          everySeconds: 300,
          pattern: null,
          timeZone: null,
          nextRunAt: expect.any(String),
          lastRunAt: '2026-12-02T10:00:00.000Z',
          lastOutcome: 'COMPLETED',
          failedCount: 0,
        },
        {
          id: 'meeting-series:*',
          queue: 'scheduling',
          jobName: 'scheduling.series-materialise',
          count: 2,
          everySeconds: null,
          pattern: '20 1 * * *',
          timeZone: 'Europe/Copenhagen',
          nextRunAt: expect.any(String),
          lastRunAt: '2026-12-02T00:20:01.000Z',
          lastOutcome: 'FAILED',
          failedCount: 1,
        },
      ]);
    } finally {
      await Promise.all([scheduling.close(), system.close()]);
    }
  });

  it('is for the admin only', async () => {
    for (const role of ['leader', 'member', 'steeringGroup'] as const) {
      expect(errorCodes(await api.gql(QUERY, {}, c[role]))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await api.gql(QUERY, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('says clearly, within ~2 s, that Redis does not answer — hung or gone — and recovers', async () => {
    redis.pause();
    const hung = await timed(() => api.gql(QUERY, {}, c.admin));
    redis.resume();
    expect(errorCodes(hung.value)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(looksDanish(hung.value.errors![0].message)).toBe(true);
    expect(hung.ms).toBeLessThan(3000);

    await redis.stop();
    const gone = await timed(() => api.gql(QUERY, {}, c.admin));
    expect(errorCodes(gone.value)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(gone.ms).toBeLessThan(1000);
    // Other operations go on without Redis.
    expect((await api.gql('{ me { id } }', {}, c.admin)).errors).toBeUndefined();

    await redis.start();
    const deadline = Date.now() + 15_000;
    let back = await api.gql(QUERY, {}, c.admin);
    while (back.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      back = await api.gql(QUERY, {}, c.admin);
    }
    expect(back.errors).toBeUndefined();
    expect(back.data!.jobQueueHealth.queues).toEqual([]); // a new, empty Redis
  });
});
