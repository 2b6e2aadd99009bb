import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { HealthService } from './health.service';

/**
 * Probes on a tiny node:http server (no framework): GET /health/live (the process answers) and
 * /health/ready (= /health: PostgreSQL and Redis answer — 200 when ok, 503 when degraded).
 */
@Injectable()
export class HealthServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(HealthServer.name);
  private server: Server | null = null;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly health: HealthService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.config.healthPort, this.config.healthHost, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.logger.log(`Probes on http://${this.config.healthHost}:${this.address()!.port}/health/live and /health/ready`);
  }

  /** The bound address (port 0 in tests picks a free port). */
  address(): AddressInfo | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address : null;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== '/health' && path !== '/health/ready' && path !== '/health/live') return this.send(response, 404, { error: 'not_found' });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return this.send(response, 405, { error: 'method_not_allowed' });
    }
    // Liveness: the process answers; nothing else (an outage must not restart healthy workers).
    if (path === '/health/live') return this.send(response, 200, { status: 'ok' }, request.method === 'HEAD');
    try {
      const report = await this.health.check();
      this.send(response, report.status === 'ok' ? 200 : 503, report, request.method === 'HEAD');
    } catch {
      this.send(response, 503, { status: 'degraded' });
    }
  }

  private send(response: ServerResponse, status: number, body: unknown, headOnly = false): void {
    const json = JSON.stringify(body);
    response.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Length': Buffer.byteLength(json),
    });
    response.end(headOnly ? undefined : json);
  }
}
