import { Global, Module } from '@nestjs/common';
import { ApiMetrics } from './metrics';

/** What operating the API needs beside its features: metrics (logging is LoggerModule, probes HealthModule). */
@Global()
@Module({
  providers: [ApiMetrics],
  exports: [ApiMetrics],
})
export class RuntimeModule {}
