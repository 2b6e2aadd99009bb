import { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from './job-names';

/** A job as its handler sees it: typed payload, nothing else of BullMQ needed in most handlers. */
export type JobOf<N extends JobName> = Job<JobPayloads[N], unknown, N>;

export interface JobHandler<N extends JobName = JobName> {
  handle(job: JobOf<N>): Promise<void>;
}

/**
 * Marks a provider as the handler of one job: `@HandlesJob('system.heartbeat')`. The provider
 * must be registered in some module and implement `JobHandler`. The registry finds it at boot.
 */
export const HandlesJob = DiscoveryService.createDecorator<JobName>();
