import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobOf } from '../jobs/job-handler';
import { MailNudge } from '../mail/mail-nudge';
import { DailySweep } from './daily-sweep';

/** Writes the day's notifications for every tenant, then wakes the mail sender when it queued mail. */
@Injectable()
@HandlesJob('notifications.daily-sweep')
export class DailySweepHandler implements JobHandler<'notifications.daily-sweep'> {
  constructor(
    private readonly sweep: DailySweep,
    private readonly mailNudge: MailNudge,
  ) {}

  async handle(_job: JobOf<'notifications.daily-sweep'>): Promise<void> {
    const totals = await this.sweep.sweepAll();
    if (totals.mails > 0) await this.mailNudge.nudge();
  }
}
