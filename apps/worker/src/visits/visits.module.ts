import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { SeriesTopUpHandler } from './series-top-up.handler';
import { SeriesTopUpScheduler } from './series-top-up.scheduler';
import { SeriesTopUpSweep } from './series-top-up.sweep';

/** Visit jobs: the daily top-up of recurring visits. */
@Module({
  imports: [JobsModule],
  providers: [SeriesTopUpSweep, SeriesTopUpHandler, SeriesTopUpScheduler],
  exports: [SeriesTopUpSweep],
})
export class VisitsModule {}
