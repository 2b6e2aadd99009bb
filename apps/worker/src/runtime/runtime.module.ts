import { Global, Module } from '@nestjs/common';
import { WorkerMetrics } from './worker-metrics';

/** The worker's metrics (its logger is set up in main.ts, its probes in HealthModule). */
@Global()
@Module({
  providers: [WorkerMetrics],
  exports: [WorkerMetrics],
})
export class WorkerRuntimeModule {}
