import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module';
import { WorkerRedis } from '../scheduling/scheduling-queue';

/** How long a readiness check waits for PostgreSQL or Redis before calling it down. */
export const READINESS_TIMEOUT_MS = 1000;

export interface Readiness {
  status: 'ok' | 'degraded';
  postgres: boolean;
  redis: boolean;
}

/**
 * Probes. Liveness (`/health/live`): the process answers — nothing else, so a database outage
 * never makes the orchestrator restart healthy pods. Readiness (`/health/ready`, and `/health`
 * for older scripts): PostgreSQL and Redis answer within 1 s, else 503 and the pod gets no traffic.
 */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly redis: WorkerRedis,
  ) {}

  @Get('live')
  @HttpCode(200)
  live(@Res({ passthrough: true }) res: Response): { status: 'ok' } {
    res.setHeader('cache-control', 'no-store');
    return { status: 'ok' };
  }

  @Get('ready')
  @HttpCode(200)
  ready(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
    return this.readiness(res);
  }

  @Get()
  @HttpCode(200)
  health(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
    return this.readiness(res);
  }

  private async readiness(res: Response): Promise<Readiness> {
    const [postgres, redis] = await Promise.all([
      answers(this.dataSource.query('SELECT 1')),
      // Fails at once while disconnected (no offline queue), so a down Redis costs nothing.
      answers(this.redis.client.ping()),
    ]);
    res.setHeader('cache-control', 'no-store');
    if (!postgres || !redis) res.status(503);
    return { status: postgres && redis ? 'ok' : 'degraded', postgres, redis };
  }
}

function answers(check: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
  });
  return Promise.race([check.then(() => true, () => false), timeout]).finally(() => clearTimeout(timer));
}
