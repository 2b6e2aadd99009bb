import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import { withTimeout } from '../database/database.service';
import type { JobName } from '../jobs/job-names';

export const SERIES_TOP_UP_SCHEDULER_ID = 'visits-series-top-up';
/** 01:30 Copenhagen time, daily: the horizon has moved one day. */
export const SERIES_TOP_UP_PATTERN = '30 1 * * *';
export const SERIES_TOP_UP_TZ = 'Europe/Copenhagen';
const JOB: JobName = 'visits.series-top-up';
const RETRY: JobsOptions = { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } };

/**
 * Upserts the daily top-up under a fixed scheduler id (restarts and replicas leave one) and runs
 * it once at boot — the reconcile step, since PostgreSQL, not Redis, knows what is missing.
 */
@Injectable()
export class SeriesTopUpScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeriesTopUpScheduler.name);

  constructor(@InjectQueue('visits') private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await withTimeout(
        this.queue.upsertJobScheduler(
          SERIES_TOP_UP_SCHEDULER_ID,
          { pattern: SERIES_TOP_UP_PATTERN, tz: SERIES_TOP_UP_TZ },
          { name: JOB, data: {}, opts: RETRY },
        ),
        10_000,
      );
      await withTimeout(this.queue.add(JOB, {}, RETRY), 10_000);
    } catch (error) {
      throw new Error(`Could not schedule the visit series top-up in Redis: ${(error as Error).message}`);
    }
    this.logger.log('Visit series top-up scheduled (daily 01:30 Copenhagen) and queued once now');
  }
}
