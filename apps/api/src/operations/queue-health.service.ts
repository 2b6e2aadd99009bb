import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { WORKER_QUEUE_PREFIX, WorkerRedis } from '../scheduling/scheduling-queue';
import { QueueHealthUnavailableException } from './queue-health.exception';
import type { JobQueueCountsModel, JobQueueHealthModel, JobSchedulerHealthModel } from './queue-health.model';

/** The whole read gets this long; then the page says Redis does not answer. */
export const QUEUE_HEALTH_TIMEOUT_MS = 2000;
/** Written by the worker (apps/worker/src/jobs/scheduler-runs.ts): scheduler id -> {"at", "outcome"}. */
const RUNS_KEY_PREFIX = 'act-ops:scheduler-runs:';
/** Schedulers named `<kind>:<uuid>` (one per meeting series) are shown as one row per kind. */
const PER_OBJECT = /^(.+):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Run {
  at: string;
  outcome: 'completed' | 'failed';
}

/**
 * Queue health for the admin: counts per queue and the last run of each scheduler, read from
 * Redis with a short timeout. The queues are found in Redis (BullMQ's `<prefix>:<queue>:meta`),
 * so a queue the worker adds shows up without a change here. Job data is never read.
 */
@Injectable()
export class QueueHealthService implements OnApplicationShutdown {
  private readonly queues = new Map<string, Queue>();

  constructor(private readonly redis: WorkerRedis) {}

  async read(): Promise<JobQueueHealthModel> {
    if (!this.redis.ready) throw new QueueHealthUnavailableException();
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        this.readAll(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), QUEUE_HEALTH_TIMEOUT_MS);
        }),
      ]);
    } catch (error) {
      this.redis.warn(`Queue health not read: ${(error as Error).message}`);
      throw new QueueHealthUnavailableException();
    } finally {
      clearTimeout(timer);
    }
  }

  private async readAll(): Promise<JobQueueHealthModel> {
    const names = await this.queueNames();
    const perQueue = await Promise.all(names.map((name) => this.readQueue(name)));
    return {
      checkedAt: new Date(),
      queues: perQueue.map((q) => q.counts),
      schedulers: perQueue.flatMap((q) => q.schedulers),
    };
  }

  private async queueNames(): Promise<string[]> {
    const names = new Set<string>();
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.client.scan(cursor, 'MATCH', `${WORKER_QUEUE_PREFIX}:*:meta`, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) {
        const name = key.slice(WORKER_QUEUE_PREFIX.length + 1, -':meta'.length);
        if (name && !name.includes(':')) names.add(name);
      }
    } while (cursor !== '0');
    return [...names].sort();
  }

  private async readQueue(name: string): Promise<{ counts: JobQueueCountsModel; schedulers: JobSchedulerHealthModel[] }> {
    const queue = this.queue(name);
    const [counts, schedulers, runs] = await Promise.all([
      queue.getJobCounts('wait', 'prioritized', 'active', 'delayed', 'failed', 'completed'),
      queue.getJobSchedulers(),
      this.redis.client.hgetall(`${RUNS_KEY_PREFIX}${name}`),
    ]);
    const groups = new Map<string, JobSchedulerHealthModel>();
    for (const scheduler of schedulers) {
      const id = scheduler.key.replace(PER_OBJECT, '$1:*');
      const run = parseRun(runs[scheduler.key]);
      const next = scheduler.next ? new Date(scheduler.next) : null;
      const group = groups.get(id) ?? {
        id,
        queue: name,
        jobName: scheduler.name,
        count: 0,
        everySeconds: scheduler.every ? Math.round(Number(scheduler.every) / 1000) : null,
        pattern: scheduler.pattern ?? null,
        timeZone: scheduler.tz ?? null,
        nextRunAt: null,
        lastRunAt: null,
        lastOutcome: null,
        failedCount: 0,
      };
      group.count++;
      if (next && (!group.nextRunAt || next < group.nextRunAt)) group.nextRunAt = next;
      if (run) {
        const at = new Date(run.at);
        if (!group.lastRunAt || at > group.lastRunAt) {
          group.lastRunAt = at;
          group.lastOutcome = run.outcome;
        }
        if (run.outcome === 'failed') group.failedCount++;
      }
      groups.set(id, group);
    }
    return {
      counts: {
        name,
        waiting: (counts.wait ?? 0) + (counts.prioritized ?? 0),
        active: counts.active ?? 0,
        delayed: counts.delayed ?? 0,
        failed: counts.failed ?? 0,
        completed: counts.completed ?? 0,
      },
      schedulers: [...groups.values()].sort((a, b) => a.id.localeCompare(b.id)),
    };
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.redis.client, prefix: WORKER_QUEUE_PREFIX });
      queue.on('error', (error: Error) => this.redis.warn(`Queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
  }
}

function parseRun(value: string | undefined): Run | null {
  if (!value) return null;
  try {
    const run = JSON.parse(value) as Partial<Run>;
    return typeof run.at === 'string' && (run.outcome === 'completed' || run.outcome === 'failed') ? (run as Run) : null;
  } catch {
    return null;
  }
}
