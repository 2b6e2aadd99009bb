import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { MailNudge } from './mail-nudge';
import { MailSendHandler } from './mail-send.handler';
import { MailSendScheduler } from './mail-send.scheduler';
import { MailSender } from './mail-sender';
import { Mailer } from './mailer';

/** The mail outbox: SMTP sending (nodemailer) of what PostgreSQL holds. Nothing else sends mail. */
@Module({
  imports: [JobsModule],
  providers: [Mailer, MailSender, MailNudge, MailSendHandler, MailSendScheduler],
  exports: [Mailer, MailSender, MailNudge],
})
export class MailModule {}
