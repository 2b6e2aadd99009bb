import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import { withTimeout } from '../database/database.service';
import type { JobName } from '../jobs/job-names';

export const FIDELITY_SCHEDULER_ID = 'fidelity-weekly-snapshots';
/** Monday 02:30 Copenhagen: last week has ended, nobody is working. */
export const FIDELITY_PATTERN = '30 2 * * 1';
export const FIDELITY_TZ = 'Europe/Copenhagen';
const JOB: JobName = 'fidelity.weekly-snapshots';

const RETRY: JobsOptions = { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } };

/**
 * Upserts the weekly job (a fixed scheduler id: restarts and replicas leave one) and runs it once
 * now, so a worker started after downtime or a Redis wipe stores the missing week at once (the
 * job is idempotent).
 */
@Injectable()
export class FidelitySnapshotsScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(FidelitySnapshotsScheduler.name);

  constructor(@InjectQueue('fidelity') private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await withTimeout(
        this.queue.upsertJobScheduler(FIDELITY_SCHEDULER_ID, { pattern: FIDELITY_PATTERN, tz: FIDELITY_TZ }, { name: JOB, data: {}, opts: RETRY }),
        10_000,
      );
      await withTimeout(this.queue.add(JOB, {}, RETRY), 10_000);
    } catch (error) {
      throw new Error(`Could not schedule the weekly fidelity snapshots in Redis: ${(error as Error).message}`);
    }
    this.logger.log('Fidelity snapshots scheduled (Mondays 02:30 Copenhagen) and queued once now');
  }
}
