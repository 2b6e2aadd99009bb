/**
 * The access log is append-only: the application role may INSERT and SELECT in its own tenant;
 * UPDATE, DELETE and TRUNCATE fail — for the owner role too (a trigger refuses them).
 */
import type { Client } from 'pg';
import { type TestTenant, closeOwnerDataSource, createAccessLogEntry, createTestTenant, ownerDataSource } from './testing/factories';
import { appClient, attempt, inTenant, ownerClient } from './testing/pg';

let app: Client;
let owner: Client;
let a: TestTenant;
let b: TestTenant;
let entryA: string;

const insertSql = `INSERT INTO access_log (tenant_id, actor_user_id, citizen_id, operation, purpose, request_id)
  VALUES ($1, $2, $3, 'citizen.read', 'Forberedelse af besøg', $4) RETURNING id, occurred_at`;

beforeAll(async () => {
  app = await appClient();
  owner = await ownerClient();
  [a, b] = await Promise.all([createTestTenant(), createTestTenant()]);
  const ds = await ownerDataSource();
  entryA = (await createAccessLogEntry(ds, a.tenantId, { actorUserId: a.member.id, citizenId: a.citizen.id })).id;
  await createAccessLogEntry(ds, b.tenantId, { actorUserId: b.member.id, citizenId: b.citizen.id });
});

afterAll(async () => {
  await Promise.all([app?.end(), owner?.end()]);
  await closeOwnerDataSource();
});

const stillThere = async (id: string) =>
  (await owner.query('SELECT count(*)::int AS n FROM access_log WHERE id = $1', [id])).rows[0].n === 1;

describe('access log as the application role', () => {
  it('can insert and read back entries in its tenant, committed', async () => {
    const requestId = `req-${Date.now()}`;
    const inserted = await inTenant(
      app,
      a.tenantId,
      () => app.query(insertSql, [a.tenantId, a.member.id, a.citizen.id, requestId]),
      { commit: true },
    );
    expect(inserted.rowCount).toBe(1);
    const id = inserted.rows[0].id as string;
    const read = await attempt(app, a.tenantId, 'SELECT tenant_id, operation, request_id FROM access_log WHERE id = $1', [id]);
    expect(read).toMatchObject({
      ok: true,
      result: { rows: [{ tenant_id: a.tenantId, operation: 'citizen.read', request_id: requestId }] },
    });
    // Tenant B cannot see it.
    expect(await attempt(app, b.tenantId, 'SELECT id FROM access_log WHERE id = $1', [id])).toMatchObject({
      ok: true,
      result: { rowCount: 0 },
    });
  });

  it('sees only its own tenant entries', async () => {
    const res = await attempt(app, a.tenantId, 'SELECT DISTINCT tenant_id FROM access_log');
    expect(res).toMatchObject({ ok: true, result: { rows: [{ tenant_id: a.tenantId }] } });
  });

  it('cannot choose the id (identity is GENERATED ALWAYS)', async () => {
    const res = await attempt(
      app,
      a.tenantId,
      `INSERT INTO access_log (id, tenant_id, operation, purpose, request_id) VALUES (1, $1, 'citizen.read', 'care', 'r')`,
      [a.tenantId],
    );
    expect(res).toMatchObject({ ok: false, code: '428C9' });
  });

  it("cannot write entries into another tenant's log", async () => {
    const res = await attempt(app, a.tenantId, insertSql, [b.tenantId, a.member.id, null, 'req-x']);
    expect(res).toMatchObject({ ok: false, code: '42501' });
  });

  it.each([
    ['UPDATE', `UPDATE access_log SET purpose = 'ændret' WHERE id = $1`],
    ['DELETE', 'DELETE FROM access_log WHERE id = $1'],
  ])('%s is refused', async (_verb, sql) => {
    expect(await attempt(app, a.tenantId, sql, [entryA])).toMatchObject({ ok: false, code: '42501' });
    expect(await stillThere(entryA)).toBe(true);
  });

  it('TRUNCATE is refused', async () => {
    expect(await attempt(app, a.tenantId, 'TRUNCATE access_log')).toMatchObject({ ok: false, code: '42501' });
    expect(await stillThere(entryA)).toBe(true);
  });

  it('has no UPDATE, DELETE or TRUNCATE privilege at all', async () => {
    const { rows } = await app.query(
      `SELECT has_table_privilege('access_log', 'UPDATE') AS upd, has_table_privilege('access_log', 'DELETE') AS del,
              has_table_privilege('access_log', 'TRUNCATE') AS trunc, has_table_privilege('access_log', 'INSERT') AS ins,
              has_table_privilege('access_log', 'SELECT') AS sel`,
    );
    expect(rows[0]).toEqual({ upd: false, del: false, trunc: false, ins: true, sel: true });
  });
});

describe('access log as the owner role', () => {
  // Every attempt runs in a rolled-back transaction, so a broken trigger could not wipe the log.
  it.each([
    ['UPDATE', `UPDATE access_log SET purpose = 'ændret' WHERE id = $1`, [() => entryA]],
    ['DELETE', 'DELETE FROM access_log WHERE id = $1', [() => entryA]],
    ['TRUNCATE', 'TRUNCATE access_log', []],
  ] as const)('%s is refused by the trigger', async (_verb, sql, params) => {
    const res = await attempt(owner, null, sql, params.map((p) => p()));
    expect(res).toMatchObject({ ok: false, code: '42501' });
    expect(!res.ok && res.message).toMatch(/append-only/);
    expect(await stillThere(entryA)).toBe(true);
  });

  it('the append-only triggers are enabled', async () => {
    const { rows } = await owner.query(
      // (Suites may add a short-lived trigger of their own, named test_*, to make a log write fail.)
      `SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'access_log'::regclass AND NOT tgisinternal AND tgname NOT LIKE 'test\\_%' ORDER BY 1`,
    );
    expect(rows).toEqual([
      { tgname: 'access_log_append_only', tgenabled: 'O' },
      { tgname: 'access_log_no_truncate', tgenabled: 'O' },
      { tgname: 'access_log_stamp_xact', tgenabled: 'O' },
    ]);
  });
});
