import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { withTimeout } from '../database/database.service';
import type { JobName } from '../jobs/job-names';
import { throttledWarning } from '../jobs/throttled-warning';
import { RECONCILE_EVERY_MS, RECONCILE_SCHEDULER_ID, SCHEDULING_RETRY } from './meeting-series.schedulers';

const JOB: JobName = 'scheduling.series-reconcile';
/** How often this process checks that Redis still has the reconcile scheduler (a wiped Redis has not). */
const DEFAULT_WATCH_MS = 60_000;

/**
 * Upserts the reconcile scheduler (every 5 minutes) and queues one reconcile at boot. Redis may
 * be wiped or replaced while the worker runs — then the scheduler is gone with everything else —
 * so each process also checks every minute (WORKER_SCHEDULING_WATCH_MS) that it exists, and
 * when it does not, puts it back and reconciles at once.
 */
@Injectable()
export class ReconcileScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReconcileScheduler.name);
  private readonly warn = throttledWarning(this.logger, 60_000);
  private timer: NodeJS.Timeout | undefined;
  private checking = false;

  constructor(@InjectQueue('scheduling') private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await withTimeout(this.schedule(), 10_000);
    } catch (error) {
      throw new Error(`Could not schedule the meeting series reconcile in Redis: ${(error as Error).message}`);
    }
    this.logger.log('Meeting series reconcile scheduled (every 5 minutes) and queued once now');
    const watchMs = Number(process.env.WORKER_SCHEDULING_WATCH_MS) || DEFAULT_WATCH_MS;
    this.timer = setInterval(() => void this.watch(), watchMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async watch(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      if (await withTimeout(this.queue.getJobScheduler(RECONCILE_SCHEDULER_ID), 5_000)) return;
      await withTimeout(this.schedule(), 10_000);
      this.logger.warn('The meeting series reconcile scheduler was missing in Redis (wiped?): put back, reconciling now');
    } catch (error) {
      this.warn(error as Error);
    } finally {
      this.checking = false;
    }
  }

  /** Idempotent: a fixed scheduler id, and one pending "now" job however many replicas start. */
  private async schedule(): Promise<void> {
    await this.queue.upsertJobScheduler(RECONCILE_SCHEDULER_ID, { every: RECONCILE_EVERY_MS }, { name: JOB, data: {}, opts: SCHEDULING_RETRY });
    await this.queue.add(JOB, {}, { ...SCHEDULING_RETRY, deduplication: { id: 'meeting-series-reconcile-now', keepLastIfActive: true } });
  }
}
