import { Module } from '@nestjs/common';
import { CitizensModule } from '../citizens/citizens.module';
import { SchedulingQueueModule } from '../scheduling/scheduling-queue.module';
import { CitizenSignalsAdapter } from './citizen-signals.adapter';
import { CitizenMeetingsResolver, MeetingsResolver } from './meetings.resolver';
import { CrisisFlagsService } from './crisis-flags.service';
import { FollowUpTasksService } from './follow-up-tasks.service';
import { MeetingAgendaService } from './meeting-agenda.service';
import { MeetingAttendanceService } from './meeting-attendance.service';
import { MeetingDecisionsService } from './meeting-decisions.service';
import { MeetingRhythmService } from './meeting-rhythm.service';
import { MeetingsService } from './meetings.service';

/** Team meetings: rhythm, agenda, attendance, decisions, follow-up tasks and crisis flags. */
@Module({
  imports: [CitizensModule, SchedulingQueueModule],
  providers: [
    CitizenSignalsAdapter,
    MeetingsService,
    MeetingRhythmService,
    MeetingAgendaService,
    MeetingAttendanceService,
    MeetingDecisionsService,
    FollowUpTasksService,
    CrisisFlagsService,
    MeetingsResolver,
    CitizenMeetingsResolver,
  ],
})
export class MeetingsModule {}
