import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { DiscoveryModule } from '@nestjs/core';
import { JobRegistry } from './job-registry';
import { QUEUE_NAMES } from './job-names';
import { QueueErrorLogger } from './queue-error-logger';
import { QUEUE_PROCESSORS } from './queue-processor';

const queues = BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name })));

/** Queues, their processors and the job registry. Feature modules import it to inject queues. */
@Module({
  imports: [DiscoveryModule, queues],
  providers: [JobRegistry, QueueErrorLogger, ...QUEUE_PROCESSORS],
  exports: [queues, JobRegistry],
})
export class JobsModule {}
