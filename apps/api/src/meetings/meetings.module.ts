import { Module } from '@nestjs/common';
import { CitizensModule } from '../citizens/citizens.module';
import { CitizenSignalsAdapter } from './citizen-signals.adapter';
import { CitizenMeetingsResolver, MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

/** Team meetings: rhythm, agenda, attendance, decisions, follow-up tasks and crisis flags. */
@Module({
  imports: [CitizensModule],
  providers: [CitizenSignalsAdapter, MeetingsService, MeetingsResolver, CitizenMeetingsResolver],
})
export class MeetingsModule {}
