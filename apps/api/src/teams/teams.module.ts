import { Module } from '@nestjs/common';
import { CitizensModule } from '../citizens/citizens.module';
import { TeamMembersResolver } from './team-members.resolver';
import { TeamsResolver } from './teams.resolver';
import { TeamsService } from './teams.service';

/** Teams and their members. Imports citizens for a team's citizen list. */
@Module({
  imports: [CitizensModule],
  providers: [TeamsService, TeamsResolver, TeamMembersResolver],
})
export class TeamsModule {}
