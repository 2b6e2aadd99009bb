/**
 * `npm run db:restore-drill`: proves a backup can be restored. Dumps the database (pg_dump, custom
 * format) from one exported snapshot while counting every table's rows in that same snapshot,
 * restores the dump into a scratch database, compares the counts table by table and verifies the
 * access log's seals in the copy (ADR 0015). The scratch database is dropped afterwards unless
 * `--keep`. Exit code 0 when everything matches, 1 when a count differs or a seal fails, 2 when
 * the drill could not run. Prints table names, counts and timings only — never row contents.
 *
 *   node dist/cli/restore-drill.js [--database act] [--scratch act_restore_drill] [--keep]
 *
 * Needs `DATABASE_URL` (a superuser or a role that can create databases and read everything) and
 * pg_dump / pg_restore no older than the server (Debian's postgresql-client).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { OWNER_ROLE, databaseUrls } from '../config';
import { describeVerification, type TenantVerification } from './verify-access-log';

const run = promisify(execFile);

export interface TableCount {
  table: string;
  source: number;
  restored: number | null;
}

export interface DrillResult {
  source: string;
  scratch: string;
  dumpBytes: number;
  tables: TableCount[];
  mismatches: TableCount[];
  verification: TenantVerification[];
  seconds: { dump: number; restore: number; verify: number };
  ok: boolean;
}

const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function urlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Every ordinary table of the application and audit schemas, as "schema.table". */
async function tableNames(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema IN ('public', 'audit') ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

async function countRows(client: Client, tables: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    counts.set(table, Number(rows[0].n));
  }
  return counts;
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

export async function restoreDrill(options: { adminUrl: string; source: string; scratch: string; keep?: boolean }): Promise<DrillResult> {
  const { adminUrl, source, scratch } = options;
  for (const name of [source, scratch]) if (!DATABASE_NAME.test(name)) throw new Error(`Invalid database name: ${name}`);
  if (source === scratch) throw new Error('The scratch database must not be the source database');
  const dir = await mkdtemp(join(tmpdir(), 'act-restore-drill-'));
  const dumpFile = join(dir, `${source}.dump`);
  const admin = new Client({ connectionString: adminUrl, application_name: 'act-restore-drill' });
  const src = new Client({ connectionString: urlFor(adminUrl, source), application_name: 'act-restore-drill' });
  let copy: Client | null = null;
  await admin.connect();
  try {
    // 1. One snapshot for both the counts and the dump: what is counted is exactly what is dumped,
    //    however busy the source is.
    await src.connect();
    let t = performance.now();
    await src.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await src.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0].id;
    const tables = await tableNames(src);
    const sourceCounts = await countRows(src, tables);
    await run('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, `--file=${dumpFile}`, `--dbname=${urlFor(adminUrl, source)}`]);
    await src.query('COMMIT');
    const dumpSeconds = seconds(t);
    const dumpBytes = (await stat(dumpFile)).size;

    // 2. Restore into a fresh scratch database. Triggers stay off while the rows are loaded: the
    //    rows are restored as they were (the access log's transaction ids included), not re-stamped.
    t = performance.now();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${scratch} OWNER ${OWNER_ROLE} ENCODING 'UTF8' TEMPLATE template0`);
    await run('pg_restore', ['--exit-on-error', '--disable-triggers', `--dbname=${urlFor(adminUrl, scratch)}`, dumpFile]);
    const restoreSeconds = seconds(t);

    // 3. Compare and verify the copy.
    t = performance.now();
    copy = new Client({ connectionString: urlFor(adminUrl, scratch), application_name: 'act-restore-drill' });
    await copy.connect();
    const restoredTables = new Set(await tableNames(copy));
    const restoredCounts = await countRows(copy, tables.filter((name) => restoredTables.has(name)));
    const counts = tables.map((table) => ({ table, source: sourceCounts.get(table)!, restored: restoredCounts.get(table) ?? null }));
    const verification = (await copy.query<TenantVerification>('SELECT * FROM audit.verify_access_log(NULL)')).rows;
    const verifySeconds = seconds(t);
    const mismatches = counts.filter((c) => c.restored !== c.source);
    return {
      source,
      scratch,
      dumpBytes,
      tables: counts,
      mismatches,
      verification,
      seconds: { dump: dumpSeconds, restore: restoreSeconds, verify: verifySeconds },
      ok: mismatches.length === 0 && verification.every((v) => v.problem === null),
    };
  } finally {
    await copy?.end().catch(() => undefined);
    await src.end().catch(() => undefined);
    if (!options.keep) await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await rm(dir, { recursive: true, force: true });
  }
}

export function describeDrill(r: DrillResult): string[] {
  const rows = r.tables.reduce((sum, c) => sum + c.source, 0);
  const lines = [
    `dump of ${r.source}: ${(r.dumpBytes / 1024 / 1024).toFixed(1)} MiB in ${r.seconds.dump} s; restored into ${r.scratch} in ${r.seconds.restore} s`,
    `row counts: ${r.tables.length} tables, ${rows} rows — ${r.mismatches.length ? `${r.mismatches.length} DIFFER` : 'all equal'}`,
    ...r.mismatches.map((m) => `  ${m.table}: ${m.source} in the source, ${m.restored ?? 'table missing'} restored`),
    ...r.verification.map((v) => `  ${describeVerification(v)}`),
    `access log in the copy: ${r.verification.length} tenant(s), ${r.verification.filter((v) => v.problem).length} failed (${r.seconds.verify} s)`,
    r.ok ? 'restore drill: ok' : 'restore drill: FAILED',
  ];
  return lines;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  const urls = databaseUrls({ ...process.env, ...(arg('database') ? { ACT_DATABASE: arg('database') } : {}) });
  restoreDrill({ adminUrl: urls.admin, source: urls.database, scratch: arg('scratch') ?? `${urls.database}_restore_drill`, keep: process.argv.includes('--keep') })
    .then((result) => {
      for (const line of describeDrill(result)) console.log(line);
      process.exit(result.ok ? 0 : 1);
    })
    .catch((err: unknown) => {
      console.error('restore drill could not run:', err instanceof Error ? err.message : err);
      process.exit(2);
    });
}
