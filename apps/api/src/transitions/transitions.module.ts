import { Module } from '@nestjs/common';
import { TransitionsResolver } from './transitions.resolver';
import { TransitionsService } from './transitions.service';

/** Citizens' courses to and from regional dual-diagnosis treatment (the team's records). */
@Module({
  providers: [TransitionsService, TransitionsResolver],
})
export class TransitionsModule {}
