import { Injectable, Logger, Optional, type OnModuleInit } from '@nestjs/common';
import { BullRegistrar } from '@nestjs/bullmq';
import { DiscoveryService } from '@nestjs/core';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { Job } from 'bullmq';
import { HandlesJob, type JobHandler } from './job-handler';
import { JOB_DEFINITIONS, type JobDefinition, type QueueName } from './job-names';
import { WorkerMetrics } from '../runtime/worker-metrics';

export interface HandlerRegistration {
  jobName: string;
  handlerName: string;
  handler: JobHandler;
}

const tracer = trace.getTracer('act-worker');

export class JobRegistryError extends Error {
  override name = 'JobRegistryError';
}

/**
 * Checks that every declared job has exactly one handler and no handler serves an undeclared
 * job. Returns the handler per job name; throws JobRegistryError naming the first offending job.
 */
export function buildHandlerMap(
  definitions: readonly JobDefinition[],
  registrations: readonly HandlerRegistration[],
): Map<string, JobHandler> {
  const declared = new Set<string>();
  for (const { name } of definitions) {
    if (declared.has(name)) throw new JobRegistryError(`Job "${name}" is declared more than once in job-names.ts`);
    declared.add(name);
  }
  for (const { jobName, handlerName } of registrations) {
    if (!declared.has(jobName)) {
      throw new JobRegistryError(`${handlerName} handles job "${jobName}", which is not declared in job-names.ts`);
    }
  }
  const map = new Map<string, JobHandler>();
  for (const { name } of definitions) {
    const handlers = registrations.filter((registration) => registration.jobName === name);
    if (handlers.length === 0) {
      throw new JobRegistryError(`Job "${name}" has no handler: add a provider with @HandlesJob('${name}')`);
    }
    if (handlers.length > 1) {
      const names = handlers.map((registration) => registration.handlerName).sort().join(', ');
      throw new JobRegistryError(`Job "${name}" has ${handlers.length} handlers (${names}); exactly one is allowed`);
    }
    map.set(name, handlers[0].handler);
  }
  return map;
}

/**
 * Finds the @HandlesJob providers, refuses to start unless each declared job has exactly one,
 * and only then starts the BullMQ workers (BullModule runs with manualRegistration), so no job
 * is taken from Redis before the check has passed.
 */
@Injectable()
export class JobRegistry implements OnModuleInit {
  private readonly logger = new Logger(JobRegistry.name);
  private handlers = new Map<string, JobHandler>();
  private readonly definitions: ReadonlyMap<string, JobDefinition> = new Map(JOB_DEFINITIONS.map((d) => [d.name, d]));

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly bullRegistrar: BullRegistrar,
    @Optional() private readonly metrics?: WorkerMetrics,
  ) {}

  onModuleInit(): void {
    const registrations: HandlerRegistration[] = this.discovery
      .getProviders({ metadataKey: HandlesJob.KEY })
      .map((wrapper) => {
        const instance = wrapper.instance as JobHandler | undefined;
        const handlerName = (wrapper.metatype as { name?: string } | null)?.name ?? String(wrapper.name);
        if (!instance || typeof instance.handle !== 'function') {
          throw new JobRegistryError(`${handlerName} is marked @HandlesJob but has no handle(job) method`);
        }
        return { jobName: this.discovery.getMetadataByDecorator(HandlesJob, wrapper) as string, handlerName, handler: instance };
      });
    this.handlers = buildHandlerMap(JOB_DEFINITIONS, registrations);
    this.logger.log(`${this.handlers.size} job handler(s) registered`);
    this.bullRegistrar.register();
  }

  /** Runs the job's handler. A job on the wrong queue or with an unknown name fails (it is a bug). */
  async dispatch(queue: QueueName, job: Job): Promise<void> {
    // A span per job when tracing is on (a no-op otherwise): its queries and Redis calls go inside.
    return tracer.startActiveSpan(`job ${job.name}`, { attributes: { 'messaging.destination.name': queue } }, async (span) => {
      try {
        await this.run(queue, job);
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    });
  }

  private async run(queue: QueueName, job: Job): Promise<void> {
    const started = Date.now();
    try {
      const definition = this.definitions.get(job.name);
      const handler = this.handlers.get(job.name);
      if (!definition || !handler) throw new Error(`No handler for job "${job.name}"`);
      if (definition.queue !== queue) throw new Error(`Job "${job.name}" belongs on queue "${definition.queue}", not "${queue}"`);
      await handler.handle(job as never);
    } catch (error) {
      this.metrics?.jobRun(job, started, 'failed');
      throw error;
    }
    this.metrics?.jobRun(job, started, 'completed');
  }
}
