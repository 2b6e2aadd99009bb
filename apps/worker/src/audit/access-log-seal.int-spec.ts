/**
 * The worker's access-log seal and purge jobs against real PostgreSQL, as the application role:
 * they only call the `audit` functions (ADR 0015); packages/db's access-log-seal.int-spec.ts
 * tests the functions themselves (tampering, retention, who may change what).
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { closeOwnerDataSource, createAccessLogEntry, createTestTenant, ownerDataSource, testDatabaseUrls } from '@act/db/testing';
import type { WorkerConfig } from '../config/worker-config';
import { DatabaseService } from '../database/database.service';
import { AccessLogSealService } from './access-log-seal.service';

let database: DatabaseService;
let service: AccessLogSealService;
let owner: Client;

beforeAll(async () => {
  database = new DatabaseService({ databaseUrl: testDatabaseUrls().app } as WorkerConfig);
  service = new AccessLogSealService(database);
  owner = new Client({ connectionString: testDatabaseUrls().owner });
  await owner.connect();
});

afterAll(async () => {
  await database.onApplicationShutdown();
  await owner.end();
  await closeOwnerDataSource();
});

const unsealed = async (tenantId: string) =>
  (await owner.query<{ rows_unsealed: string; problem: string | null }>('SELECT rows_unsealed, problem FROM audit.verify_access_log($1)', [tenantId])).rows[0];

it('seals a tenant’s new rows (other suites’ open transactions may hold it back a few rounds)', async () => {
  const t = await createTestTenant();
  const ds = await ownerDataSource();
  await createAccessLogEntry(ds, t.tenantId, { actorUserId: t.member.id, citizenId: t.citizen.id });
  expect(await unsealed(t.tenantId)).toEqual({ rows_unsealed: '1', problem: null });
  let sealedNow = 0;
  for (let round = 0; round < 100 && (await unsealed(t.tenantId)).rows_unsealed !== '0'; round++) {
    sealedNow += await service.seal();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await unsealed(t.tenantId)).toEqual({ rows_unsealed: '0', problem: null });
  expect(sealedNow).toBeGreaterThan(0);
});

it("purges a tenant's rows past its retention and keeps the others", async () => {
  const t = await createTestTenant();
  const ds = await ownerDataSource();
  await ds.query('UPDATE tenant SET access_log_retention_months = 1 WHERE id = $1', [t.tenantId]);
  await createAccessLogEntry(ds, t.tenantId, { occurredAt: new Date(Date.now() - 62 * 86_400_000) });
  for (let round = 0; round < 100 && (await unsealed(t.tenantId)).rows_unsealed !== '0'; round++) {
    await service.seal();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await createAccessLogEntry(ds, t.tenantId, {});
  await service.purge();
  const left = await owner.query('SELECT count(*)::int AS n FROM access_log WHERE tenant_id = $1', [t.tenantId]);
  expect(left.rows[0].n).toBe(1);
  expect((await unsealed(t.tenantId)).problem).toBeNull();
});
