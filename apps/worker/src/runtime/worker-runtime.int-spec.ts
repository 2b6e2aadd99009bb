/**
 * Operating the worker (issue 15): liveness and readiness probes, and Prometheus metrics — queue
 * depth, job outcomes and durations per job name, scheduler lag — on their own port. The worker
 * gets a Redis server of its own, so nothing here touches another suite's queues.
 */
import 'reflect-metadata';
import { type OwnRedis, startOwnRedis, testDatabaseUrls } from '@act/db/testing';
import { getQueueToken } from '@nestjs/bullmq';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { HealthServer } from '../health/health.server';
import { WorkerModule } from '../worker.module';
import { WorkerMetrics } from './worker-metrics';

function sample(text: string, name: string, labels: Record<string, string>): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.split(' ').pop()) : 0;
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('worker runtime: probes and metrics', () => {
  const saved = { ...process.env };
  let redis: OwnRedis;
  let app: TestingModule;
  let health: number;
  let metrics: number;
  const get = async (port: number, path: string) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: res.status, text: await res.text() };
  };

  beforeAll(async () => {
    redis = await startOwnRedis();
    Object.assign(process.env, {
      REDIS_URL: redis.url,
      REDIS_DB: '0',
      ACT_WORKER_DATABASE_URL: testDatabaseUrls().app,
      WORKER_HEALTH_HOST: '127.0.0.1',
      WORKER_HEALTH_PORT: '0',
      METRICS_PORT: '0',
    });
    app = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
    await app.init();
    health = app.get(HealthServer).address()!.port;
    metrics = app.get(WorkerMetrics).address()!.port;
  });
  afterAll(async () => {
    await app?.close();
    await redis?.stop();
    process.env = saved;
  });

  it('counts jobs per name and outcome, their durations, queue depth and scheduler lag', async () => {
    const first = await get(metrics, '/metrics');
    expect(first.status).toBe(200);
    for (const series of ['process_resident_memory_bytes', 'act_queue_jobs{queue="system",state="waiting"}', 'act_queue_jobs{queue="mail",state="failed"}']) {
      expect(first.text).toContain(series);
    }
    const system = app.get<Queue>(getQueueToken('system'));
    const done = await system.add('system.heartbeat', {});
    const broken = await system.add('system.no-such-job', {}, { attempts: 1 });
    await until(async () => ((await done.getState()) === 'completed' && (await broken.getState()) === 'failed' ? true : undefined));
    // A scheduler's jobs: each run measures how late it started after its due time.
    await system.upsertJobScheduler('test-lag', { every: 300 }, { name: 'system.heartbeat' });
    const text = await until(async () => {
      const { text } = await get(metrics, '/metrics');
      return sample(text, 'act_scheduler_lag_seconds_count', { job: 'system.heartbeat' }) >= 1 ? text : undefined;
    });
    await system.removeJobScheduler('test-lag');
    expect(sample(text, 'act_jobs_total', { job: 'system.heartbeat', outcome: 'completed' })).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'act_jobs_total', { job: 'unknown', outcome: 'failed' })).toBe(1);
    expect(sample(text, 'act_job_duration_seconds_count', { job: 'system.heartbeat' })).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'act_queue_jobs', { queue: 'system', state: 'failed' })).toBe(1);
    expect(sample(text, 'act_scheduler_lag_seconds_bucket', { job: 'system.heartbeat', le: '+Inf' })).toBeGreaterThanOrEqual(1);
    expect((await get(metrics, '/health')).status).toBe(404);
  });

  it('liveness answers without dependencies; readiness fails while Redis hangs, and recovers', async () => {
    expect(await get(health, '/health/live')).toEqual({ status: 200, text: '{"status":"ok"}' });
    expect((await get(health, '/health/ready')).status).toBe(200);
    // A hung Redis (SIGSTOP): connections stay open, nothing answers — the 1 s timeout decides.
    redis.pause();
    try {
      const started = Date.now();
      const down = await get(health, '/health/ready');
      expect(down.status).toBe(503);
      expect(JSON.parse(down.text)).toMatchObject({ status: 'degraded', redis: false, postgres: true });
      expect(Date.now() - started).toBeLessThan(5000);
      expect((await get(health, '/health/live')).status).toBe(200);
    } finally {
      redis.resume();
    }
    await until(async () => ((await get(health, '/health/ready')).status === 200 ? true : undefined), 20_000);
  });
});
