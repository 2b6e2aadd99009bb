import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { AccessLogPurgeHandler, AccessLogSealHandler } from './access-log-seal.handlers';
import { AccessLogSealScheduler } from './access-log-seal.scheduler';
import { AccessLogSealService } from './access-log-seal.service';

/** The access log's tamper-evident seal and its retention purge (ADR 0015). */
@Module({
  imports: [JobsModule],
  providers: [AccessLogSealService, AccessLogSealHandler, AccessLogPurgeHandler, AccessLogSealScheduler],
})
export class AuditModule {}
