import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import { withTimeout } from '../database/database.service';

export const SEAL_SCHEDULER_ID = 'audit-access-log-seal';
export const SEAL_EVERY_MS = 60_000;
export const PURGE_SCHEDULER_ID = 'audit-access-log-purge';
/** A quiet hour, Copenhagen time. */
export const PURGE_PATTERN = '15 3 * * *';
export const PURGE_TZ = 'Europe/Copenhagen';

const RETRY: JobsOptions = { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } };

/**
 * Upserts the seal (every minute) and the purge (nightly) with fixed scheduler ids, so restarts
 * and replicas leave one of each; both functions lock in PostgreSQL, so overlapping runs are safe.
 */
@Injectable()
export class AccessLogSealScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(AccessLogSealScheduler.name);

  constructor(@InjectQueue('audit') private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await withTimeout(
        this.queue.upsertJobScheduler(SEAL_SCHEDULER_ID, { every: SEAL_EVERY_MS }, { name: 'audit.access-log-seal', data: {}, opts: RETRY }),
        10_000,
      );
      await withTimeout(
        this.queue.upsertJobScheduler(
          PURGE_SCHEDULER_ID,
          { pattern: PURGE_PATTERN, tz: PURGE_TZ },
          { name: 'audit.access-log-purge', data: {}, opts: RETRY },
        ),
        10_000,
      );
    } catch (error) {
      throw new Error(`Could not schedule the access log's seal and purge in Redis: ${(error as Error).message}`);
    }
    this.logger.log("Access log seal scheduled (every minute) and retention purge (daily 03:15 Copenhagen)");
  }
}
