import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { withTimeout } from '../database/database.service';
import type { JobName } from '../jobs/job-names';

export const REMINDERS_DISPATCH_SCHEDULER_ID = 'reminders-dispatch';
export const REMINDERS_DISPATCH_EVERY_MS = 15_000;
const JOB: JobName = 'notifications.reminders-dispatch';

/**
 * The reminder dispatcher every 15 s under a fixed scheduler id (restarts and replicas leave one),
 * and once at boot so reminders that fell due while no worker ran go out at once. Anything may
 * run it sooner with `nudge()` — e.g. after a series is created with a reminder already due.
 */
@Injectable()
export class RemindersDispatchScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(RemindersDispatchScheduler.name);

  constructor(@InjectQueue('notifications') private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await withTimeout(
        this.queue.upsertJobScheduler(REMINDERS_DISPATCH_SCHEDULER_ID, { every: REMINDERS_DISPATCH_EVERY_MS }, { name: JOB, data: {} }),
        10_000,
      );
      await this.nudge();
    } catch (error) {
      throw new Error(`Could not schedule the reminder dispatcher in Redis: ${(error as Error).message}`);
    }
    this.logger.log('Reminder dispatcher scheduled (every 15 s) and queued once now');
  }

  /** Runs the dispatcher as soon as a worker is free (ids-only payload: none). */
  async nudge(): Promise<void> {
    await withTimeout(this.queue.add(JOB, {}), 5_000);
  }
}
