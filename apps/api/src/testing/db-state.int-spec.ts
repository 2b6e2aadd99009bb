/**
 * The "database unchanged" checksum covers every tenant table, read from information_schema: a
 * new table with a tenant_id is covered without anyone listing it, and a new table without one
 * fails here until it is explained in NOT_TENANT_TABLES.
 */
import { closeOwnerDataSource, createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import { NOT_TENANT_TABLES, tenantChecksum, tenantTables } from './db-state';

describe('tenant checksum', () => {
  let t: TestTenant;
  beforeAll(async () => {
    t = await createTestTenant();
  });
  afterAll(() => closeOwnerDataSource());

  it('covers every table of the public schema that is not explained in NOT_TENANT_TABLES', async () => {
    const owner = await ownerDataSource();
    const all: Array<{ table_name: string }> = await owner.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const covered = new Set([...(await tenantTables()), 'tenant']);
    const uncovered = all.map((r) => r.table_name).filter((name) => !covered.has(name) && !(name in NOT_TENANT_TABLES));
    // A table listed here holds rows the checksum cannot see: give it a tenant_id (and RLS), or
    // explain in NOT_TENANT_TABLES (apps/api/src/testing/db-state.ts) why it is not tenant data.
    expect(uncovered).toEqual([]);
    // The exceptions are real tables without a tenant_id (a stale exception hides nothing).
    for (const name of Object.keys(NOT_TENANT_TABLES)) {
      expect(all.map((r) => r.table_name)).toContain(name);
      expect(await tenantTables()).not.toContain(name);
    }
  });

  it('includes the tables the hand list used to miss', async () => {
    const sum = await tenantChecksum(t.tenantId);
    for (const table of ['primary_assignment', 'caseload_exception', 'secondary_contact', 'team_alert', 'admission_assessment', 'citizen']) {
      expect(sum[table]).toEqual(expect.any(String));
    }
    expect(Object.keys(sum).sort()).toEqual([...(await tenantTables()), 'tenant'].sort());
  });

  it("changes when a row of a formerly missed table changes, and only for that tenant's table", async () => {
    const other = await createTestTenant();
    const owner = await ownerDataSource();
    const before = await tenantChecksum(t.tenantId);
    const otherBefore = await tenantChecksum(other.tenantId);
    await owner.query(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id) VALUES ($1, $2, $3)`, [
      t.tenantId,
      t.citizen.id,
      t.member.memberId,
    ]);
    const after = await tenantChecksum(t.tenantId);
    expect(after.primary_assignment).not.toEqual(before.primary_assignment);
    expect({ ...after, primary_assignment: null }).toEqual({ ...before, primary_assignment: null });
    expect(await tenantChecksum(other.tenantId)).toEqual(otherBefore);
  });
});
