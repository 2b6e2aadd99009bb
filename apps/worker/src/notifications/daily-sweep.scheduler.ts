import { toCopenhagenLocal } from '@act/domain';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import { withTimeout } from '../database/database.service';
import type { JobName } from '../jobs/job-names';

export const DAILY_SWEEP_SCHEDULER_ID = 'notifications-daily-sweep';
/** 07:00 Copenhagen time, before the working day. */
export const DAILY_SWEEP_PATTERN = '0 7 * * *';
export const DAILY_SWEEP_TZ = 'Europe/Copenhagen';
const JOB: JobName = 'notifications.daily-sweep';
const RETRY: JobsOptions = { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } };

/**
 * Upserts the daily sweep under a fixed scheduler id, and runs it at boot when it is past 07:00
 * in Copenhagen (a worker that was down at 07:00 catches up; the dedupe keys keep it once a day).
 */
@Injectable()
export class DailySweepScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DailySweepScheduler.name);

  constructor(@InjectQueue('notifications') private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    const catchUp = toCopenhagenLocal(new Date()).time >= '07:00';
    try {
      await withTimeout(
        this.queue.upsertJobScheduler(DAILY_SWEEP_SCHEDULER_ID, { pattern: DAILY_SWEEP_PATTERN, tz: DAILY_SWEEP_TZ }, { name: JOB, data: {}, opts: RETRY }),
        10_000,
      );
      if (catchUp) await withTimeout(this.queue.add(JOB, {}, RETRY), 10_000);
    } catch (error) {
      throw new Error(`Could not schedule the daily notifications in Redis: ${(error as Error).message}`);
    }
    this.logger.log(`Daily notifications scheduled (07:00 Copenhagen)${catchUp ? ' and queued once now' : ''}`);
  }
}
