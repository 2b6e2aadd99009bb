import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { FidelitySnapshotsHandler } from './fidelity-snapshots.handler';
import { FidelitySnapshotsScheduler } from './fidelity-snapshots.scheduler';
import { FidelitySnapshotsService } from './fidelity-snapshots.service';

/** Method fidelity: the weekly snapshots of every team's report (ADR 0021). */
@Module({
  imports: [JobsModule],
  providers: [FidelitySnapshotsService, FidelitySnapshotsHandler, FidelitySnapshotsScheduler],
  exports: [FidelitySnapshotsService],
})
export class FidelityModule {}
