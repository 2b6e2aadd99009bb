/**
 * The access log's seal (ADR 0015) on the reference dataset:
 * 1. Write cost on the hot path: transactions of 50 rows (a citizen list's log rows) into a
 *    scratch copy of `access_log` holding the dataset's rows — as shipped (stamp trigger and the
 *    (tenant_id, xact_id) index), without the trigger, and without both (before ADR 0015).
 * 2. Sealing and verifying the whole log as the worker and `npm run audit:verify` do.
 * Prints the figures and appends them to .data/bench/summary.md. Never fails on timing.
 *
 *   BENCH_SEAL_TX   transactions per variant (default 1000)
 */
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { BENCH_OUT, benchUrls, percentile } from './common';

const TRANSACTIONS = Number(process.env.BENCH_SEAL_TX ?? 1000);
const ROWS_PER_TX = 50;

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: 'act-bench-seal' });
  await client.connect();
  return client;
}

async function timeMs<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}

/** Per-transaction latencies of TRANSACTIONS inserts of ROWS_PER_TX rows each. */
async function writeLoad(db: Client, table: string, tenantId: string): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < TRANSACTIONS; i++) {
    const [ms] = await timeMs(async () => {
      await db.query('BEGIN');
      await db.query(
        `INSERT INTO ${table} (tenant_id, operation, purpose, request_id, citizen_id)
         SELECT $1, 'citizen.list', 'planning', 'bench-seal', gen_random_uuid() FROM generate_series(1, $2)`,
        [tenantId, ROWS_PER_TX],
      );
      await db.query('COMMIT');
    }).catch(async (error: unknown) => {
      await db.query('ROLLBACK');
      throw error;
    });
    latencies.push(ms);
  }
  return latencies.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const urls = benchUrls();
  const owner = await connect(urls.owner);
  const app = await connect(urls.app);
  const lines: string[] = [];
  try {
    const { rows: [{ id: tenantId }] } = await owner.query<{ id: string }>('SELECT id FROM tenant ORDER BY created_at LIMIT 1');
    // 1. Write cost, on a scratch copy (the real log is append-only, so it is left alone).
    await owner.query('DROP TABLE IF EXISTS bench_access_log');
    await owner.query('CREATE TABLE bench_access_log (LIKE access_log INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES)');
    try {
      await owner.query('INSERT INTO bench_access_log OVERRIDING SYSTEM VALUE SELECT * FROM access_log');
      await owner.query(`SELECT setval(pg_get_serial_sequence('bench_access_log', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM bench_access_log))`);
      await owner.query('CREATE TRIGGER bench_stamp BEFORE INSERT ON bench_access_log FOR EACH ROW EXECUTE FUNCTION stamp_access_log_xact()');
      await owner.query('ANALYZE bench_access_log');
      const variants: Array<[string, string | null]> = [
        ['as shipped (stamp trigger + tenant/xact index)', null],
        ['without the stamp trigger', 'DROP TRIGGER bench_stamp ON bench_access_log'],
        ['without trigger and index (before ADR 0015)', `DROP INDEX ${await xactIndexOfCopy(owner)}`],
      ];
      const results: Array<[string, number[]]> = [];
      for (const [name, change] of variants) {
        if (change) await owner.query(change);
        results.push([name, await writeLoad(owner, 'bench_access_log', tenantId)]);
      }
      lines.push(`| access-log write (${TRANSACTIONS} transactions × ${ROWS_PER_TX} rows) | p50 ms | p95 ms |`, '|---|---|---|');
      for (const [name, latencies] of results) {
        lines.push(`| ${name} | ${percentile(latencies, 50).toFixed(2)} | ${percentile(latencies, 95).toFixed(2)} |`);
      }
    } finally {
      await owner.query('DROP TABLE IF EXISTS bench_access_log');
    }

    // 2. Seal and verify the whole log.
    const { rows: [{ n: total }] } = await owner.query<{ n: string }>('SELECT count(*) AS n FROM access_log');
    const [sealMs, sealed] = await timeMs(async () => (await app.query<{ n: number }>('SELECT audit.seal_access_log() AS n')).rows[0].n);
    const { rows: [{ n: unsealed }] } = await owner.query<{ n: string }>(
      `SELECT coalesce(sum(rows_unsealed), 0) AS n FROM audit.verify_access_log()`,
    );
    const [verifyMs, verified] = await timeMs(async () => (await owner.query('SELECT * FROM audit.verify_access_log()')).rows);
    const checked = verified.reduce((sum: number, r: { rows_checked: string }) => sum + Number(r.rows_checked), 0);
    const problems = verified.filter((r: { problem: string | null }) => r.problem).length;
    lines.push(
      '',
      `| access-log seal | figure |`,
      '|---|---|',
      `| rows in the log | ${total} |`,
      `| seal run (new seals: ${sealed}) | ${sealMs.toFixed(0)} ms |`,
      `| rows not yet sealed after it | ${unsealed} |`,
      `| verify every tenant (${checked} rows checked, ${problems} problem(s)) | ${verifyMs.toFixed(0)} ms (${checked ? ((verifyMs / checked) * 1000).toFixed(1) : '-'} µs/row) |`,
    );
  } finally {
    await Promise.all([owner.end(), app.end()]);
  }
  const text = lines.join('\n');
  console.log(text);
  if (!existsSync(BENCH_OUT)) mkdirSync(BENCH_OUT, { recursive: true });
  appendFileSync(join(BENCH_OUT, 'summary.md'), `\n### Access-log seal (ADR 0015)\n\n${text}\n`);
}

/** LIKE … INCLUDING INDEXES names the copies itself: find the one on (tenant_id, xact_id). */
async function xactIndexOfCopy(db: Client): Promise<string> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT indexname AS name FROM pg_indexes WHERE tablename = 'bench_access_log' AND indexdef LIKE '%(tenant_id, xact_id)%'`,
  );
  if (!rows.length) throw new Error('the copy has no (tenant_id, xact_id) index');
  return rows[0].name;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
