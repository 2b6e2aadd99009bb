import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobOf } from '../jobs/job-handler';
import { SeriesTopUpSweep } from './series-top-up.sweep';

/** Tops up every tenant's open visit series. The payload is empty: the work is found in PostgreSQL. */
@Injectable()
@HandlesJob('visits.series-top-up')
export class SeriesTopUpHandler implements JobHandler<'visits.series-top-up'> {
  constructor(private readonly sweep: SeriesTopUpSweep) {}

  async handle(_job: JobOf<'visits.series-top-up'>): Promise<void> {
    await this.sweep.topUpAll();
  }
}
