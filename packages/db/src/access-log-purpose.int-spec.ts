/**
 * Migration 1764330000005 back-fills a purpose on rows written before purposes were recorded
 * (none, or free text), leaves stated ones alone, and makes the column NOT NULL — with the log's
 * append-only trigger and FORCE row-level security back in place afterwards. Run on rows made
 * as they were before it, inside one transaction that is rolled back.
 */
import { AccessLogPurpose1764330000005 } from './migrations/1764330000005-access-log-purpose';
import { type TestTenant, closeOwnerDataSource, createTestTenant, ownerDataSource } from './testing/factories';

let t: TestTenant;

beforeAll(async () => {
  t = await createTestTenant();
});

afterAll(async () => {
  await closeOwnerDataSource();
});

it('back-fills every row from the map, keeps a stated purpose, and restores the protections', async () => {
  const ds = await ownerDataSource();
  const q = ds.createQueryRunner();
  await q.connect();
  await q.startTransaction();
  try {
    // The log as it was before: purpose nullable, some rows with none or with free text.
    await q.query(`ALTER TABLE access_log ALTER COLUMN purpose DROP NOT NULL`);
    await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [t.tenantId]);
    const rows: Array<{ id: string }> = await q.query(
      `INSERT INTO access_log (tenant_id, operation, purpose, request_id) VALUES
         ($1, 'citizen.list', NULL, 'før-1'),
         ($1, 'consent.check', 'deling med samarbejdspartner', 'før-2'),
         ($1, 'access-log.extract', NULL, 'før-3'),
         ($1, 'gammel.handling', NULL, 'før-4'),
         ($1, 'citizen.read', 'care', 'før-5')
       RETURNING id::text`,
      [t.tenantId],
    );
    await new AccessLogPurpose1764330000005().up(q);

    const after: Array<{ purpose: string }> = await q.query(`SELECT purpose FROM access_log WHERE id = ANY($1::bigint[]) ORDER BY id`, [
      rows.map((r) => r.id),
    ]);
    expect(after.map((r) => r.purpose)).toEqual(['planning', 'collaboration', 'citizen-insight', 'not-recorded', 'care']);
    const [column] = await q.query(`SELECT is_nullable FROM information_schema.columns WHERE table_name = 'access_log' AND column_name = 'purpose'`);
    expect(column.is_nullable).toBe('NO');
    const [table] = await q.query(`SELECT relforcerowsecurity AS forced FROM pg_class WHERE relname = 'access_log'`);
    expect(table.forced).toBe(true);
    const disabled = await q.query(`SELECT tgname FROM pg_trigger WHERE tgrelid = 'access_log'::regclass AND NOT tgisinternal AND tgenabled = 'D'`);
    expect(disabled).toEqual([]);
    await expect(q.query(`UPDATE access_log SET purpose = 'ændret' WHERE id = $1`, [rows[0].id])).rejects.toThrow(/append-only/);
  } finally {
    await q.rollbackTransaction();
    await q.release();
  }
});
