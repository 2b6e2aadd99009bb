import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { ExceptionExpiryHandler } from './exception-expiry.handler';
import { ExceptionExpiryScheduler } from './exception-expiry.scheduler';
import { ExceptionExpirySweep } from './exception-expiry.sweep';

/** Caseload jobs: the nightly check of expired caseload exceptions. */
@Module({
  imports: [JobsModule],
  providers: [ExceptionExpirySweep, ExceptionExpiryHandler, ExceptionExpiryScheduler],
  exports: [ExceptionExpirySweep],
})
export class CaseloadModule {}
