import { Module } from '@nestjs/common';
import { SchedulingQueueModule } from '../scheduling/scheduling-queue.module';
import { HealthController } from './health.controller';

/** GET /health/live, /health/ready (and /health) for the orchestrator and the demo script. */
@Module({
  imports: [SchedulingQueueModule],
  controllers: [HealthController],
})
export class HealthModule {}
