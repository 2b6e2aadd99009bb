import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobOf } from '../jobs/job-handler';
import { MailNudge } from './mail-nudge';
import { MailSender } from './mail-sender';

/** Sends what the outbox holds; queues the next run at once when the time budget ran out first. */
@Injectable()
@HandlesJob('mail.send')
export class MailSendHandler implements JobHandler<'mail.send'> {
  constructor(
    private readonly sender: MailSender,
    private readonly nudge: MailNudge,
  ) {}

  async handle(_job: JobOf<'mail.send'>): Promise<void> {
    const totals = await this.sender.sendAll();
    if (totals.more > 0) await this.nudge.nudge();
  }
}
