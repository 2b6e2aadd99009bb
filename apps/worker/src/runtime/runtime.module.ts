import { Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { tracing } from '../tracing';
import { WorkerMetrics } from './worker-metrics';

/** The worker's metrics and tracing's last spans at shutdown (its logger is set up in main.ts, its probes in HealthModule). */
@Global()
@Module({
  providers: [WorkerMetrics],
  exports: [WorkerMetrics],
})
export class WorkerRuntimeModule implements OnApplicationShutdown {
  /** Spans still buffered (up to OTEL_BSP_SCHEDULE_DELAY) are sent before the process exits. */
  async onApplicationShutdown(): Promise<void> {
    await tracing?.shutdown();
  }
}
