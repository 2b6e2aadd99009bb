import { Module } from '@nestjs/common';
import { CitizensModule } from '../citizens/citizens.module';
import { CitizenTeamBoardResolver, TeamBoardResolver } from './team-board.resolver';
import { TeamBoardService } from './team-board.service';

/** The team's daily board (status per citizen). */
@Module({
  imports: [CitizensModule],
  providers: [TeamBoardService, TeamBoardResolver, CitizenTeamBoardResolver],
})
export class TeamBoardModule {}
