import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import { withTimeout } from '../database/database.service';
import type { JobName } from '../jobs/job-names';

export const EXCEPTION_EXPIRY_SCHEDULER_ID = 'caseload-exception-expiry-sweep';
/** Five past midnight, Copenhagen time: yesterday's last valid day has just ended. */
export const EXCEPTION_EXPIRY_PATTERN = '5 0 * * *';
export const EXCEPTION_EXPIRY_TZ = 'Europe/Copenhagen';
const JOB: JobName = 'caseload.exception-expiry-sweep';

/** A failed tenant is retried a few times; the sweep is idempotent, so retrying is always safe. */
const RETRY: JobsOptions = { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } };

/**
 * Upserts the nightly sweep (a fixed scheduler id: restarts and replicas leave one) and also
 * runs the sweep once now. The boot run is the reconcile step: Redis holds nothing that
 * PostgreSQL does not, so a worker started after downtime or a Redis wipe catches up at once.
 * The boot job has no fixed id on purpose: a completed job with the same id would still be in
 * Redis (kept for a day), and adding it again would silently do nothing.
 */
@Injectable()
export class ExceptionExpiryScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ExceptionExpiryScheduler.name);

  constructor(@InjectQueue('caseload') private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await withTimeout(
        this.queue.upsertJobScheduler(
          EXCEPTION_EXPIRY_SCHEDULER_ID,
          { pattern: EXCEPTION_EXPIRY_PATTERN, tz: EXCEPTION_EXPIRY_TZ },
          { name: JOB, data: {}, opts: RETRY },
        ),
        10_000,
      );
      await withTimeout(this.queue.add(JOB, {}, RETRY), 10_000);
    } catch (error) {
      throw new Error(`Could not schedule the caseload exception expiry sweep in Redis: ${(error as Error).message}`);
    }
    this.logger.log('Caseload exception expiry sweep scheduled (daily 00:05 Copenhagen) and queued once now');
  }
}
