import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { SeriesChangedHandler, SeriesMaterialiseHandler, SeriesReconcileHandler } from './meeting-series.handlers';
import { MeetingSeriesScheduling } from './meeting-series.scheduling';
import { ReconcileScheduler } from './reconcile.scheduler';

/** Meeting series: one job scheduler per open series, the reconciler and the API's nudge (ADR 0013). */
@Module({
  imports: [JobsModule],
  providers: [MeetingSeriesScheduling, SeriesMaterialiseHandler, SeriesChangedHandler, SeriesReconcileHandler, ReconcileScheduler],
  exports: [MeetingSeriesScheduling],
})
export class SchedulingModule {}
