import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { HeartbeatHandler } from './heartbeat.handler';
import { HeartbeatScheduler } from './heartbeat.scheduler';
import { HeartbeatState } from './heartbeat.state';

@Module({
  imports: [JobsModule],
  providers: [HeartbeatState, HeartbeatHandler, HeartbeatScheduler],
  exports: [HeartbeatState],
})
export class SystemModule {}
