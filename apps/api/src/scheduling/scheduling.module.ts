import { Module } from '@nestjs/common';
import { SchedulingQueueModule } from './scheduling-queue.module';
import { HeldPlannedService } from './held-planned.service';
import { OccurrencesService } from './occurrences.service';
import { MeetingOccurrenceResolver, MeetingSeriesResolver, SparringCaseResolver } from './scheduling.resolver';
import { SeriesService } from './series.service';

/**
 * Scheduling (ADR 0013): meeting series for supervision, sparring, evaluation days and the
 * steering group (team meetings come from the rhythm), their occurrences, held/not held, and
 * the held/planned figures.
 */
@Module({
  imports: [SchedulingQueueModule],
  providers: [SeriesService, OccurrencesService, HeldPlannedService, MeetingSeriesResolver, MeetingOccurrenceResolver, SparringCaseResolver],
})
export class SchedulingModule {}
