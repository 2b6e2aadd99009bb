import { Module } from '@nestjs/common';
import { GroupSessionsResolver } from './group-sessions.resolver';
import { GroupSessionsService } from './group-sessions.service';

/** Group sessions the team holds and who came (issue 14: the records behind "group attendance"). */
@Module({
  providers: [GroupSessionsService, GroupSessionsResolver],
})
export class GroupSessionsModule {}
