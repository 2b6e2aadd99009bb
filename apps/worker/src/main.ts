// First: tracing (when switched on) must be in place before pg and ioredis load.
import './tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError } from '@act/domain';
import { loadWorkerConfig, type WorkerConfig } from './config/worker-config';
import { createWorkerLogger, PinoNestLogger } from './runtime/worker-logger';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  // Checked before anything starts, so a bad value is one clear line, not a framework trace.
  let config: WorkerConfig;
  try {
    config = loadWorkerConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`[worker] configuration: ${error.message}\n`);
    process.exit(1);
  }
  const logger = new PinoNestLogger(createWorkerLogger(config.log));
  Logger.overrideLogger(logger);
  const app = await NestFactory.createApplicationContext(WorkerModule, { abortOnError: false, logger });
  // On SIGTERM/SIGINT: stop taking jobs, let the running job finish, close connections, exit 0.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  Logger.log('Worker started', 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  Logger.error(`Worker failed to start: ${error instanceof Error ? error.message : String(error)}`, undefined, 'Bootstrap');
  process.exit(1);
});
