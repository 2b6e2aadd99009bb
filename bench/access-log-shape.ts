/**
 * The access log's shape (ADR 0026): PostgreSQL CPU of a request's access-log INSERT, one row per
 * citizen (before) against one row per request and operation holding the citizens' ids (after).
 *
 * Boots the BUILT API in-process against the bench database (ACT_BENCH_DATABASE), runs the team
 * caseload and the team citizen list once each to capture the access-log INSERT they send (the
 * new shape), and rebuilds the statement the API sent before ADR 0026 from it (one row per
 * citizen, the old column list). Then replays both on one connection as the application role,
 * A/B interleaved, each INSERT in a savepoint that is rolled back, reading that backend's CPU
 * (utime + stime) from /proc. The "before" rounds run in a transaction that drops the GIN index
 * and the check constraint first (rolled back too), so they pay what the table cost before.
 * Needs the administrator URL (DATABASE_URL) for that, and the server on this machine (/proc).
 * Usage: ACT_BENCH_DATABASE=act_bench_a npx tsx bench/access-log-shape.ts  (N via BENCH_N, default 200)
 */
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { startCapturingApi } from './capture';
import { BENCH_DATABASE, SCENARIOS, benchUrls, loadFixtures } from './common';

interface Captured {
  query: string;
  parameters: unknown[];
}

const N = Number(process.env.BENCH_N ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const TICK_MS = 1000 / 100; // USER_HZ

const OLD_INSERT = `INSERT INTO access_log (tenant_id, actor_user_id, citizen_id, criterion, operation, purpose, request_id, outcome, client_request_id)
     SELECT tn, a, c, cr, op, p, $1, $8, $9
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[]) AS t(tn, a, c, cr, op, p)`;

/** The statement the API sent before ADR 0026 for the same entries: one row per citizen. */
function asBefore(after: Captured): Captured {
  const [requestId, tenants, actors, citizen, citizens, criteria, operations, purposes, outcome, clientRequestId] = after.parameters as [
    string, string[], string[], Array<string | null>, Array<string | null>, Array<string | null>, string[], string[], string, string | null,
  ];
  const rows: Array<[string, string, string | null, string | null, string, string]> = [];
  tenants.forEach((tn, i) => {
    const ids = citizens[i] ? citizens[i].slice(1, -1).split(',') : [citizen[i]];
    for (const id of ids) rows.push([tn, actors[i], id, criteria[i], operations[i], purposes[i]]);
  });
  const col = (k: number) => rows.map((r) => r[k]);
  return { query: OLD_INSERT, parameters: [requestId, col(0), col(1), col(2), col(3), col(4), col(5), outcome, clientRequestId] };
}

const cpuTicks = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
};

async function main(): Promise<void> {
  const urls = benchUrls();
  const fixtures = await loadFixtures(urls.owner);
  const api = await startCapturingApi();
  const cookie = await api.login(fixtures.leaderEmail);

  const captured: Record<string, Captured> = {};
  for (const key of ['teamCaseload', 'citizenList']) {
    const s = SCENARIOS.find((x) => x.key === key)!;
    await api.gql(s.query, s.variables(fixtures, 0), cookie);
    const sent = await api.capture(() => api.gql(s.query, s.variables(fixtures, 0), cookie));
    const insert = sent.find((c) => /^\s*INSERT INTO access_log/i.test(c.query))!;
    captured[key] = { query: insert.query, parameters: insert.parameters ?? [] };
  }
  await api.close();

  const admin = new Client({ connectionString: process.env.DATABASE_URL!.replace(/\/[^/]*$/, `/${BENCH_DATABASE}`), application_name: 'act-bench-log-shape' });
  await admin.connect();
  const [{ pid }] = (await admin.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
  const tenantId = (captured.teamCaseload.parameters[1] as string[])[0];

  /** Backend CPU ms per INSERT over N rolled-back savepoints. */
  const run = async (st: Captured, before: boolean, withoutGin = false): Promise<number> => {
    await admin.query('BEGIN');
    try {
      if (before || withoutGin) await admin.query('DROP INDEX ix_access_log_citizen_ids');
      if (before) await admin.query('ALTER TABLE access_log DROP CONSTRAINT ck_access_log_citizen_ids');
      await admin.query('SET LOCAL ROLE act_app');
      await admin.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      for (let i = 0; i < 20; i++) {
        await admin.query('SAVEPOINT w');
        await admin.query(st.query, st.parameters);
        await admin.query('ROLLBACK TO SAVEPOINT w');
      }
      const t0 = cpuTicks(pid);
      for (let i = 0; i < N; i++) {
        await admin.query('SAVEPOINT w');
        await admin.query(st.query, st.parameters);
        await admin.query('ROLLBACK TO SAVEPOINT w');
      }
      return ((cpuTicks(pid) - t0) * TICK_MS) / N;
    } finally {
      await admin.query('ROLLBACK');
    }
  };

  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`database ${BENCH_DATABASE}, N=${N} per round, load ${load()}`);
  for (const key of Object.keys(captured)) {
    const after = captured[key];
    const before = asBefore(after);
    const afterRows = (after.parameters[1] as string[]).length;
    const beforeRows = (before.parameters[1] as string[]).length;
    const b: number[] = [];
    const a: number[] = [];
    // The rows' empty savepoint round trip alone (SAVEPOINT, SELECT 1, ROLLBACK TO) for the baseline.
    const empty: Captured = { query: 'SELECT 1', parameters: [] };
    const base: number[] = [];
    const noGin: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      b.push(await run(before, true));
      a.push(await run(after, false));
      noGin.push(await run(after, false, true));
      base.push(await run(empty, false));
    }
    const f = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ');
    console.log(`${key}: before ${beforeRows} rows: ${f(b)} ms; after ${afterRows} rows: ${f(a)} ms; after without the GIN index: ${f(noGin)} ms; empty savepoint: ${f(base)} ms (load ${load()})`);
  }
  await admin.end();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
