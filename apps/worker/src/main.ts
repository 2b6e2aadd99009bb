import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { abortOnError: false });
  // On SIGTERM/SIGINT: stop taking jobs, let the running job finish, close connections, exit 0.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  Logger.log('Worker started', 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  Logger.error(`Worker failed to start: ${error instanceof Error ? error.message : String(error)}`, undefined, 'Bootstrap');
  process.exit(1);
});
