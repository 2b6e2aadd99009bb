import { Module } from '@nestjs/common';
import { CitizensModule } from '../citizens/citizens.module';
import { CitizenNetworkMeetingsResolver, NetworkMeetingsResolver } from './network-meetings.resolver';
import { NetworkMeetingsService } from './network-meetings.service';

/** Network meetings with a citizen's relatives and partners. */
@Module({
  imports: [CitizensModule],
  providers: [NetworkMeetingsService, NetworkMeetingsResolver, CitizenNetworkMeetingsResolver],
})
export class NetworkMeetingsModule {}
