import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module';

/** Liveness and readiness for load balancers: answers 503 when PostgreSQL does not. */
@Controller('health')
export class HealthController {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Get()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) res: Response): Promise<{ status: string; postgres: boolean }> {
    const postgres = await this.dataSource
      .query('SELECT 1')
      .then(() => true)
      .catch(() => false);
    if (!postgres) res.status(503);
    return { status: postgres ? 'ok' : 'degraded', postgres };
  }
}
