import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobOf } from '../jobs/job-handler';
import { FidelitySnapshotsService } from './fidelity-snapshots.service';

/** Stores the week's fidelity snapshots of every tenant's teams. The payload is empty. */
@Injectable()
@HandlesJob('fidelity.weekly-snapshots')
export class FidelitySnapshotsHandler implements JobHandler<'fidelity.weekly-snapshots'> {
  constructor(private readonly service: FidelitySnapshotsService) {}

  async handle(_job: JobOf<'fidelity.weekly-snapshots'>): Promise<void> {
    await this.service.snapshotAll();
  }
}
