import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobOf } from '../jobs/job-handler';
import { MeetingSeriesScheduling } from './meeting-series.scheduling';

/** A series' own daily job: top it up, and drop its scheduler once the series has ended. */
@Injectable()
@HandlesJob('scheduling.series-materialise')
export class SeriesMaterialiseHandler implements JobHandler<'scheduling.series-materialise'> {
  constructor(private readonly scheduling: MeetingSeriesScheduling) {}

  async handle(job: JobOf<'scheduling.series-materialise'>): Promise<void> {
    await this.scheduling.syncSeries(job.data.tenantId, job.data.seriesId);
  }
}

/** The API's nudge after a series changed: the same work, at once instead of at night. */
@Injectable()
@HandlesJob('scheduling.series-changed')
export class SeriesChangedHandler implements JobHandler<'scheduling.series-changed'> {
  constructor(private readonly scheduling: MeetingSeriesScheduling) {}

  async handle(job: JobOf<'scheduling.series-changed'>): Promise<void> {
    await this.scheduling.syncSeries(job.data.tenantId, job.data.seriesId);
  }
}

/** Makes Redis match PostgreSQL (every 5 minutes and at worker start). */
@Injectable()
@HandlesJob('scheduling.series-reconcile')
export class SeriesReconcileHandler implements JobHandler<'scheduling.series-reconcile'> {
  constructor(private readonly scheduling: MeetingSeriesScheduling) {}

  async handle(_job: JobOf<'scheduling.series-reconcile'>): Promise<void> {
    await this.scheduling.reconcile();
  }
}
