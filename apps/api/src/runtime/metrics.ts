import { BoundedLabel } from '@act/domain';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../config';
import { DATA_SOURCE } from '../database/database.module';
import { safePath } from './logging';

/** Seconds; from a fast cached read to a slow report. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Paths the API serves, as route labels; anything else (scanners, typos) is `other`. */
function routeOf(path: string): string {
  if (path === '/graphql') return '/graphql';
  if (path === '/calendar/:feed') return '/calendar/:feed';
  if (path.startsWith('/health')) return '/health';
  if (path === '/auth/sso/start' || path === '/auth/sso/callback' || path === '/auth/sso/logout') return path;
  return 'other';
}

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The API's Prometheus metrics, in a registry of its own (two apps in one test process do not
 * collide), served on METRICS_HOST:METRICS_PORT — a port of its own, never through the ingress.
 */
@Injectable()
export class ApiMetrics implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');
  private server: Server | null = null;
  private readonly operations = new BoundedLabel(300);
  private readonly codes = new BoundedLabel(50, /^[A-Z_]{1,40}$/);

  readonly httpDuration = new Histogram({
    name: 'act_http_request_duration_seconds',
    help: 'HTTP requests by route, method and status code',
    labelNames: ['route', 'method', 'status_code'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: 'act_graphql_operation_duration_seconds',
    help: 'GraphQL operations by name (unknown names beyond 300 are "other") and type',
    labelNames: ['operation', 'type'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'act_graphql_errors_total',
    help: 'GraphQL errors in answers, by error code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  /** Logins refused by the fair login limits (ADR 0016): per address or per account — never which. */
  readonly loginRefusals = new Counter({
    name: 'act_login_refusals_total',
    help: 'Login attempts refused by a login limit, by limit (address, account)',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(DATA_SOURCE) dataSource: DataSource,
  ) {
    collectDefaultMetrics({ register: this.registry });
    const pool = () => (dataSource.driver as unknown as { master?: PgPool }).master;
    new Gauge({
      name: 'act_db_pool_connections',
      help: 'Connections of the application role pool: in use, idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: 'in_use' }, p ? p.totalCount - p.idleCount : 0);
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
        this.set({ state: 'waiting' }, p?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'act_db_pool_max',
      help: 'Largest number of connections the pool may open',
      registers: [this.registry],
      collect() {
        this.set(config.poolSize);
      },
    });
  }

  /** Express middleware timing every request (route label from a fixed list). */
  http() {
    return (req: Request, res: Response, next: NextFunction) => {
      const end = this.httpDuration.startTimer();
      res.once('finish', () => end({ route: routeOf(safePath(req.originalUrl)), method: req.method, status_code: String(res.statusCode) }));
      next();
    };
  }

  operation(name: string | null | undefined, type: string | undefined, seconds: number): void {
    this.operationDuration.observe({ operation: this.operations.value(name), type: type ?? 'unknown' }, seconds);
  }

  error(code: unknown): void {
    this.errors.inc({ code: this.codes.value(typeof code === 'string' ? code : undefined, 'UNKNOWN') });
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
        () => res.writeHead(500).end(),
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

  /** The metrics server's address (port 0 picks a free one), or null when off. */
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
