import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DatabaseService, withTimeout } from '../database/database.service';
import { HeartbeatState } from '../system/heartbeat.state';

export interface HealthReport {
  status: 'ok' | 'degraded';
  redis: boolean;
  postgres: boolean;
  /** ISO time of the last heartbeat job run in this process, or null. */
  lastHeartbeat: string | null;
}

/** As the API's readiness: a dependency that takes longer than 1 s counts as down. */
const CHECK_TIMEOUT_MS = 1000;

@Injectable()
export class HealthService {
  constructor(
    @InjectQueue('system') private readonly queue: Queue,
    private readonly database: DatabaseService,
    private readonly heartbeat: HeartbeatState,
  ) {}

  async check(): Promise<HealthReport> {
    const [redis, postgres] = await Promise.all([this.redisAnswers(), this.database.ping(CHECK_TIMEOUT_MS)]);
    return {
      status: redis && postgres ? 'ok' : 'degraded',
      redis,
      postgres,
      lastHeartbeat: this.heartbeat.lastRunAt?.toISOString() ?? null,
    };
  }

  private async redisAnswers(): Promise<boolean> {
    try {
      // A round trip on BullMQ's own connection (its client adapter has no PING): reading a key
      // that never exists is as cheap as it gets.
      const client = await withTimeout(this.queue.getBackend().client, CHECK_TIMEOUT_MS);
      await withTimeout(client.get('act:health:probe'), CHECK_TIMEOUT_MS);
      return true;
    } catch {
      return false;
    }
  }
}
