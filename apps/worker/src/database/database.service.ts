import { isUuid } from '@act/domain';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Pool, type PoolClient } from 'pg';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';

/** What a job may do inside a tenant transaction. */
export type TenantTransaction = Pick<PoolClient, 'query'>;

/**
 * The worker's only door to PostgreSQL: a plain pg pool on the application role, since the sweeps
 * are a few SQL statements and need no entities. Everything tenant-owned goes through `withTenant`,
 * so row-level security sees the tenant; the setting is transaction-local and cannot leak to the
 * next user of a pooled connection. Sweeps over all tenants use `forEveryTenant` (every-tenant.ts).
 */
@Injectable()
export class DatabaseService implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseService.name);
  private readonly pool: Pool;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig) {
    this.pool = new Pool({
      connectionString: config.databaseUrl,
      max: 5,
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30000,
      application_name: 'act-worker',
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    this.pool.on('error', (error) => this.logger.warn(`PostgreSQL idle client error: ${error.message}`));
  }

  /** Runs `fn` in one transaction that begins with `set_config('app.tenant_id', tenantId, true)`. */
  async withTenant<T>(tenantId: string, fn: (tx: TenantTransaction) => Promise<T>): Promise<T> {
    if (!isUuid(tenantId)) throw new Error('withTenant needs a tenant id (uuid)');
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      await client.query("select set_config('app.tenant_id', $1, true)", [tenantId]);
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true; // the connection is unusable; drop it from the pool
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /**
   * Every tenant's id, for jobs that sweep all tenants. The application role cannot read
   * `tenant` without a tenant set (RLS); `worker_tenant_ids()` is a narrow owner-run function
   * that returns ids only. Do each tenant's work in its own `withTenant`.
   */
  async tenantIds(): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>('SELECT worker_tenant_ids() AS id');
    return rows.map((row) => row.id);
  }

  /**
   * Calls one of the access log's seal functions (`audit.*`, ADR 0015). They are SECURITY DEFINER
   * functions of their own role that span tenants; the application role may only execute them.
   */
  async audit<R extends object>(sql: `SELECT ${string} FROM audit.${string}`, params: unknown[] = []): Promise<R[]> {
    return (await this.pool.query(sql, params)).rows as R[];
  }

  /** For the health check: true when PostgreSQL answers within `timeoutMs`. */
  async ping(timeoutMs = 2000): Promise<boolean> {
    try {
      await withTimeout(this.pool.query('select 1'), timeoutMs);
      return true;
    } catch {
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
