import { Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { tracing } from '../tracing';
import { ApiMetrics } from './metrics';

/** What operating the API needs beside its features: metrics, and tracing's last spans at shutdown (logging is LoggerModule, probes HealthModule). */
@Global()
@Module({
  providers: [ApiMetrics],
  exports: [ApiMetrics],
})
export class RuntimeModule implements OnApplicationShutdown {
  /** Spans still buffered (up to OTEL_BSP_SCHEDULE_DELAY) are sent before the process exits. */
  async onApplicationShutdown(): Promise<void> {
    await tracing?.shutdown();
  }
}
