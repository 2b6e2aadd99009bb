import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { withTimeout } from '../database/database.service';
import type { JobName } from '../jobs/job-names';

export const HEARTBEAT_SCHEDULER_ID = 'system-heartbeat';
export const HEARTBEAT_EVERY_MS = 60_000;
const HEARTBEAT_JOB: JobName = 'system.heartbeat';

/**
 * Upserts the heartbeat's job scheduler at boot. Upserting with a fixed id is idempotent: any
 * number of restarts or worker replicas leave exactly one scheduler.
 */
@Injectable()
export class HeartbeatScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue('system') private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await withTimeout(
        this.queue.upsertJobScheduler(HEARTBEAT_SCHEDULER_ID, { every: HEARTBEAT_EVERY_MS }, { name: HEARTBEAT_JOB, data: {} }),
        10_000,
      );
    } catch (error) {
      throw new Error(`Could not schedule the heartbeat job in Redis: ${(error as Error).message}`);
    }
  }
}
