import 'reflect-metadata';
import { Injectable } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { request } from 'node:http';
import { HealthServer } from './health/health.server';
import type { HealthReport } from './health/health.service';
import { HandlesJob, type JobHandler, type JobOf } from './jobs/job-handler';
import { HeartbeatHandler } from './system/heartbeat.handler';
import { HEARTBEAT_SCHEDULER_ID } from './system/heartbeat.scheduler';
import { HeartbeatState } from './system/heartbeat.state';
import { WorkerModule } from './worker.module';

// Real Redis (its own database number, flushed before each app starts) and real PostgreSQL.
// The superuser URL is enough here: the health check only runs `select 1`.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:63799';
const REDIS_DB = '6';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/postgres';

const env = {
  REDIS_URL,
  REDIS_DB,
  ACT_WORKER_DATABASE_URL: DATABASE_URL,
  WORKER_HEALTH_PORT: '0',
  WORKER_HEALTH_HOST: '127.0.0.1',
};

async function flushRedis(): Promise<void> {
  const redis = new IORedis(REDIS_URL, { db: Number(REDIS_DB), lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  await redis.flushdb();
  await redis.quit();
}

function getHealth(port: number): Promise<{ status: number; body: HealthReport }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/health', method: 'GET' }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as HealthReport }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function prepare(overrides: Record<string, string> = {}): Promise<void> {
  Object.assign(process.env, env, overrides);
  await flushRedis();
}

async function compileWorker(configure?: (builder: ReturnType<typeof Test.createTestingModule>) => void): Promise<TestingModule> {
  await prepare();
  const builder = Test.createTestingModule({ imports: [WorkerModule] });
  configure?.(builder);
  return builder.compile();
}

describe('worker (real Redis and PostgreSQL)', () => {
  const savedEnv = { ...process.env };
  afterAll(() => {
    process.env = savedEnv;
  });

  it('boots, reports healthy, runs the heartbeat job, and closes', async () => {
    const app = await compileWorker();
    await app.init();
    try {
      const port = app.get(HealthServer).address()!.port;
      const health = await getHealth(port);
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'ok', redis: true, postgres: true });

      // Exactly one heartbeat scheduler, with the queue's cleanup defaults.
      const queue = app.get<Queue>(getQueueToken('system'));
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key)).toEqual([HEARTBEAT_SCHEDULER_ID]);

      // Add a heartbeat by hand and wait for it to complete.
      const state = app.get(HeartbeatState);
      const job = await queue.add('system.heartbeat', {});
      expect(job.opts.removeOnComplete).toEqual({ age: 86400, count: 1000 });
      await waitFor(async () => ((await job.getState()) === 'completed' ? true : undefined));
      expect(state.lastRunAt).toBeInstanceOf(Date);

      const after = await getHealth(port);
      expect(after.body.lastHeartbeat).toBe(state.lastRunAt!.toISOString());
    } finally {
      await app.close();
    }
    // The health server is gone after close.
    await expect(getHealth(app.get(HealthServer).address()?.port ?? 1)).rejects.toThrow();
  });

  it('upserting the scheduler again on a second boot keeps one scheduler', async () => {
    Object.assign(process.env, env);
    const first = await compileWorker();
    await first.init();
    await first.close();
    const second = await Test.createTestingModule({ imports: [WorkerModule] }).compile(); // no flush
    await second.init();
    try {
      const schedulers = await second.get<Queue>(getQueueToken('system')).getJobSchedulers();
      expect(schedulers).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('lets a running job finish when the app closes', async () => {
    let finished = false;
    let startedJobId: string | undefined;

    @Injectable()
    @HandlesJob('system.heartbeat')
    class SlowHeartbeat implements JobHandler<'system.heartbeat'> {
      async handle(job: JobOf<'system.heartbeat'>): Promise<void> {
        startedJobId = job.id;
        await new Promise((resolve) => setTimeout(resolve, 800));
        finished = true;
      }
    }

    const app = await compileWorker((builder) => builder.overrideProvider(HeartbeatHandler).useClass(SlowHeartbeat));
    await app.init();
    // The scheduler's first heartbeat (or this one) becomes active; close while it runs.
    await app.get<Queue>(getQueueToken('system')).add('system.heartbeat', {});
    const activeJobId = await waitFor(() => startedJobId);
    await app.close();
    expect(finished).toBe(true);

    const check = new IORedis(REDIS_URL, { db: Number(REDIS_DB) });
    try {
      // BullMQ keys: <prefix>:<queue>:<id>; the job hash records when it finished.
      expect(await check.hget(`act:system:${activeJobId}`, 'finishedOn')).not.toBeNull();
    } finally {
      await check.quit();
    }
  });

  it('refuses to boot when a job has two handlers', async () => {
    @Injectable()
    @HandlesJob('system.heartbeat')
    class DuplicateHeartbeat implements JobHandler<'system.heartbeat'> {
      async handle(): Promise<void> {}
    }

    await prepare();
    const broken = await Test.createTestingModule({ imports: [WorkerModule], providers: [DuplicateHeartbeat] }).compile();
    try {
      await expect(broken.init()).rejects.toThrow(
        'Job "system.heartbeat" has 2 handlers (DuplicateHeartbeat, HeartbeatHandler); exactly one is allowed',
      );
      // No worker was started, so nothing was scheduled either.
      expect(await broken.get<Queue>(getQueueToken('system')).getJobSchedulers()).toEqual([]);
    } finally {
      await broken.close();
    }
  });

  it('reports degraded with 503 when PostgreSQL does not answer', async () => {
    await prepare({ ACT_WORKER_DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none' });
    const app = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
    await app.init();
    try {
      const health = await getHealth(app.get(HealthServer).address()!.port);
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'degraded', redis: true, postgres: false });
    } finally {
      await app.close();
      Object.assign(process.env, env);
    }
  });
});
