/**
 * The API's fire-and-forget queue client against a Redis server of the test's own (so it can be
 * killed and frozen): nudges go onto the worker's queue with ids only, a dead or hung Redis costs
 * a request at most ~1 s and never an error, and the after-commit hook runs only on commit.
 */
import { type OwnRedis, startOwnRedis } from '@act/db/testing';
import IORedis from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../common/request/request-context';
import { finishRequest, onCommit } from '../common/request/request-lifecycle';
import { loadConfig } from '../config';
import { DATA_SOURCE } from '../database/database.module';
import { type ApiHarness, startApi } from '../testing/api-harness';
import { SchedulingQueue, WorkerRedis } from './scheduling-queue';

let redis: OwnRedis;
let client: WorkerRedis;
let queue: SchedulingQueue;
let inspect: IORedis;

async function until(probe: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  const value = await fn();
  return { value, ms: Date.now() - start };
}

beforeAll(async () => {
  redis = await startOwnRedis();
  client = new WorkerRedis({ ...loadConfig(), redisUrl: redis.url, redisDb: 0 });
  queue = new SchedulingQueue(client);
  inspect = new IORedis(redis.url, { maxRetriesPerRequest: 1, lazyConnect: true });
  await until(() => client.ready);
});

afterAll(async () => {
  await queue.onApplicationShutdown();
  await client.onApplicationShutdown();
  inspect.disconnect();
  await redis.stop();
});

describe('SchedulingQueue (own Redis server)', () => {
  it('puts the series nudge on the worker queue with ids only, and a second nudge while it waits adds nothing', async () => {
    const tenantId = randomUUID();
    const seriesId = randomUUID();
    queue.seriesChanged(tenantId, seriesId);
    expect(await queue.enqueue('scheduling.series-changed', { tenantId, seriesId }, `series-changed:${seriesId}`)).toBe(true);
    await inspect.connect();
    const waiting = await inspect.lrange('act:scheduling:wait', 0, -1);
    expect(waiting).toHaveLength(1);
    const job = await inspect.hgetall(`act:scheduling:${waiting[0]}`);
    expect(job.name).toBe('scheduling.series-changed');
    expect(JSON.parse(job.data)).toEqual({ tenantId, seriesId });
    expect(JSON.parse(job.opts)).toMatchObject({ attempts: 5, removeOnComplete: { age: 86400, count: 1000 } });
  });

  it('never holds a caller when Redis hangs (1 s) or is gone (at once), and works again when it returns', async () => {
    const args = ['scheduling.series-changed', { tenantId: randomUUID(), seriesId: randomUUID() }, randomUUID()] as const;

    redis.pause(); // connected, but nothing answers
    const hung = await timed(() => queue.enqueue(...args));
    redis.resume();
    expect(hung.value).toBe(false);
    expect(hung.ms).toBeGreaterThanOrEqual(900);
    expect(hung.ms).toBeLessThan(1500);

    await redis.stop();
    await until(() => !client.ready);
    const gone = await timed(() => queue.enqueue(...args));
    expect(gone).toEqual({ value: false, ms: expect.any(Number) });
    expect(gone.ms).toBeLessThan(50);
    expect(() => queue.seriesChanged(randomUUID(), randomUUID())).not.toThrow();

    await redis.start(); // empty, like a replaced server
    await until(() => client.ready);
    expect(await queue.enqueue(...args)).toBe(true);
  });
});

describe('onCommit (real API transaction)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  async function request(commit: boolean): Promise<string[]> {
    const ran: string[] = [];
    const qr = api.app.get<DataSource>(DATA_SOURCE).createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    const ctx = { queryRunner: qr, db: qr.manager, audit: [], finished: false, requestId: 'test' } as unknown as RequestContext;
    onCommit(ctx, () => ran.push('first'));
    onCommit(ctx, () => {
      throw new Error('a failing hook is logged, not thrown');
    });
    onCommit(ctx, () => ran.push('second'));
    expect(ran).toEqual([]); // nothing before the commit
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await finishRequest(ctx, commit);
    spy.mockRestore();
    return ran;
  }

  it('runs the work after a commit, in order, and never after a rollback', async () => {
    expect(await request(true)).toEqual(['first', 'second']);
    expect(await request(false)).toEqual([]);
  });
});
