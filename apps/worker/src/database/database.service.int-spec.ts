import { DatabaseService } from './database.service';
import type { WorkerConfig } from '../config/worker-config';

// Superuser URL is fine here: this checks the transaction and setting mechanics, not RLS itself.
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/postgres';
const TENANT = '6f1c1f9e-7a4b-4c53-9d2e-0c8f2b9a1d11';

describe('DatabaseService.withTenant (real PostgreSQL)', () => {
  const database = new DatabaseService({ databaseUrl: DATABASE_URL } as WorkerConfig);
  afterAll(() => database.onApplicationShutdown());

  it('sets app.tenant_id for the transaction only', async () => {
    const inside = await database.withTenant(TENANT, async (tx) => {
      const { rows } = await tx.query<{ tenant: string }>("select current_setting('app.tenant_id', true) as tenant");
      return rows[0].tenant;
    });
    expect(inside).toBe(TENANT);
    // The next transaction on a pooled connection does not see it.
    const after = await database.withTenant('00000000-0000-4000-8000-000000000000', async (tx) => {
      const { rows } = await tx.query<{ tenant: string }>("select current_setting('app.tenant_id', true) as tenant");
      return rows[0].tenant;
    });
    expect(after).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('rolls back when fn throws', async () => {
    // DDL is transactional in PostgreSQL: after a rollback the table does not exist.
    const table = `worker_tx_probe_${process.pid}_${Date.now()}`;
    await expect(
      database.withTenant(TENANT, async (tx) => {
        await tx.query(`create table ${table} (n int)`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const exists = await database.withTenant(TENANT, async (tx) => {
      const result = await tx.query<{ found: string | null }>('select to_regclass($1)::text as found', [table]);
      return result.rows[0].found;
    });
    expect(exists).toBeNull();
  });

  it('refuses a tenant id that is not a uuid', async () => {
    await expect(database.withTenant("x' or 1=1", async () => 1)).rejects.toThrow(/uuid/);
  });

  it('pings', async () => {
    expect(await database.ping()).toBe(true);
  });
});
