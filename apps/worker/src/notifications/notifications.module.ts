import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { DailySweep } from './daily-sweep';
import { DailySweepHandler } from './daily-sweep.handler';
import { DailySweepScheduler } from './daily-sweep.scheduler';
import { ReminderDispatcher } from './reminder-dispatcher';
import { RemindersDispatchHandler } from './reminders-dispatch.handler';
import { RemindersDispatchScheduler } from './reminders-dispatch.scheduler';

/** Notifications in the app and their mail: meeting reminders (every 15 s) and the daily sweep. */
@Module({
  imports: [JobsModule, MailModule],
  providers: [ReminderDispatcher, RemindersDispatchHandler, RemindersDispatchScheduler, DailySweep, DailySweepHandler, DailySweepScheduler],
  exports: [ReminderDispatcher, RemindersDispatchScheduler, DailySweep],
})
export class NotificationsModule {}
