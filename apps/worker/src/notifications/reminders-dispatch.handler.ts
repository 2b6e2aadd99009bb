import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobOf } from '../jobs/job-handler';
import { MailNudge } from '../mail/mail-nudge';
import { ReminderDispatcher } from './reminder-dispatcher';

/** Writes every due reminder, then wakes the mail sender when it queued mail. */
@Injectable()
@HandlesJob('notifications.reminders-dispatch')
export class RemindersDispatchHandler implements JobHandler<'notifications.reminders-dispatch'> {
  constructor(
    private readonly dispatcher: ReminderDispatcher,
    private readonly mailNudge: MailNudge,
  ) {}

  async handle(_job: JobOf<'notifications.reminders-dispatch'>): Promise<void> {
    const totals = await this.dispatcher.dispatchAll();
    if (totals.mails > 0) await this.mailNudge.nudge();
  }
}
