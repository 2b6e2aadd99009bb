/**
 * The access log's seal (ADR 0015; issue 13, defect 3): the log's owner could switch its
 * append-only trigger off and edit a row unseen. Now every finished row is sealed, per tenant, in a
 * hash chain kept in the schema `audit` (role act_audit), and verification names the first altered,
 * removed or added row. Tests work on their own tenants only; other suites write concurrently.
 */
import type { Client } from 'pg';
import { describeVerification, type TenantVerification, verifyAccessLog } from './cli/verify-access-log';
import { type TestTenant, closeOwnerDataSource, createTestTenant, ownerDataSource, testDatabaseUrls } from './testing/factories';
import { appClient, inTenant, ownerClient } from './testing/pg';

let app: Client;
let owner: Client;

beforeAll(async () => {
  [app, owner] = await Promise.all([appClient(), ownerClient()]);
});

afterAll(async () => {
  await Promise.all([app?.end(), owner?.end()]);
  await closeOwnerDataSource();
});

/** Writes `n` rows as the application does (role act_app, tenant set), committed; returns their ids. */
async function writeRows(t: TestTenant, n: number, requestId = `req-${n}`): Promise<string[]> {
  const res = await inTenant(
    app,
    t.tenantId,
    () =>
      app.query<{ id: string }>(
        `INSERT INTO access_log (tenant_id, actor_user_id, citizen_id, operation, purpose, request_id)
         SELECT $1, $2, $3, 'citizen.read', 'care', $4 FROM generate_series(1, $5) RETURNING id`,
        [t.tenantId, t.member.id, t.citizen.id, requestId, n],
      ),
    { commit: true },
  );
  return res.rows.map((r) => r.id).sort((a, b) => Number(a) - Number(b));
}

const verify = async (t: TestTenant): Promise<TenantVerification> => (await verifyAccessLog(testDatabaseUrls().owner, t.tenantId))[0];

/**
 * Seals as the worker does (role act_app) until the tenant has nothing unsealed. A concurrent
 * suite's open transaction holds the horizon back, so this may take a few rounds.
 */
async function sealAll(t: TestTenant): Promise<TenantVerification> {
  for (let round = 0; round < 100; round++) {
    await app.query('SELECT audit.seal_access_log()');
    const result = await verify(t);
    if (result.rows_unsealed === '0') return result;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('rows stayed unsealed for 10 s');
}

/** The reproduction, as the table's owner: switch the triggers off, change, switch on. */
async function asOwnerWithoutTriggers(sql: string, params: unknown[]): Promise<void> {
  await owner.query('BEGIN');
  try {
    await owner.query('ALTER TABLE access_log DISABLE TRIGGER USER');
    await owner.query(sql, params);
    await owner.query('ALTER TABLE access_log ENABLE TRIGGER USER');
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}

describe('sealing and verifying', () => {
  it('seals every row in a chain per tenant, and an untouched log verifies', async () => {
    const t = await createTestTenant();
    await writeRows(t, 3);
    const first = await sealAll(t);
    await writeRows(t, 2);
    const second = await sealAll(t);
    expect(first).toMatchObject({ problem: null, rows_checked: '3' });
    expect(second).toMatchObject({ problem: null, seals: 2, rows_checked: '5', rows_unsealed: '0' });
    expect(second.head_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(describeVerification(second)).toContain('ok, head');
    const seals = await owner.query('SELECT seq, prev_hash IS NULL AS first FROM audit.access_log_seal WHERE tenant_id = $1 ORDER BY seq', [t.tenantId]);
    expect(seals.rows).toEqual([{ seq: 1, first: true }, { seq: 2, first: false }]);
  });

  it("names the row the owner changed with the trigger switched off (defect 3's reproduction)", async () => {
    const t = await createTestTenant();
    const ids = await writeRows(t, 4);
    await sealAll(t);
    await asOwnerWithoutTriggers(`UPDATE access_log SET purpose = 'other' WHERE id = $1`, [ids[2]]);
    expect(await verify(t)).toMatchObject({ problem: 'row altered, or a row before it removed', seal_seq: 1, row_id: ids[2], head_hash: null });
  });

  it('names a removed row by the first row after it, and rows removed at the end', async () => {
    const t = await createTestTenant();
    const ids = await writeRows(t, 4);
    await sealAll(t);
    await asOwnerWithoutTriggers(`DELETE FROM access_log WHERE id = $1`, [ids[1]]);
    expect(await verify(t)).toMatchObject({ problem: 'row altered, or a row before it removed', row_id: ids[2] });

    const u = await createTestTenant();
    const last = await writeRows(u, 2);
    await sealAll(u);
    await asOwnerWithoutTriggers(`DELETE FROM access_log WHERE id = $1`, [last[1]]);
    expect(await verify(u)).toMatchObject({ problem: 'rows removed at the end of the seal', row_id: last[1] });
  });

  it('finds a row slipped in afterwards with an old transaction id', async () => {
    const t = await createTestTenant();
    await writeRows(t, 2);
    await sealAll(t);
    const [{ xact_id }] = (await owner.query(`SELECT max(xact_id) AS xact_id FROM access_log WHERE tenant_id = $1`, [t.tenantId])).rows;
    const forged = await owner.query<{ id: string }>(`SELECT nextval(pg_get_serial_sequence('access_log', 'id')) AS id`);
    await asOwnerWithoutTriggers(
      `INSERT INTO access_log (id, tenant_id, operation, purpose, request_id, xact_id) OVERRIDING SYSTEM VALUE
       VALUES ($1, $2, 'citizen.read', 'care', 'forged', $3)`,
      [forged.rows[0].id, t.tenantId, xact_id],
    );
    expect(await verify(t)).toMatchObject({ problem: 'row added after sealing', row_id: forged.rows[0].id });
  });

  describe('rows about several citizens (ADR 0026)', () => {
    /** One row naming several citizens, as the API writes a list; returns its id. */
    async function writeListRow(t: TestTenant, citizenIds: string[]): Promise<string> {
      const res = await inTenant(
        app,
        t.tenantId,
        () =>
          app.query<{ id: string }>(
            `INSERT INTO access_log (tenant_id, actor_user_id, citizen_ids, operation, purpose, request_id)
             VALUES ($1, $2, $3, 'citizen.list', 'planning', 'list') RETURNING id`,
            [t.tenantId, t.member.id, citizenIds],
          ),
        { commit: true },
      );
      return res.rows[0].id;
    }

    it('seals the ids, and names the row when one id in the array is changed, removed or the order changed', async () => {
      const t = await createTestTenant();
      await writeRows(t, 1);
      const ids = [t.citizen.id, t.otherCitizen.id, '00000000-0000-4000-8000-000000000001'];
      const row = await writeListRow(t, ids);
      await writeRows(t, 1, 'after');
      expect(await sealAll(t)).toMatchObject({ problem: null, rows_checked: '3' });

      await asOwnerWithoutTriggers(`UPDATE access_log SET citizen_ids[2] = '00000000-0000-4000-8000-000000000002' WHERE id = $1`, [row]);
      expect(await verify(t)).toMatchObject({ problem: 'row altered, or a row before it removed', seal_seq: 1, row_id: row });

      for (const tampered of [[ids[0], ids[2]], [ids[1], ids[0], ids[2]], ids]) {
        await asOwnerWithoutTriggers(`UPDATE access_log SET citizen_ids = $2 WHERE id = $1`, [row, tampered]);
        const result = await verify(t);
        if (tampered === ids) expect(result).toMatchObject({ problem: null }); // put back as sealed: verifies again
        else expect(result).toMatchObject({ problem: 'row altered, or a row before it removed', row_id: row });
      }
    });

    it('a row without citizen_ids digests exactly as before the column existed, so older seals still verify', async () => {
      const t = await createTestTenant();
      const [id] = await writeRows(t, 1);
      await sealAll(t);
      // The digest of ADR 0015 (twelve columns), computed here independently of audit.row_digest.
      const res = await owner.query(
        `SELECT sha256(convert_to(jsonb_build_array(l.id, l.tenant_id, l.occurred_at AT TIME ZONE 'UTC', l.actor_user_id, l.citizen_id,
                  l.criterion, l.operation, l.purpose, l.request_id, l.client_request_id, l.outcome::text, l.xact_id)::text, 'UTF8'))
                = substring(s.row_digests FROM 1 FOR 32) AS same
         FROM access_log l JOIN audit.access_log_seal s ON s.tenant_id = l.tenant_id AND s.seq = 1
         WHERE l.id = $1`,
        [id],
      );
      expect(res.rows).toEqual([{ same: true }]);
    });

    it('a row names its citizens in one way only: citizen_id, or two or more citizen_ids', async () => {
      const t = await createTestTenant();
      const insert = (citizenId: string | null, citizenIds: string[] | null) =>
        inTenant(app, t.tenantId, () =>
          app.query(
            `INSERT INTO access_log (tenant_id, citizen_id, citizen_ids, operation, purpose, request_id) VALUES ($1, $2, $3, 'citizen.list', 'planning', 'r')`,
            [t.tenantId, citizenId, citizenIds],
          ),
        );
      await expect(insert(t.citizen.id, [t.citizen.id, t.otherCitizen.id])).rejects.toThrow(/ck_access_log_citizen_ids/);
      await expect(insert(null, [t.citizen.id])).rejects.toThrow(/ck_access_log_citizen_ids/);
      await expect(insert(null, [])).rejects.toThrow(/ck_access_log_citizen_ids/);
    });
  });

  it('stamps the writing transaction whatever the INSERT says', async () => {
    const t = await createTestTenant();
    const res = await inTenant(app, t.tenantId, async () => {
      const row = await app.query(
        `INSERT INTO access_log (tenant_id, operation, purpose, request_id, xact_id) VALUES ($1, 'citizen.read', 'care', 'r', 1) RETURNING xact_id`,
        [t.tenantId],
      );
      const own = await app.query(`SELECT pg_current_xact_id()::text AS x`);
      return { stamped: row.rows[0].xact_id as string, own: own.rows[0].x as string };
    });
    expect(res.stamped).toBe(res.own);
  });
});

describe('who can change what', () => {
  const refused = async (client: Client, sql: string) => {
    await client.query('BEGIN');
    try {
      await client.query(sql);
      return 'allowed';
    } catch (error) {
      return (error as { code?: string }).code;
    } finally {
      await client.query('ROLLBACK');
    }
  };

  it.each([
    'ALTER TABLE access_log DISABLE TRIGGER USER',
    'ALTER TABLE access_log OWNER TO act_app',
    `UPDATE access_log SET purpose = 'x'`,
    'DELETE FROM access_log',
    'TRUNCATE access_log',
    'DROP TABLE access_log',
    `UPDATE audit.access_log_seal SET hash = '\\x00'`,
    'DELETE FROM audit.access_log_seal',
    'INSERT INTO audit.seal_run (horizon, seals) VALUES (1, 0)',
    `CREATE OR REPLACE FUNCTION audit.seal_hash(bytea, uuid, integer, bigint, bigint, bigint, bigint, integer, bytea) RETURNS bytea LANGUAGE sql AS $$ SELECT ''::bytea $$`,
    'SET ROLE act_audit',
  ])('the application role cannot: %s', async (sql) => {
    // 42501 insufficient privilege, 42P01 unknown table when it cannot even see it; never allowed.
    expect(await refused(app, sql)).toMatch(/^(42501|42P01)$/);
  });

  it.each([
    `UPDATE audit.access_log_seal SET hash = '\\x00'`,
    'DELETE FROM audit.access_log_seal',
    'DELETE FROM audit.access_log_purge',
    'INSERT INTO audit.seal_run (horizon, seals) VALUES (1, 0)',
    'DROP TABLE audit.access_log_seal',
    `CREATE OR REPLACE FUNCTION audit.seal_hash(bytea, uuid, integer, bigint, bigint, bigint, bigint, integer, bytea) RETURNS bytea LANGUAGE sql AS $$ SELECT ''::bytea $$`,
    'SET ROLE act_audit',
    'DELETE FROM access_log',
  ])('the migrating owner cannot: %s', async (sql) => {
    expect(await refused(owner, sql)).toBe('42501');
  });

  it('neither role is a member of act_audit, which cannot log in', async () => {
    const res = await owner.query(
      `SELECT r.rolcanlogin, pg_has_role('act_app', 'act_audit', 'MEMBER') AS app, pg_has_role('act_owner', 'act_audit', 'MEMBER') AS owner
       FROM pg_roles r WHERE r.rolname = 'act_audit'`,
    );
    expect(res.rows).toEqual([{ rolcanlogin: false, app: false, owner: false }]);
  });
});

describe('retention', () => {
  it("purges whole seals past the tenant's retention, records it, and the rest still verifies", async () => {
    const ds = await ownerDataSource();
    const t = await createTestTenant();
    const other = await createTestTenant(); // default retention (6 months): its old row stays
    await ds.query(`UPDATE tenant SET access_log_retention_months = 1 WHERE id = $1`, [t.tenantId]);
    const old = await writeRows(t, 3, 'old');
    const otherOld = await writeRows(other, 1, 'old');
    // Back-date them as if written two months ago (the owner, triggers off: a test arrangement).
    await asOwnerWithoutTriggers(`UPDATE access_log SET occurred_at = now() - interval '2 months' WHERE id = ANY($1::bigint[])`, [
      [...old, ...otherOld],
    ]);
    await sealAll(t);
    await sealAll(other);
    const recent = await writeRows(t, 2, 'recent');
    await sealAll(t);

    // The application role runs the purge as the worker does; it may delete only through it.
    await app.query('SELECT * FROM audit.purge_access_log()');
    const left = await owner.query(`SELECT id FROM access_log WHERE tenant_id = $1 ORDER BY id`, [t.tenantId]);
    expect(left.rows.map((r: { id: string }) => r.id)).toEqual(recent);
    const purges = await owner.query(`SELECT through_seq, rows_deleted FROM audit.access_log_purge WHERE tenant_id = $1`, [t.tenantId]);
    expect(purges.rows).toEqual([{ through_seq: 1, rows_deleted: '3' }]);
    expect(await verify(t)).toMatchObject({ problem: null, seals: 2, rows_checked: '2' });
    expect((await owner.query(`SELECT count(*)::int AS n FROM access_log WHERE tenant_id = $1`, [other.tenantId])).rows[0].n).toBe(1);
    expect(await verify(other)).toMatchObject({ problem: null });
  });

  it('the retention must be between 1 and 120 months', async () => {
    const ds = await ownerDataSource();
    const t = await createTestTenant();
    await expect(ds.query(`UPDATE tenant SET access_log_retention_months = 0 WHERE id = $1`, [t.tenantId])).rejects.toThrow(/ck_tenant_access_log_retention/);
  });
});
