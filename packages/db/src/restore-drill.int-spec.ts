/**
 * The restore drill (issue 15, operations guide): a dump of a live database restored into a scratch
 * database has the same rows in every table and an access log whose seals still verify; a log
 * altered in the source is caught in the copy. Works on its own database (<test db>_drill), set
 * up with the migrations and the demo like a real installation.
 */
import { Client } from 'pg';
import { describeDrill, restoreDrill } from './cli/restore-drill';
import { setupDatabase } from './cli/setup';
import { databaseUrls } from './config';
import { createDataSource } from './data-source';
import { seedDemo } from './demo';

const source = `${process.env.ACT_TEST_DATABASE ?? 'act_test'}_drill`;
const scratch = `${source}_copy`;
const urls = databaseUrls({ ...process.env, ACT_DATABASE: source });
let app: Client;
let owner: Client;
let tenantId: string;
let actor: { userId: string; citizenId: string };

async function databaseExists(name: string): Promise<boolean> {
  const admin = new Client({ connectionString: urls.admin });
  await admin.connect();
  try {
    return (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await admin.end();
  }
}

beforeAll(async () => {
  await setupDatabase({ database: source, reset: true });
  const ds = createDataSource({ url: urls.owner, poolSize: 1, applicationName: 'act-test-drill' });
  await ds.initialize();
  try {
    await seedDemo(ds, { now: new Date() });
  } finally {
    await ds.destroy();
  }
  app = new Client({ connectionString: urls.app });
  owner = new Client({ connectionString: urls.owner });
  await Promise.all([app.connect(), owner.connect()]);
  const staff = await owner.query<{ tenant_id: string; user_id: string; citizen_id: string }>(
    `SELECT c.tenant_id, u.id AS user_id, c.id AS citizen_id FROM citizen c JOIN app_user u ON u.tenant_id = c.tenant_id LIMIT 1`,
  );
  const row = staff.rows[0];
  tenantId = row.tenant_id;
  actor = { userId: row.user_id, citizenId: row.citizen_id };
  // A log as the application writes it (role act_app, tenant set), then sealed as the worker does.
  await app.query('BEGIN');
  await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
  await app.query(
    `INSERT INTO access_log (tenant_id, actor_user_id, citizen_id, operation, purpose, request_id)
     SELECT $1, $2, $3, 'citizen.read', 'care', 'drill-' || g FROM generate_series(1, 50) g`,
    [tenantId, row.user_id, row.citizen_id],
  );
  await app.query('COMMIT');
  await app.query('SELECT audit.seal_access_log()');
}, 180_000);

afterAll(async () => {
  await Promise.all([app?.end(), owner?.end()]);
  const admin = new Client({ connectionString: urls.admin });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  await admin.query(`DROP DATABASE IF EXISTS ${source} WITH (FORCE)`);
  await admin.end();
});

it('restores every row of every table, and the copy’s access log verifies; the scratch database is dropped', async () => {
  const result = await restoreDrill({ adminUrl: urls.admin, source, scratch });
  expect(result.mismatches).toEqual([]);
  expect(result.tables.length).toBeGreaterThan(50);
  expect(result.tables.find((t) => t.table === 'public.access_log')).toEqual({ table: 'public.access_log', source: 50, restored: 50 });
  expect(result.tables.find((t) => t.table === 'public.citizen')!.source).toBeGreaterThan(0);
  expect(result.tables.find((t) => t.table === 'audit.access_log_seal')!.restored).toBeGreaterThan(0);
  const tenant = result.verification.find((v) => v.tenant_id === tenantId)!;
  expect(tenant).toMatchObject({ problem: null, rows_checked: '50', rows_unsealed: '0' });
  expect(result.ok).toBe(true);
  expect(describeDrill(result).at(-1)).toBe('restore drill: ok');
  expect(await databaseExists(scratch)).toBe(false);
});

it('counts and dumps one snapshot: rows written while the drill runs do not make the counts differ', async () => {
  const writer = (async () => {
    for (let i = 0; i < 20; i++) {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      await app.query(
        `INSERT INTO access_log (tenant_id, actor_user_id, citizen_id, operation, purpose, request_id)
         VALUES ($1, $2, $3, 'citizen.read', 'care', $4)`,
        [tenantId, actor.userId, actor.citizenId, `during-${i}`],
      );
      await app.query('COMMIT');
    }
  })();
  const result = await restoreDrill({ adminUrl: urls.admin, source, scratch });
  await writer;
  expect(result.mismatches).toEqual([]);
  expect(result.ok).toBe(true);
});

it('a log altered in the source is named in the copy, and the drill fails', async () => {
  const { rows } = await owner.query<{ id: string }>(`SELECT id FROM access_log WHERE request_id = 'drill-7'`);
  await owner.query('BEGIN');
  await owner.query('ALTER TABLE access_log DISABLE TRIGGER USER');
  await owner.query(`UPDATE access_log SET operation = 'citizen.update' WHERE id = $1`, [rows[0].id]);
  await owner.query('ALTER TABLE access_log ENABLE TRIGGER USER');
  await owner.query('COMMIT');
  const result = await restoreDrill({ adminUrl: urls.admin, source, scratch, keep: true });
  const tenant = result.verification.find((v) => v.tenant_id === tenantId)!;
  expect(tenant.problem).not.toBeNull();
  expect(tenant.row_id).toBe(rows[0].id);
  expect(result.ok).toBe(false);
  expect(describeDrill(result).at(-1)).toBe('restore drill: FAILED');
  expect(await databaseExists(scratch)).toBe(true);
});

it('refuses to restore over its own source', async () => {
  await expect(restoreDrill({ adminUrl: urls.admin, source, scratch: source })).rejects.toThrow('must not be the source');
});
