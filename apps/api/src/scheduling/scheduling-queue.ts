/**
 * The API's only way onto the worker's queues (ADR 0013): fire-and-forget nudges after commit.
 *
 * PostgreSQL is the truth and the worker's reconciler makes Redis match it every 5 minutes, so a
 * nudge only makes the worker act sooner. It is therefore never allowed to hold or fail a request:
 * when Redis is not connected the nudge is skipped at once, and a connected but slow Redis gets
 * 1 s — either way a warning, at most one a minute, and the request goes on.
 *
 * Use it after the request's transaction has committed (the worker reads the rows in its own
 * transaction, so before commit it might not see them, or see rows that are then rolled back):
 *
 *   import { onCommit } from '../common/request/request-lifecycle';
 *   onCommit(ctx, () => this.schedulingQueue.seriesChanged(viewer.tenantId, series.id));
 *
 * Job names, queue and prefix must match apps/worker/src/jobs/job-names.ts and worker.module.ts;
 * the Redis-down integration test (apps/api/src/scheduling/scheduling-queue.int-spec.ts) runs the
 * real worker on what this enqueues.
 */
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { API_CONFIG, type ApiConfig } from '../config';

export const WORKER_QUEUE_PREFIX = 'act';
const QUEUE = 'scheduling';
const SERIES_CHANGED = 'scheduling.series-changed';
export const ENQUEUE_TIMEOUT_MS = 1000;
const WARN_EVERY_MS = 60_000;

/** As the worker's own jobs: retries with backoff, finished jobs kept a while and then trimmed. */
const JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
} as const;

/** One Redis connection for the API (queues and the admin's queue health), never queuing commands while down. */
@Injectable()
export class WorkerRedis implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private lastWarning = 0;
  private suppressed = 0;
  readonly client: IORedis;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.client = new IORedis(config.redisUrl, {
      db: config.redisDb,
      // Fail at once while disconnected instead of queuing the command until Redis returns.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      // Keep trying in the background, at most every 5 s.
      retryStrategy: (times) => Math.min(times * 500, 5000),
    });
    this.client.on('error', (error: Error) => this.warn(`Redis: ${error.message}`));
  }

  get ready(): boolean {
    return this.client.status === 'ready';
  }

  /** A warning at most once a minute, with how many were suppressed; never job data. */
  warn(message: string): void {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) {
      this.suppressed++;
      return;
    }
    const more = this.suppressed ? ` (${this.suppressed} similar suppressed)` : '';
    this.logger.warn(`${message}${more}`);
    this.lastWarning = now;
    this.suppressed = 0;
  }

  async onApplicationShutdown(): Promise<void> {
    this.client.disconnect();
    return Promise.resolve();
  }
}

@Injectable()
export class SchedulingQueue implements OnApplicationShutdown {
  private readonly queue: Queue;

  constructor(private readonly redis: WorkerRedis) {
    this.queue = new Queue(QUEUE, { connection: redis.client, prefix: WORKER_QUEUE_PREFIX });
    this.queue.on('error', (error: Error) => redis.warn(`Queue ${QUEUE}: ${error.message}`));
  }

  /**
   * A series was created, changed or ended: the worker tops it up and adds or removes its job
   * scheduler now rather than at the next reconcile. Ids only. Returns at once; call it after commit.
   */
  seriesChanged(tenantId: string, seriesId: string): void {
    void this.enqueue(SERIES_CHANGED, { tenantId, seriesId }, `series-changed:${seriesId}`);
  }

  /** Resolves true when Redis took the job; false (and a warning) otherwise. Never rejects. */
  async enqueue(name: string, data: Record<string, string>, dedupeId: string): Promise<boolean> {
    if (!this.redis.ready) {
      this.redis.warn(`Redis is not connected: job ${name} skipped; the worker's reconciler catches up`);
      return false;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        // While a job for this series waits, a new nudge adds nothing; while one runs, one more follows it.
        this.queue.add(name, data, { ...JOB_OPTIONS, deduplication: { id: dedupeId, keepLastIfActive: true } }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
        }),
      ]);
      return true;
    } catch (error) {
      this.redis.warn(`Job ${name} not queued (${(error as Error).message}); the worker's reconciler catches up`);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }
}
