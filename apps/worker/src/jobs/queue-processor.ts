import { type BeforeApplicationShutdown, Inject, Logger, type Type } from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { hostname } from 'node:os';
import { JobRegistry } from './job-registry';
import { QUEUE_NAMES, type QueueName } from './job-names';
import { throttledWarning } from './throttled-warning';
import { recordSchedulerRun, type SchedulerRunOutcome } from './scheduler-runs';
import { withTimeout } from '../database/database.service';

/**
 * One BullMQ worker per queue, each handing jobs to the registry. Workers are closed before any
 * other shutdown hook (the database pool closes later), and close() lets the running job finish.
 */
export function createQueueProcessor(queue: QueueName): Type<WorkerHost> {
  // The name marks each job with the replica that ran it (job.processedBy), for operations and tests.
  @Processor(queue, { concurrency: 1, name: `${hostname()}:${process.pid}` })
  class QueueProcessor extends WorkerHost implements BeforeApplicationShutdown {
    private readonly logger = new Logger(`Worker ${queue}`);
    private readonly warnConnection = throttledWarning(this.logger);

    constructor(@Inject(JobRegistry) private readonly registry: JobRegistry) {
      super();
    }

    async process(job: Job): Promise<void> {
      try {
        await this.registry.dispatch(queue, job);
      } catch (error) {
        await this.recordRun(job, 'failed');
        throw error;
      }
      await this.recordRun(job, 'completed');
    }

    /** A scheduler's job records its last run for the queue health page; never fails the job. */
    private async recordRun(job: Job, outcome: SchedulerRunOutcome): Promise<void> {
      if (!job.repeatJobKey) return;
      try {
        const client = await withTimeout(this.worker.getBackend().client, 2000);
        await withTimeout(recordSchedulerRun(client, queue, job.repeatJobKey, outcome), 2000);
      } catch (error) {
        this.warnConnection(error as Error);
      }
    }

    @OnWorkerEvent('error')
    onError(error: Error): void {
      this.warnConnection(error);
    }

    /**
     * Job failures: name, id, error type and database code — never the payload, nor the message
     * (a database error quotes the values it refused). BullMQ retries per the job's options.
     */
    @OnWorkerEvent('failed')
    onFailed(job: Job | undefined, error: Error): void {
      const code = (error as { code?: unknown }).code;
      this.logger.warn(`Job ${job?.name ?? '?'} (${job?.id ?? '?'}) failed: ${error.constructor.name}${typeof code === 'string' ? ` (${code})` : ''}`);
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
