import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobOf } from '../jobs/job-handler';
import { HeartbeatState } from './heartbeat.state';

/** Proves the queue wiring end to end: records the run time for the health check, nothing else. */
@Injectable()
@HandlesJob('system.heartbeat')
export class HeartbeatHandler implements JobHandler<'system.heartbeat'> {
  constructor(private readonly state: HeartbeatState) {}

  async handle(_job: JobOf<'system.heartbeat'>): Promise<void> {
    this.state.record();
  }
}
