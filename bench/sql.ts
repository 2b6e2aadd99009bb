/**
 * The SQL side of the overhead ratio, and statement counts per operation.
 *
 * Boots the BUILT API in-process (apps/api/dist, same code as the server under load) with the
 * statement logger on, runs each scenario once to capture the exact statements and parameters
 * it sends, then replays them with plain `pg` as the application role (RLS on), sequentially:
 *   - "resolver SQL": BEGIN; set_config('app.tenant_id', …, true); the resolver's statements; COMMIT
 *     (without the per-request session lookup, viewer load and access-log INSERT);
 *   - "request SQL": every statement of the request, as captured (session, viewer, audit included).
 * Writes .data/bench/sql.json for bench/run.ts. Usage: npx tsx bench/sql.ts  (N via BENCH_SQL_N, default 200)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { type Captured, startCapturingApi } from './capture';
import { BENCH_OUT, SCENARIOS, benchUrls, loadFixtures, percentile, prepareWrites } from './common';

const N = Number(process.env.BENCH_SQL_N ?? 200);
/** The steering aggregates are slow by nature: fewer replays. */
const N_STEERING = Number(process.env.BENCH_SQL_N_STEERING ?? 20);
/** A request slower than this is not replayed (statement count and its time only). */
const SLOW_MS = Number(process.env.BENCH_SLOW_MS ?? 5_000);
const FRAMEWORK = [
  /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i,
  /auth_session_lookup/,
  /FROM app_user u JOIN tenant t ON t\.id = u\.tenant_id/, // the viewer
  /^\s*INSERT INTO access_log/i,
];
const isFramework = (q: string) => FRAMEWORK.some((re) => re.test(q));

async function main(): Promise<void> {
  const urls = benchUrls();
  const fixtures = await loadFixtures(urls.owner);
  const api = await startCapturingApi();
  const { gql, login } = api;
  await prepareWrites(urls.owner, fixtures);
  const pair = fixtures.assignPairs[0];
  const cookies = {
    leader: await login(fixtures.leaderEmail),
    member: await login(fixtures.memberEmail),
    steering: await login(fixtures.steeringEmail),
    leaderOfPair: pair ? await login(pair.leaderEmail) : '',
  };

  const db = new Client({ connectionString: urls.app, application_name: 'act-bench-sql' });
  await db.connect();
  const tenant = await db.query<{ tenant_id: string }>(
    `SELECT tenant_id FROM auth_login_lookup($1)`, [fixtures.leaderEmail],
  );
  const tenantId = tenant.rows[0].tenant_id;
  const results: Record<string, unknown> = {};
  // Written after every scenario: an interrupted run keeps what it measured.
  const save = () => {
    mkdirSync(BENCH_OUT, { recursive: true });
    writeFileSync(join(BENCH_OUT, 'sql.json'), `${JSON.stringify({ n: N, at: new Date().toISOString(), results }, null, 2)}\n`);
  };
  try {
    const only = process.env.BENCH_ONLY?.split(',').map((k) => k.trim()).filter(Boolean);
    for (const s of SCENARIOS.filter((x) => !only?.length || only.includes(x.key))) {
      if ((s.key === 'meetingAgenda' && !fixtures.meetingId) || (s.key === 'assignPrimaryContact' && !pair)) continue;
      // Writes: the last two pool visits (run.ts starts at the first), the pair there and back.
      const vars = (k: number) => s.variables(fixtures, s.key === 'logVisitOutcome' ? fixtures.outcomePool.length - 1 - k : k * fixtures.assignPairs.length);
      // The first request warms loaders and plans; its statements are kept in case it is slow.
      let t0 = performance.now();
      let captured = await api.capture(() => gql(s.query, vars(0), cookies[s.as]));
      let requestMs = performance.now() - t0;
      if (requestMs <= SLOW_MS) {
        t0 = performance.now();
        captured = await api.capture(() => gql(s.query, vars(1), cookies[s.as]));
        requestMs = performance.now() - t0;
      }
      if (requestMs > SLOW_MS) {
        // Minutes of replays would say nothing more than the one request did.
        results[s.key] = { statements: captured.length, resolverStatements: captured.filter((c) => !isFramework(c.query)).length, requestMs };
        save();
        console.log(`sql ${s.key.padEnd(20)} statements=${captured.length}; one request took ${(requestMs / 1000).toFixed(1)} s: not replayed`);
        continue;
      }
      if (s.write) {
        // A write cannot be replayed (it would change nothing, or conflict): statement counts only.
        results[s.key] = { statements: captured.length, resolverStatements: captured.filter((c) => !isFramework(c.query)).length,
          statementsText: captured.map((c) => c.query.replace(/\s+/g, ' ').trim().slice(0, 160)) };
        save();
        console.log(`sql ${s.key.padEnd(20)} statements=${captured.length} (a write: not replayed)`);
        continue;
      }
      const resolver = captured.filter((c) => !isFramework(c.query));
      const n = s.steering ? N_STEERING : N;
      const warm = s.steering ? 2 : 20;
      const replay = async (statements: Captured[], wrap: boolean) => {
        const times: number[] = [];
        const each: number[][] = statements.map(() => []);
        for (let i = 0; i < n + warm; i++) {
          const start = performance.now();
          if (wrap) {
            await db.query('BEGIN');
            await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
          }
          for (const [j, st] of statements.entries()) {
            const t0 = performance.now();
            await db.query(st.query, st.parameters as unknown[]);
            if (i >= warm) each[j].push(performance.now() - t0);
          }
          if (wrap) await db.query('COMMIT');
          if (i >= warm) times.push(performance.now() - start); // first 20: warm-up
        }
        times.sort((a, b) => a - b);
        const perStatement = each.map((t, j) => ({
          p50: percentile(t.sort((a, b) => a - b), 50),
          sql: statements[j].query.replace(/\s+/g, ' ').trim().slice(0, 120),
        }));
        return { p50: percentile(times, 50), p95: percentile(times, 95), perStatement };
      };
      const resolverSql = await replay(resolver, true);
      const requestSql = await replay(captured, false);
      results[s.key] = {
        statements: captured.length,
        resolverStatements: resolver.length,
        resolverSqlP50: resolverSql.p50,
        resolverSqlP95: resolverSql.p95,
        requestSqlP50: requestSql.p50,
        slowestResolverStatements: [...resolverSql.perStatement].sort((a, b) => b.p50 - a.p50).slice(0, 3),
        statementsText: captured.map((c) => c.query.replace(/\s+/g, ' ').trim().slice(0, 160)),
      };
      save();
      console.log(
        `sql ${s.key.padEnd(20)} statements=${captured.length} (resolver ${resolver.length})` +
          `  resolver SQL p50=${resolverSql.p50.toFixed(2)} ms  whole request SQL p50=${requestSql.p50.toFixed(2)} ms`,
      );
      const slowest = [...resolverSql.perStatement].sort((a, b) => b.p50 - a.p50)[0];
      if (slowest) console.log(`    slowest statement p50=${slowest.p50.toFixed(2)} ms: ${slowest.sql.slice(0, 90)}…`);
    }
  } finally {
    await db.end();
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error('sql:', error instanceof Error ? error.stack : error);
  process.exit(1);
});
