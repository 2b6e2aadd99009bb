import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { withTimeout } from '../database/database.service';
import type { JobName } from '../jobs/job-names';

export const MAIL_SEND_SCHEDULER_ID = 'mail-send';
/** The dispatcher wakes the sender when it queues mail; this catches retries and expired leases. */
export const MAIL_SEND_EVERY_MS = 10_000;
const JOB: JobName = 'mail.send';

/** The mail sender every 10 s under a fixed scheduler id, and once at boot. */
@Injectable()
export class MailSendScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailSendScheduler.name);

  constructor(@InjectQueue('mail') private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await withTimeout(this.queue.upsertJobScheduler(MAIL_SEND_SCHEDULER_ID, { every: MAIL_SEND_EVERY_MS }, { name: JOB, data: {} }), 10_000);
      await withTimeout(this.queue.add(JOB, {}), 10_000);
    } catch (error) {
      throw new Error(`Could not schedule the mail sender in Redis: ${(error as Error).message}`);
    }
    this.logger.log('Mail sender scheduled (every 10 s) and queued once now');
  }
}
