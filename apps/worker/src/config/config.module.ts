import { Global, Module } from '@nestjs/common';
import { loadWorkerConfig, WORKER_CONFIG } from './worker-config';

/** Provides the WorkerConfig, read from process.env when the app boots. */
@Global()
@Module({
  providers: [{ provide: WORKER_CONFIG, useFactory: () => loadWorkerConfig(process.env) }],
  exports: [WORKER_CONFIG],
})
export class WorkerConfigModule {}
