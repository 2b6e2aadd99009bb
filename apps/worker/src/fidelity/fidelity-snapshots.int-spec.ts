/**
 * The weekly fidelity snapshots against real PostgreSQL, as the application role under
 * row-level security (ADR 0021): one snapshot per team for the 12 whole weeks to last Sunday,
 * with the tenant's active version, figures only, and nothing stored twice.
 */
import 'reflect-metadata';
import { addDays, copenhagenWallTimeToUtc } from '@act/domain';
import { lastTwelveWeeks, type StoredFidelityReport } from '@act/db';
import { closeOwnerDataSource, createTestTenant, ownerDataSource, testDatabaseUrls, type TestTenant } from '@act/db/testing';
import type { DataSource } from 'typeorm';
import type { WorkerConfig } from '../config/worker-config';
import { DatabaseService } from '../database/database.service';
import { JOB_DEFINITIONS, type JobPayloads } from '../jobs/job-names';
import { FidelitySnapshotsService } from './fidelity-snapshots.service';

let owner: DataSource;
let database: DatabaseService;
let service: FidelitySnapshotsService;
let t: TestTenant;

// A Wednesday: the period is the 12 weeks Monday 15 September – Sunday 7 December 2025.
const TODAY = '2025-12-10';
const PERIOD = { from: '2025-09-15', to: '2025-12-07' };

beforeAll(async () => {
  owner = await ownerDataSource();
  database = new DatabaseService({ databaseUrl: testDatabaseUrls().app } as WorkerConfig);
  service = new FidelitySnapshotsService(database);
  t = await createTestTenant();
  // The team's citizen is the leader's all period, seen face to face twice.
  await owner.query(`UPDATE team_member SET created_at = '2025-01-01T12:00:00Z', joined_on = '2025-01-01' WHERE tenant_id = $1`, [t.tenantId]);
  await owner.query(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id, started_at) VALUES ($1, $2, $3, '2025-06-01T10:00:00Z')`, [
    t.tenantId,
    t.citizen.id,
    t.leader.memberId,
  ]);
  for (const day of ['2025-10-01', '2025-11-05']) {
    const [{ id }] = await owner.query(
      `INSERT INTO visit (tenant_id, citizen_id, planned_start, planned_end, place_kind, outcome, actual_minutes, face_to_face, outcome_logged_at)
       VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '1 hour', 'home', 'done', 60, true, $3::timestamptz + interval '2 hours') RETURNING id`,
      [t.tenantId, t.citizen.id, copenhagenWallTimeToUtc(day, '10:00')],
    );
    await owner.query(`INSERT INTO visit_member (tenant_id, visit_id, member_id) VALUES ($1, $2, $3)`, [t.tenantId, id, t.leader.memberId]);
  }
});

afterAll(async () => {
  await database.onApplicationShutdown();
  await closeOwnerDataSource();
});

const snapshots = (tenantId: string) =>
  owner.query<Array<{ team_id: string; from_date: string; to_date: string; version_id: string; citizens: number; report: StoredFidelityReport }>>(
    `SELECT team_id, to_char(from_date, 'YYYY-MM-DD') AS from_date, to_char(to_date, 'YYYY-MM-DD') AS to_date, version_id, citizens, report
     FROM fidelity_snapshot WHERE tenant_id = $1 ORDER BY team_id`,
    [tenantId],
  );

it('is a declared job with an empty payload (ids only, never personal data)', () => {
  expect(JOB_DEFINITIONS).toContainEqual({ name: 'fidelity.weekly-snapshots', queue: 'fidelity' });
  const payload: JobPayloads['fidelity.weekly-snapshots'] = {};
  expect(payload).toEqual({});
});

it('takes the 12 whole weeks that end with the last Sunday (also on a Monday and a Sunday)', () => {
  expect(lastTwelveWeeks(TODAY)).toEqual(PERIOD);
  expect(lastTwelveWeeks('2025-12-08')).toEqual(PERIOD); // Monday: last week just ended
  expect(lastTwelveWeeks('2025-12-14')).toEqual(PERIOD); // Sunday: this week has not ended
  expect(lastTwelveWeeks('2025-12-15')).toEqual({ from: addDays(PERIOD.from, 7), to: addDays(PERIOD.to, 7) });
});

it("stores one snapshot per team with the tenant's version, figures only, and is idempotent", async () => {
  expect(await service.snapshotTenant(t.tenantId, TODAY)).toEqual({ teams: 2, stored: 2 });
  const rows = await snapshots(t.tenantId);
  expect(rows.map((r) => [r.team_id, r.from_date, r.to_date, r.version_id]).sort()).toEqual(
    [t.team.id, t.otherTeam.id].sort().map((id) => [id, PERIOD.from, PERIOD.to, 'standard-2026-1']),
  );
  const own = rows.find((r) => r.team_id === t.team.id)!;
  expect(own.citizens).toBe(1);
  // 2 contacts × 7 / (1 citizen × 84 days) = 0.17.
  expect(own.report.items.find((i) => i.itemId === 'face_to_face_contacts')).toMatchObject({ value: 0.17, basis: { contacts: 2, citizenDays: 84 } });
  const text = JSON.stringify(rows.map((r) => r.report));
  for (const secret of [t.citizen.id, t.citizen.name, t.leader.id, t.leader.name, t.leader.memberId]) expect(text).not.toContain(secret);

  // Again (a retry, a second replica, the boot run): nothing new, nothing changed.
  expect(await service.snapshotTenant(t.tenantId, TODAY)).toEqual({ teams: 2, stored: 0 });
  expect(await snapshots(t.tenantId)).toEqual(rows);
  // Two at once: the advisory lock and the unique index leave one row per team.
  const next = '2025-12-17';
  const both = await Promise.all([service.snapshotTenant(t.tenantId, next), service.snapshotTenant(t.tenantId, next)]);
  expect(both.map((b) => b.stored).sort()).toEqual([0, 2]);
  expect(await snapshots(t.tenantId)).toHaveLength(4);
}, 180_000);

it('runs for every tenant and leaves other tenants to their own rows', async () => {
  const other = await createTestTenant();
  const totals = await service.snapshotAll(TODAY);
  expect(totals.failedTenants).toBe(0);
  expect((await snapshots(other.tenantId)).map((r) => r.team_id).sort()).toEqual([other.team.id, other.otherTeam.id].sort());
  expect(await snapshots(t.tenantId)).toHaveLength(4);
}, 180_000);
