import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { withTimeout } from '../database/database.service';
import type { JobName } from '../jobs/job-names';

const JOB: JobName = 'mail.send';

/** Wakes the mail sender now instead of at its next scheduled run (empty payload). */
@Injectable()
export class MailNudge {
  constructor(@InjectQueue('mail') private readonly queue: Queue) {}

  async nudge(): Promise<void> {
    await withTimeout(this.queue.add(JOB, {}), 5_000);
  }
}
