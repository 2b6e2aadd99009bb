/**
 * Tenant isolation at the database level, checked as the APPLICATION role with plain pg clients:
 * the role has no way around row-level security, every table has RLS enabled and forced, no
 * tenant means no rows, a tenant sees only its own rows, and the setting never outlives its
 * transaction on a pooled connection.
 */
import type { Client } from 'pg';
import {
  type TestTenant,
  closeOwnerDataSource,
  createAccessLogEntry,
  createSession,
  createTestTenant,
  ownerDataSource,
  uniqueFictionalCpr,
} from './testing/factories';
import { appClient, attempt, inTenant, ownerClient } from './testing/pg';

const NOT_RLS = ['migrations', 'typeorm_metadata'];
/** Tables whose rows the factories create for each tenant. */
const SEEDED_TABLES = ['tenant', 'app_user', 'team', 'team_member', 'citizen', 'access_log', 'user_session'];

let app: Client;
let owner: Client;
let a: TestTenant;
let b: TestTenant;
let tables: string[];
let writeOnly: string[];
/** The application role writes these but may not read them (see the test below). */
const WRITE_ONLY_TABLES = ['sso_login_attempt'];

/** The column holding the tenant id: `id` for the tenant table itself, else `tenant_id`. */
const tenantColumn = (table: string) => (table === 'tenant' ? 'id' : 'tenant_id');

beforeAll(async () => {
  app = await appClient();
  owner = await ownerClient();
  [a, b] = await Promise.all([createTestTenant(), createTestTenant()]);
  const ds = await ownerDataSource();
  for (const t of [a, b]) {
    await createAccessLogEntry(ds, t.tenantId, { actorUserId: t.member.id, citizenId: t.citizen.id, purpose: 'test' });
    await createSession(ds, t.tenantId, t.member.id);
  }
  const { rows } = await owner.query<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> ALL($1) ORDER BY 1`,
    [NOT_RLS],
  );
  // Tables the application role may write but never read (e.g. SSO login state, consumed only through a
  // SECURITY DEFINER function) cannot leak rows to it at all; the row checks below cover the readable ones.
  const readable = await app.query<{ t: string }>(`SELECT t FROM unnest($1::text[]) AS t WHERE has_table_privilege(t, 'SELECT')`, [
    rows.map((r) => r.relname),
  ]);
  tables = readable.rows.map((r) => r.t);
  writeOnly = rows.map((r) => r.relname).filter((t) => !tables.includes(t));
});

describe('write-only tables', () => {
  it('are named here, so a table the application cannot read is a decision, and every read of one is refused', async () => {
    expect(writeOnly).toEqual(WRITE_ONLY_TABLES);
    for (const table of writeOnly) {
      await expect(app.query(`SELECT 1 FROM "${table}" LIMIT 1`)).rejects.toThrow(/permission denied/);
    }
  });
});

afterAll(async () => {
  await Promise.all([app?.end(), owner?.end()]);
  await closeOwnerDataSource();
});

describe('the application role', () => {
  it('is neither superuser nor BYPASSRLS, cannot create roles or databases', async () => {
    const { rows } = await app.query(
      `SELECT current_user AS name, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows).toEqual([
      { name: 'act_app', rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false },
    ]);
  });

  it('is not a member of the owner role or any role that bypasses RLS', async () => {
    const { rows } = await app.query(
      `SELECT r.rolname FROM pg_roles r
        WHERE r.rolname <> current_user AND pg_has_role(current_user, r.oid, 'MEMBER')
          AND (r.rolsuper OR r.rolbypassrls OR r.rolname = 'act_owner')`,
    );
    expect(rows).toEqual([]);
  });

  it('owns no schema, table, sequence, view, function or type', async () => {
    const { rows } = await app.query(
      `SELECT 'class' AS kind, relname::text AS name FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
         AND relnamespace NOT IN (SELECT oid FROM pg_namespace WHERE nspname LIKE 'pg_temp%' OR nspname LIKE 'pg_toast_temp%')
       UNION ALL SELECT 'function', proname::text FROM pg_proc WHERE proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
       UNION ALL SELECT 'type', typname::text FROM pg_type WHERE typowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
         AND typnamespace NOT IN (SELECT oid FROM pg_namespace WHERE nspname LIKE 'pg_temp%' OR nspname LIKE 'pg_toast_temp%')
       UNION ALL SELECT 'schema', nspname::text FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
         AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%'`,
    );
    expect(rows).toEqual([]);
  });

  it('cannot create objects in the schema or the database', async () => {
    const { rows } = await app.query(
      `SELECT has_schema_privilege('public', 'CREATE') AS schema_create,
              has_database_privilege(current_database(), 'CREATE') AS db_create`,
    );
    expect(rows[0]).toEqual({ schema_create: false, db_create: false });
    const created = await attempt(app, null, 'CREATE TABLE sneaky (id int)');
    expect(created).toMatchObject({ ok: false, code: '42501' });
  });

  it('cannot switch off row-level security', async () => {
    expect(await attempt(app, null, 'ALTER TABLE citizen DISABLE ROW LEVEL SECURITY')).toMatchObject({ ok: false, code: '42501' });
    // With row_security off, a query that RLS would filter raises instead of bypassing it.
    const off = await inTenant(app, a.tenantId, async () => {
      await app.query('SET LOCAL row_security = off');
      return app.query('SELECT count(*) FROM citizen').then(
        () => 'read',
        (err: { code?: string }) => err.code,
      );
    });
    expect(off).toBe('42501');
  });

  it('only calls SECURITY DEFINER functions that pin their search_path', async () => {
    const { rows } = await owner.query<{ proname: string; proconfig: string[] | null }>(
      `SELECT p.proname, p.proconfig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.prosecdef`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.proconfig ?? []).toEqual(expect.arrayContaining([expect.stringMatching(/^search_path=/)]));
  });
});

describe('row-level security on every table', () => {
  it('finds the tenant tables', () => {
    expect(tables).toEqual(expect.arrayContaining(SEEDED_TABLES));
  });

  it('is enabled and forced on every table in the schema, with a policy', async () => {
    const { rows } = await owner.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; policies: number }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
              (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid)::int AS policies
         FROM pg_class c WHERE c.oid = ANY($1::regclass[]) ORDER BY 1`,
      [[...tables, ...writeOnly]],
    );
    expect(rows.map((r) => r.relname)).toEqual([...tables, ...writeOnly].sort());
    for (const r of rows) {
      expect({ table: r.relname, enabled: r.relrowsecurity, forced: r.relforcerowsecurity, hasPolicy: r.policies > 0 }).toEqual({
        table: r.relname,
        enabled: true,
        forced: true,
        hasPolicy: true,
      });
    }
  });

  it('every policy reads the tenant once per statement, not once per row (issue 16)', async () => {
    // `tenant_id = current_tenant_id()` is evaluated for each row scanned; the sub-select is an InitPlan.
    const { rows } = await owner.query<{ tablename: string; qual: string; with_check: string }>(
      `SELECT tablename, qual, with_check FROM pg_policies WHERE schemaname = 'public' ORDER BY 1`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const perRow = rows.filter((r) => ![r.qual, r.with_check].every((c) => /^\(\w+ = \( SELECT current_tenant_id\(\) AS current_tenant_id\)\)$/.test(c)));
    expect(perRow).toEqual([]);
  });

  it('every table except tenant carries tenant_id', async () => {
    const { rows } = await owner.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id'`,
    );
    const withTenant = new Set(rows.map((r) => r.table_name));
    expect(tables.filter((t) => t !== 'tenant' && !withTenant.has(t))).toEqual([]);
  });
});

describe('without a tenant', () => {
  it('the owner sees data of both tenants (the arrangement is real)', async () => {
    for (const table of SEEDED_TABLES) {
      const { rows } = await owner.query(
        `SELECT count(DISTINCT ${tenantColumn(table)})::int AS n FROM "${table}" WHERE ${tenantColumn(table)} = ANY($1)`,
        [[a.tenantId, b.tenantId]],
      );
      expect({ table, tenants: rows[0].n }).toEqual({ table, tenants: 2 });
    }
  });

  it('every table returns no rows, in and outside a transaction', async () => {
    for (const table of tables) {
      const outside = await app.query(`SELECT count(*)::int AS n FROM "${table}"`);
      const inside = await inTenant(app, null, () => app.query(`SELECT count(*)::int AS n FROM "${table}"`));
      expect({ table, outside: outside.rows[0].n, inside: inside.rows[0].n }).toEqual({ table, outside: 0, inside: 0 });
    }
  });

  it('an empty tenant setting also gives no rows', async () => {
    const { rows } = await inTenant(app, '', () => app.query('SELECT count(*)::int AS n FROM citizen'));
    expect(rows[0].n).toBe(0);
  });

  it('inserts are refused', async () => {
    const team = await attempt(app, null, 'INSERT INTO team (tenant_id, name) VALUES ($1, $2)', [a.tenantId, 'Uden lejer']);
    expect(team).toMatchObject({ ok: false, code: '42501' });
    const log = await attempt(
      app,
      null,
      `INSERT INTO access_log (tenant_id, operation, purpose, request_id) VALUES ($1, 'citizen.read', 'care', 'r1')`,
      [a.tenantId],
    );
    expect(log).toMatchObject({ ok: false, code: '42501' });
  });

  it('updates and deletes touch nothing', async () => {
    const upd = await attempt(app, null, `UPDATE citizen SET name = 'x' WHERE id = $1`, [a.citizen.id]);
    expect(upd).toMatchObject({ ok: true, result: { rowCount: 0 } });
    const del = await attempt(app, null, 'DELETE FROM team_member WHERE id = $1', [a.member.memberId]);
    expect(del).toMatchObject({ ok: true, result: { rowCount: 0 } });
  });
});

describe('with tenant A set', () => {
  it("sees only A's rows in every table", async () => {
    await inTenant(app, a.tenantId, async () => {
      for (const table of tables) {
        const col = tenantColumn(table);
        const { rows } = await app.query(
          `SELECT count(*) FILTER (WHERE ${col} = $1)::int AS own, count(*) FILTER (WHERE ${col} <> $1)::int AS foreign FROM "${table}"`,
          [a.tenantId],
        );
        expect({ table, foreign: rows[0].foreign }).toEqual({ table, foreign: 0 });
        if (SEEDED_TABLES.includes(table)) expect({ table, own: rows[0].own > 0 }).toEqual({ table, own: true });
      }
      const citizens = await app.query('SELECT id FROM citizen ORDER BY id');
      expect(citizens.rows.map((r) => r.id).sort()).toEqual([a.citizen.id, a.otherCitizen.id].sort());
      const users = await app.query('SELECT count(*)::int AS n FROM app_user');
      expect(users.rows[0].n).toBe(5);
    });
  });

  it("cannot read B's rows even by id", async () => {
    const res = await attempt(app, a.tenantId, 'SELECT * FROM citizen WHERE id = $1 OR cpr = $2', [b.citizen.id, b.citizen.cpr]);
    expect(res).toMatchObject({ ok: true, result: { rowCount: 0 } });
  });

  it("cannot insert a row with B's tenant id", async () => {
    const team = await attempt(app, a.tenantId, 'INSERT INTO team (tenant_id, name) VALUES ($1, $2)', [b.tenantId, 'Indbrud']);
    expect(team).toMatchObject({ ok: false, code: '42501' });
    const citizen = await attempt(
      app,
      a.tenantId,
      `INSERT INTO citizen (tenant_id, team_id, name, cpr, version) VALUES ($1, $2, 'Indbrud', $3, 1)`,
      [b.tenantId, b.team.id, uniqueFictionalCpr(b.tenantId)],
    );
    // Refused by the same-tenant trigger (B's team is invisible to A) before the RLS check.
    expect(citizen).toMatchObject({ ok: false });
    expect(['42501', '23503']).toContain(!citizen.ok && citizen.code);
  });

  it('can insert into its own tenant (the checks above fail for the right reason)', async () => {
    const res = await attempt(
      app,
      a.tenantId,
      `INSERT INTO citizen (tenant_id, team_id, name, cpr, version) VALUES ($1, $2, 'Ny borger', $3, 1) RETURNING id`,
      [a.tenantId, a.team.id, uniqueFictionalCpr(a.tenantId)],
    );
    expect(res).toMatchObject({ ok: true, result: { rowCount: 1 } });
  });

  it("cannot reference B's team, user or citizen from A's rows", async () => {
    const citizen = await attempt(
      app,
      a.tenantId,
      `INSERT INTO citizen (tenant_id, team_id, name, cpr, version) VALUES ($1, $2, 'Krydser', $3, 1)`,
      [a.tenantId, b.team.id, uniqueFictionalCpr(a.tenantId)],
    );
    expect(citizen).toMatchObject({ ok: false, code: '23503' });
    const move = await attempt(app, a.tenantId, 'UPDATE citizen SET team_id = $2 WHERE id = $1', [a.citizen.id, b.team.id]);
    expect(move).toMatchObject({ ok: false, code: '23503' });
    const member = await attempt(
      app,
      a.tenantId,
      `INSERT INTO team_member (tenant_id, team_id, user_id, discipline, fte) VALUES ($1, $2, $3, 'nursing', 0.5)`,
      [a.tenantId, a.team.id, b.member.id],
    );
    expect(member).toMatchObject({ ok: false, code: '23503' });
    const session = await attempt(
      app,
      a.tenantId,
      `INSERT INTO user_session (tenant_id, user_id, token_hash, expires_at) VALUES ($1, $2, '\\x00', now() + interval '1 hour')`,
      [a.tenantId, b.member.id],
    );
    expect(session).toMatchObject({ ok: false, code: '23503' });
  });

  it('the same-tenant trigger also holds for the owner role, which bypasses RLS', async () => {
    const res = await attempt(
      owner,
      null,
      `INSERT INTO citizen (tenant_id, team_id, name, cpr, version) VALUES ($1, $2, 'Krydser', $3, 1)`,
      [a.tenantId, b.team.id, uniqueFictionalCpr(a.tenantId)],
    );
    expect(res).toMatchObject({ ok: false, code: '23503' });
  });

  it("cannot move its rows to B or change B's rows", async () => {
    const move = await attempt(app, a.tenantId, 'UPDATE team SET tenant_id = $2 WHERE id = $1', [a.team.id, b.tenantId]);
    expect(move).toMatchObject({ ok: false, code: '42501' });
    const upd = await attempt(app, a.tenantId, `UPDATE citizen SET name = 'x' WHERE id = $1`, [b.citizen.id]);
    expect(upd).toMatchObject({ ok: true, result: { rowCount: 0 } });
    const del = await attempt(app, a.tenantId, 'DELETE FROM team_member WHERE id = $1', [b.member.memberId]);
    expect(del).toMatchObject({ ok: true, result: { rowCount: 0 } });
    const { rows } = await owner.query('SELECT name FROM citizen WHERE id = $1', [b.citizen.id]);
    expect(rows[0].name).toBe(b.citizen.name);
  });

  it('sees only its own tenant row and cannot change tenants', async () => {
    const res = await attempt(app, a.tenantId, 'SELECT id FROM tenant');
    expect(res).toMatchObject({ ok: true, result: { rows: [{ id: a.tenantId }] } });
    expect(await attempt(app, a.tenantId, `INSERT INTO tenant (name) VALUES ('Ny')`)).toMatchObject({ ok: false, code: '42501' });
    expect(await attempt(app, a.tenantId, `UPDATE tenant SET name = 'x'`)).toMatchObject({ ok: false, code: '42501' });
  });
});

describe('the tenant setting does not leak', () => {
  const count = async (c: Client) => (await c.query('SELECT count(*)::int AS n FROM citizen')).rows[0].n as number;

  it('after COMMIT the same connection sees no rows', async () => {
    const during = await inTenant(app, a.tenantId, () => count(app), { commit: true });
    expect(during).toBe(2);
    expect(await inTenant(app, null, () => count(app))).toBe(0);
    expect(await count(app)).toBe(0);
    const { rows } = await app.query(`SELECT current_setting('app.tenant_id', true) AS v`);
    expect(rows[0].v ?? '').toBe('');
  });

  it('after ROLLBACK the same connection sees no rows', async () => {
    expect(await inTenant(app, a.tenantId, () => count(app))).toBe(2);
    expect(await count(app)).toBe(0);
  });

  it('switching tenants on one connection shows each its own rows', async () => {
    const seenByA = await inTenant(app, a.tenantId, async () => (await app.query('SELECT id FROM citizen')).rows.map((r) => r.id));
    const seenByB = await inTenant(app, b.tenantId, async () => (await app.query('SELECT id FROM citizen')).rows.map((r) => r.id));
    expect(seenByA.sort()).toEqual([a.citizen.id, a.otherCitizen.id].sort());
    expect(seenByB.sort()).toEqual([b.citizen.id, b.otherCitizen.id].sort());
  });
});
