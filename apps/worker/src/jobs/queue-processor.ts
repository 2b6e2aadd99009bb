import { type BeforeApplicationShutdown, Inject, type Type } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobRegistry } from './job-registry';
import { QUEUE_NAMES, type QueueName } from './job-names';

/**
 * One BullMQ worker per queue, each handing jobs to the registry. Workers are closed before any
 * other shutdown hook (the database pool closes later), and close() lets the running job finish.
 */
export function createQueueProcessor(queue: QueueName): Type<WorkerHost> {
  @Processor(queue, { concurrency: 1 })
  class QueueProcessor extends WorkerHost implements BeforeApplicationShutdown {
    constructor(@Inject(JobRegistry) private readonly registry: JobRegistry) {
      super();
    }

    process(job: Job): Promise<void> {
      return this.registry.dispatch(queue, job);
    }

    async beforeApplicationShutdown(): Promise<void> {
      let worker;
      try {
        worker = this.worker;
      } catch {
        return; // never started (boot failed before registration)
      }
      await worker.close();
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${pascalCase(queue)}QueueProcessor` });
  return QueueProcessor;
}

export const QUEUE_PROCESSORS: Type<WorkerHost>[] = QUEUE_NAMES.map(createQueueProcessor);

function pascalCase(value: string): string {
  return value.replace(/(^|[-_.])(\w)/g, (_, __, letter: string) => letter.toUpperCase());
}
