import { Module } from '@nestjs/common';
import { SchedulingQueue, WorkerRedis } from './scheduling-queue';

/** Import it where a feature nudges the worker; it provides SchedulingQueue (and the Redis connection). */
@Module({
  providers: [WorkerRedis, SchedulingQueue],
  exports: [WorkerRedis, SchedulingQueue],
})
export class SchedulingQueueModule {}
