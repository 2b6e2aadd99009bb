import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { AuditModule } from './audit/audit.module';
import { CaseloadModule } from './caseload/caseload.module';
import { WorkerConfigModule } from './config/config.module';
import { WORKER_CONFIG, type WorkerConfig } from './config/worker-config';
import { DatabaseModule } from './database/database.module';
import { FidelityModule } from './fidelity/fidelity.module';
import { HealthModule } from './health/health.module';
import { WorkerRuntimeModule } from './runtime/runtime.module';
import { SchedulingModule } from './scheduling/scheduling.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { SystemModule } from './system/system.module';
import { VisitsModule } from './visits/visits.module';

/** Keep finished jobs for a while for inspection, but never let them pile up in Redis. */
export const DEFAULT_JOB_OPTIONS = {
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
} as const;

@Module({
  imports: [
    WorkerConfigModule,
    BullModule.forRootAsync({
      inject: [WORKER_CONFIG],
      useFactory: (config: WorkerConfig) => ({
        connection: config.redis,
        prefix: 'act',
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
      // Workers start only after the job registry has checked every job has one handler.
      extraOptions: { manualRegistration: true },
    }),
    DatabaseModule,
    WorkerRuntimeModule,
    JobsModule,
    SystemModule,
    CaseloadModule,
    VisitsModule,
    SchedulingModule,
    MailModule,
    NotificationsModule,
    AuditModule,
    FidelityModule,
    HealthModule,
  ],
})
export class WorkerModule {}
