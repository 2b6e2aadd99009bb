import { Module } from '@nestjs/common';
import { CitizensModule } from '../citizens/citizens.module';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { CitizenVisitsResolver, TeamVisitSettingsResolver, VisitsResolver } from './visits.resolver';
import { VisitPlanMeetingsResolver } from './visit-plan-meetings.resolver';
import { VisitPlanningService } from './visit-planning.service';
import { VisitsService } from './visits.service';

/** Visits: the read views, planning (outcomes, series) and the personal calendar feed (an HTTP controller). */
@Module({
  imports: [CitizensModule],
  controllers: [CalendarFeedController],
  providers: [VisitsService, VisitPlanningService, VisitsResolver, CitizenVisitsResolver, TeamVisitSettingsResolver, CalendarFeedService, CalendarFeedResolver, VisitPlanMeetingsResolver],
})
export class VisitsModule {}
