import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { JOB_DEFINITIONS, QUEUE_NAMES } from '../jobs/job-names';

const KNOWN_JOBS = new Set<string>(JOB_DEFINITIONS.map((d) => d.name));
const jobLabel = (name: string) => (KNOWN_JOBS.has(name) ? name : 'unknown');
const STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * The worker's Prometheus metrics on METRICS_HOST:METRICS_PORT: queue depth per queue and state
 * (read from Redis at each scrape), job outcomes and durations per job name, and scheduler lag —
 * how long after its due time a repeatable job started.
 */
@Injectable()
export class WorkerMetrics implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');
  private server: Server | null = null;

  private readonly jobs = new Counter({
    name: 'act_jobs_total',
    help: 'Jobs run by this process, by job name and outcome (completed, failed)',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly duration = new Histogram({
    name: 'act_job_duration_seconds',
    help: 'How long a job ran, by job name',
    labelNames: ['job'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [this.registry],
  });

  private readonly lag = new Histogram({
    name: 'act_scheduler_lag_seconds',
    help: 'How late a repeatable (scheduled) job started after its due time, by job name',
    labelNames: ['job'] as const,
    buckets: [0.1, 0.5, 1, 5, 15, 30, 60, 300, 900, 3600],
    registers: [this.registry],
  });

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly moduleRef: ModuleRef,
  ) {
    collectDefaultMetrics({ register: this.registry });
    const queues = () => QUEUE_NAMES.map((name) => [name, this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })] as const);
    new Gauge({
      name: 'act_queue_jobs',
      help: 'Jobs in each queue by state (waiting, active, delayed, failed)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        await Promise.all(
          queues().map(async ([name, queue]) => {
            const counts = await queue.getJobCounts(...STATES);
            for (const state of STATES) this.set({ queue: name, state }, counts[state] ?? 0);
          }),
        );
      },
    });
  }

  /** Records one run of `job` (call with the time it started). */
  jobRun(job: Pick<Job, 'name' | 'timestamp' | 'opts' | 'repeatJobKey'>, startedAt: number, outcome: 'completed' | 'failed'): void {
    const name = jobLabel(job.name);
    this.jobs.inc({ job: name, outcome });
    this.duration.observe({ job: name }, (Date.now() - startedAt) / 1000);
    if (job.repeatJobKey) {
      // A scheduler's job is added when the previous one runs, delayed until its due time.
      const due = job.timestamp + (job.opts?.delay ?? 0);
      this.lag.observe({ job: name }, Math.max(0, startedAt - due) / 1000);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    const { port, host } = this.config.metrics;
    if (port === null) return;
    const server = createServer((req, res) => {
      if ((req.url ?? '').split('?')[0] !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      this.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': this.registry.contentType, 'cache-control': 'no-store' }).end(text),
        () => res.writeHead(503, { 'content-type': 'text/plain' }).end('metrics unavailable (Redis?)\n'),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.logger.log(`Metrics on http://${host}:${this.address()!.port}/metrics`);
  }

  address(): AddressInfo | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address : null;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}
