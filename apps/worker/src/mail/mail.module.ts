import { Module } from '@nestjs/common';
import { Mailer } from './mailer';

/** SMTP sending (nodemailer). The outbox job uses it; nothing else sends mail. */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
