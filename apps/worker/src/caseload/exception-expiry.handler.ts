import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobOf } from '../jobs/job-handler';
import { ExceptionExpirySweep } from './exception-expiry.sweep';

/** Runs the sweep over every tenant. The payload is empty: the work is found in PostgreSQL. */
@Injectable()
@HandlesJob('caseload.exception-expiry-sweep')
export class ExceptionExpiryHandler implements JobHandler<'caseload.exception-expiry-sweep'> {
  constructor(private readonly sweep: ExceptionExpirySweep) {}

  async handle(_job: JobOf<'caseload.exception-expiry-sweep'>): Promise<void> {
    await this.sweep.sweepAll();
  }
}
