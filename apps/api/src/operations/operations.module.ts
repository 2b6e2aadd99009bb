import { Module } from '@nestjs/common';
import { SchedulingQueueModule } from '../scheduling/scheduling-queue.module';
import { QueueHealthResolver } from './queue-health.resolver';
import { QueueHealthService } from './queue-health.service';

/** Operations for the admin: the health of the worker's job queues. */
@Module({
  imports: [SchedulingQueueModule],
  providers: [QueueHealthService, QueueHealthResolver],
})
export class OperationsModule {}
