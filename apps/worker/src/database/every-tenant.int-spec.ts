/**
 * The per-tenant sweep loop against real PostgreSQL: the tenant ids come from
 * `worker_tenant_ids()` as the application role (RLS on), exactly as the sweeps use it.
 */
import { Logger } from '@nestjs/common';
import { closeOwnerDataSource, createTestTenant, testDatabaseUrls } from '@act/db/testing';
import type { WorkerConfig } from '../config/worker-config';
import { DatabaseService } from './database.service';
import { forEveryTenant } from './every-tenant';

let database: DatabaseService;
const logger = new Logger('every-tenant.int-spec');

beforeAll(() => {
  database = new DatabaseService({ databaseUrl: testDatabaseUrls().app } as WorkerConfig);
});

afterAll(async () => {
  await database.onApplicationShutdown();
  await closeOwnerDataSource();
});

describe('forEveryTenant', () => {
  it('runs the work once per tenant, each in its own transaction, and adds up the counts', async () => {
    const a = await createTestTenant();
    const b = await createTestTenant();
    const seen: string[] = [];
    const totals = await forEveryTenant(database, {
      name: 'Probe',
      logger,
      zero: { visited: 0, tenantMatches: 0 },
      work: (tenantId) =>
        database.withTenant(tenantId, async (tx) => {
          seen.push(tenantId);
          const { rows } = await tx.query<{ tenant: string }>("select current_setting('app.tenant_id', true) as tenant");
          return { visited: 1, tenantMatches: rows[0].tenant === tenantId ? 1 : 0 };
        }),
      summary: (t) => `Probe: ${t.tenants} tenant(s)`,
    });
    expect(seen).toEqual(expect.arrayContaining([a.tenantId, b.tenantId]));
    expect(new Set(seen).size).toBe(seen.length);
    expect(totals).toEqual({ tenants: seen.length, visited: seen.length, tenantMatches: seen.length, failedTenants: 0 });
  });

  it('goes on past a failing tenant, then throws naming how many failed', async () => {
    const failing = await createTestTenant();
    const visited: string[] = [];
    let totals: { tenants: number; failedTenants: number; done: number } | undefined;
    const run = forEveryTenant(database, {
      name: 'Probe',
      logger,
      zero: { done: 0 },
      work: async (tenantId) => {
        visited.push(tenantId);
        if (tenantId === failing.tenantId) throw new Error('boom');
        return { done: 1 };
      },
      summary: (t) => {
        totals = t;
        return `Probe: ${t.tenants} tenant(s), ${t.failedTenants} failed`;
      },
    });
    await expect(run).rejects.toThrow('Probe failed for 1 tenant(s); they are retried on the next run');
    await expect(run).rejects.toMatchObject({ cause: new Error('boom') });
    expect(visited).toContain(failing.tenantId);
    // Every other tenant was still swept, the ones after the failing one included.
    expect(totals).toEqual({ tenants: visited.length, failedTenants: 1, done: visited.length - 1 });
  });
});
