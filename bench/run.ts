/**
 * Fixed-rate (open-loop) load against the running API, the overhead ratio and the web bundle
 * budget. Prints figures; never fails on timing (exit code 1 only when it cannot run at all).
 *
 *   BENCH_API_URL   default http://127.0.0.1:3400/graphql (only 127.0.0.1 is allowed)
 *   BENCH_RATE      requests per second per scenario, default 100
 *   BENCH_SECONDS   seconds per scenario, default 10
 *   BENCH_ONLY      scenario keys to run, comma-separated (default: all, see SCENARIOS in common.ts)
 *   BENCH_STEERING_RATE  requests per second for the steering aggregates, default 2
 *
 * Open loop: request i is due at start + i/rate whatever the earlier answers did, so a slow
 * server cannot slow the generator down (no coordinated omission). Latency counts from the due
 * time. At most 200 requests in flight; a request due while 200 are open is dropped and counted
 * as an error.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { INITIAL_JS_BUDGET, ROUTE_CHUNK_BUDGET, webBundle } from '../apps/web/scripts/bundle-budget';
import { BENCH_DATABASE, BENCH_OUT, LOGIN, PASSWORD, SCENARIOS, TEAMS, type Fixtures, type Scenario, benchUrls, loadFixtures, percentile, prepareWrites } from './common';

const API_URL = process.env.BENCH_API_URL ?? 'http://127.0.0.1:3400/graphql';
const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const MAX_IN_FLIGHT = 200;
/** The steering aggregates are asked for by a handful of people: 2 requests/s is already generous. */
const STEERING_RATE = Number(process.env.BENCH_STEERING_RATE ?? 2);
/** Comma-separated scenario keys to run (default all), e.g. BENCH_ONLY=teamCaseload,citizenList */
const ONLY = process.env.BENCH_ONLY?.split(',').map((k) => k.trim()).filter(Boolean);
const TIMEOUT_MS = 10_000;
/** An operation slower than this on its own gets one request, not a load run. */
const SLOW_MS = Number(process.env.BENCH_SLOW_MS ?? 5_000);
const WEB_DIST = join(__dirname, '..', 'apps', 'web', 'dist');

/**
 * CPU time (ms) of the API process, the bench database's PostgreSQL backends and this process
 * over a window, from /proc. Backends can come and go during the window (a pool reconnects, a
 * worker's connection ends): summing whatever exists at the start and at the end gave negative
 * and too small figures (issue 16). So every process is followed on its own — keyed by pid and
 * start time, so a reused pid is a new process — sampled every 100 ms: a process seen at the first
 * sample counts from that reading, one born later from zero, and each counts up to its last
 * reading (a backend that ends between two samples loses at most 100 ms of its time).
 */
const TICK_MS = 10; // USER_HZ is 100 on Linux
interface ProcReading {
  key: string;
  ticksMs: number;
}
function readProc(pid: string): { stat: string; ticksMs: number; key: string } | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[11] utime, [12] stime, [19] starttime (clock ticks after boot)
  return { stat, ticksMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS, key: `${pid}:${fields[19]}` };
}
/** One reading of the API process and every backend of the bench database. */
function cpuSample(): { api: ProcReading | null; pg: ProcReading[] } {
  let api: ProcReading | null = null;
  const pg: ProcReading[] = [];
  const backends = new Set<string>();
  const workers: Array<{ leader: string; reading: ProcReading }> = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const r = readProc(pid);
    if (!r) continue;
    if (pid === API_PID) api = { key: r.key, ticksMs: r.ticksMs };
    else if (r.stat.includes('(postgres)')) {
      // Only backends of the bench database ("postgres: act_app act_bench 127.0.0.1(…) idle"), not
      // other databases' work on a shared server; WAL writer and checkpointer are not counted.
      let title = '';
      try {
        title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      if (title.includes(` ${BENCH_DATABASE} `)) {
        pg.push({ key: r.key, ticksMs: r.ticksMs });
        backends.add(pid);
      } else {
        // A parallel query's workers carry their leader's pid, not the database, in their title.
        const leader = /parallel worker for PID (\d+)/.exec(title)?.[1];
        if (leader) workers.push({ leader, reading: { key: r.key, ticksMs: r.ticksMs } });
      }
    }
  }
  for (const w of workers) if (backends.has(w.leader)) pg.push(w.reading);
  return { api, pg };
}
/** Follows CPU use from `start()` to the returned `stop()`; null when /proc is not there. */
function cpuWindow(): { stop: () => { api: number; pg: number; self: number; sampler: number; processes: number } } | null {
  if (!existsSync('/proc/self/stat')) return null;
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  let samplerUs = 0; // the sampler's own CPU, left out of the generator's figure
  const take = (initial: boolean) => {
    const t0 = process.cpuUsage();
    const { api, pg } = cpuSample();
    const readings = [...(api ? [{ key: `api:${api.key}`, ticksMs: api.ticksMs }] : []), ...pg.map((r) => ({ key: `pg:${r.key}`, ticksMs: r.ticksMs }))];
    for (const r of readings) {
      if (initial) first.set(r.key, r.ticksMs);
      else if (!last.has(r.key)) first.set(r.key, 0); // born during the window
      last.set(r.key, r.ticksMs);
    }
    const used = process.cpuUsage(t0);
    samplerUs += used.user + used.system;
  };
  take(true);
  const selfStart = process.cpuUsage();
  const timer = setInterval(() => take(false), 100);
  return {
    stop: () => {
      clearInterval(timer);
      take(false);
      const self = process.cpuUsage(selfStart);
      let api = Number.NaN;
      let pg = 0;
      for (const [key, end] of last) {
        const used = end - (first.get(key) ?? 0);
        if (key.startsWith('api:')) api = used;
        else pg += used;
      }
      return {
        api, pg, self: Math.max(0, self.user + self.system - samplerUs) / 1000, sampler: samplerUs / 1000,
        processes: [...last.keys()].filter((k) => k.startsWith('pg:')).length,
      };
    },
  };
}
/** The API's node process: BENCH_API_PID, or its child when a wrapper (setsid, env) forked. */
const API_PID = ((): string => {
  let pid = process.env.BENCH_API_PID ?? '';
  for (let depth = 0; pid && depth < 3; depth++) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('apps/api/dist/main.js') &&
          readFileSync(`/proc/${pid}/stat`, 'utf8').includes('(node)')) return pid;
      pid = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ')[0] ?? '';
    } catch {
      return '';
    }
  }
  return '';
})();

/**
 * Waits until the API and the bench backends are idle (under 5 % of a CPU over half a second; at
 * most 60 s): after a saturating scenario the server still works through requests the generator
 * has given up on, and that work must not count against the next scenario.
 */
async function settle(): Promise<void> {
  const busy = () => {
    const { api, pg } = cpuSample();
    return (api?.ticksMs ?? 0) + pg.reduce((sum, r) => sum + r.ticksMs, 0);
  };
  const started = Date.now();
  await new Promise((r) => setTimeout(r, 1000));
  while (Date.now() - started < 60_000) {
    const before = busy();
    await new Promise((r) => setTimeout(r, 500));
    if (busy() - before < 25) return;
  }
}

interface LoadResult {
  sent: number;
  ok: number;
  errors: number;
  dropped: number;
  firstError?: string;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  achievedRate: number;
  /** The rate asked for. */
  rate?: number;
  /** CPU ms per request during the load: API process, PostgreSQL, the load generator. */
  cpuPerRequest?: { api: number; pg: number; generator: number };
  /** Distinct PostgreSQL processes seen during the window; the sampler's own CPU (ms, left out of the generator). */
  cpuProcesses?: number;
  samplerMs?: number;
}

if (new URL(API_URL).hostname !== '127.0.0.1') {
  console.error(`run: BENCH_API_URL must point at 127.0.0.1 (got ${new URL(API_URL).hostname})`);
  process.exit(1);
}

async function post(query: string, variables: Record<string, unknown>, cookie?: string, timeoutMs = TIMEOUT_MS): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(API_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

/** One request; throws on anything but 200 without errors. Returns nothing: only time matters. */
async function once(s: Scenario, variables: Record<string, unknown>, cookie: string, timeoutMs = TIMEOUT_MS): Promise<void> {
  const { status, body } = await post(s.query, variables, cookie, timeoutMs);
  if (status !== 200 || body.errors?.length) throw new Error(`${status} ${body.errors?.[0]?.extensions?.code ?? ''} ${body.errors?.[0]?.message ?? ''}`.trim());
}

async function login(email: string): Promise<string> {
  const { status, body, headers } = await post(LOGIN, { input: { email, password: PASSWORD } });
  if (status !== 200 || body.errors?.length) throw new Error(`login as ${email} failed: ${status} ${body.errors?.[0]?.message ?? ''}`);
  return headers.get('set-cookie')!.split(';')[0];
}

function summarise(latencies: number[], sent: number, errors: number, dropped: number, elapsedMs: number, firstError?: string): LoadResult {
  latencies.sort((a, b) => a - b);
  return {
    sent,
    ok: latencies.length,
    errors,
    dropped,
    firstError,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    achievedRate: (sent / elapsedMs) * 1000,
  };
}

async function openLoop(s: Scenario, next: () => [Record<string, unknown>, string], rate: number): Promise<LoadResult> {
  const total = Math.round(rate * SECONDS);
  const interval = 1000 / rate;
  const latencies: number[] = [];
  let errors = 0;
  let dropped = 0;
  let inFlight = 0;
  let sent = 0;
  let firstError: string | undefined;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  const fire = (due: number) => {
    if (inFlight >= MAX_IN_FLIGHT) {
      dropped++;
      return;
    }
    inFlight++;
    sent++;
    const [variables, cookie] = next();
    pending.push(
      once(s, variables, cookie).then(
        () => void latencies.push(performance.now() - due),
        (error: unknown) => {
          errors++;
          firstError ??= error instanceof Error ? error.message : String(error);
        },
      ).finally(() => void inFlight--),
    );
  };
  for (let i = 0; i < total; ) {
    const now = performance.now();
    while (i < total && start + i * interval <= now) fire(start + i++ * interval);
    if (i < total) await new Promise((r) => setTimeout(r, Math.max(0, start + i * interval - performance.now())));
  }
  const sendingDone = performance.now();
  await Promise.all(pending);
  return summarise(latencies, sent + dropped, errors + dropped, dropped, sendingDone - start, firstError);
}

/** Sequential requests (no load): the unloaded API p50, for the ratio's second reading. */
async function sequential(s: Scenario, next: () => [Record<string, unknown>, string], n: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const [variables, cookie] = next();
    const t0 = performance.now();
    await once(s, variables, cookie);
    times.push(performance.now() - t0);
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? 'n/a' : `${v.toFixed(1)} ms`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const fixtures = await loadFixtures(benchUrls().owner);
  await prepareWrites(benchUrls().owner, fixtures);
  const emails = new Set([fixtures.leaderEmail, fixtures.memberEmail, fixtures.steeringEmail, ...fixtures.assignPairs.map((p) => p.leaderEmail)]);
  const cookies: Record<string, string> = {};
  for (const email of emails) cookies[email] = await login(email);
  const cookieFor = (s: Scenario, f: Fixtures, i: number): string =>
    cookies[
      s.as === 'leader' ? f.leaderEmail
      : s.as === 'member' ? f.memberEmail
      : s.as === 'steering' ? f.steeringEmail
      : f.assignPairs[i % f.assignPairs.length].leaderEmail
    ];
  console.log(
    `API ${API_URL}; ${TEAMS} teams; ${RATE} requests/s (steering aggregates ${STEERING_RATE}/s) for ${SECONDS} s per scenario` +
      ` (open loop, at most ${MAX_IN_FLIGHT} in flight)\n`,
  );

  const loadBefore = loadavg()[0];
  const load: Record<string, LoadResult> = {};
  const idleP50: Record<string, number> = {};
  const scenarios = SCENARIOS.filter((s) => !ONLY?.length || ONLY.includes(s.key));
  for (const s of scenarios) {
    // Every request (warm-up, sequential, load) takes the next index: a write never repeats one.
    let i = 0;
    const next = (): [Record<string, unknown>, string] => [s.variables(fixtures, i), cookieFor(s, fixtures, i++)];
    if ((s.key === 'meetingAgenda' && !fixtures.meetingId) || (s.key === 'assignPrimaryContact' && !fixtures.assignPairs.length)) {
      console.log(`${s.key.padEnd(20)} skipped: the dataset has no ${s.key === 'meetingAgenda' ? 'upcoming prepared meeting' : 'member with room'}`);
      continue;
    }
    const rate = s.steering ? STEERING_RATE : RATE;
    try {
      // Fails fast when the query itself is refused. An operation slower than SLOW_MS on its own
      // is not put under load (it would only build a queue for minutes): its one time is the figure.
      const [v0, c0] = next();
      const t0 = performance.now();
      await once(s, v0, c0, 600_000);
      const first = performance.now() - t0;
      if (first > SLOW_MS) {
        console.log(`${s.key.padEnd(20)} one request took ${(first / 1000).toFixed(1)} s: not put under load`);
        load[s.key] = { ...summarise([first], 1, 0, 0, first), rate: 0 };
        idleP50[s.key] = first;
        await settle();
        continue;
      }
      for (let w = 0; w < (s.steering ? 2 : 30); w++) await once(s, ...next()); // warm-up: JIT, pools, plans
      idleP50[s.key] = await sequential(s, next, s.steering ? 5 : 100);
    } catch (error) {
      console.log(`${s.key.padEnd(20)} FAILED before the load: ${error instanceof Error ? error.message : String(error)}`);
      load[s.key] = { ...summarise([], 1, 1, 0, 1, error instanceof Error ? error.message : String(error)), rate };
      continue;
    }
    const cpu = cpuWindow();
    const r = { ...(await openLoop(s, next, rate)), rate };
    const used = cpu?.stop();
    if (used) {
      const per = (ms: number) => ms / Math.max(1, r.sent - r.dropped); // dropped ones cost nothing
      r.cpuPerRequest = { api: per(used.api), pg: per(used.pg), generator: per(used.self) };
      r.cpuProcesses = used.processes;
      r.samplerMs = used.sampler;
    }
    load[s.key] = r;
    console.log(
      `${s.key.padEnd(20)} sent ${r.sent} at ${r.achievedRate.toFixed(0)}/s  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  max ${ms(r.max)}` +
        `  errors ${r.errors}${r.dropped ? ` (dropped ${r.dropped})` : ''}${r.firstError ? ` first: ${r.firstError}` : ''}`,
    );
    if (r.cpuPerRequest) {
      const c = r.cpuPerRequest;
      console.log(
        `${''.padEnd(20)} CPU per request: API ${c.api.toFixed(1)} ms, PostgreSQL ${c.pg.toFixed(1)} ms, load generator ${c.generator.toFixed(1)} ms` +
          (Number.isFinite(c.api) ? `  => at most ~${Math.floor((cpus().length * 1000) / (c.api + c.pg + c.generator))} requests/s on ${cpus().length} CPUs` : ' (API process not found)'),
      );
    }
    await settle(); // the next scenario's CPU window must not hold this one's queue
  }

  const sqlFile = join(BENCH_OUT, 'sql.json');
  const sql = existsSync(sqlFile) ? (JSON.parse(readFileSync(sqlFile, 'utf8')).results as Record<string, any>) : null;
  const bundle = webBundle(WEB_DIST);

  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');
  // One row per scenario: the figures the issue asks for side by side.
  const ops: string[][] = [['scenario', 'rate', 'p50', 'p95', 'p99', 'errors', 'statements', 'CPU/request API + PG (+ generator)', 'bar (p95; CPU)', 'verdict']];
  for (const s of scenarios) {
    const r = load[s.key];
    if (!r) continue;
    const target = s.steering ? 200 : 50;
    const c = r.cpuPerRequest;
    const server = c ? c.api + c.pg : Number.NaN;
    const ok = r.p95 <= target && r.errors === 0 && (s.steering || !(server > 5));
    ops.push([
      s.key, r.rate === 0 ? 'one request' : `${r.rate ?? RATE}/s`, ms(r.p50), ms(r.p95), ms(r.p99),
      `${r.errors}${r.dropped ? ` (${r.dropped} dropped)` : ''}`,
      String(sql?.[s.key]?.statements ?? '?'),
      c ? `${c.api.toFixed(1)} + ${c.pg.toFixed(1)} = ${server.toFixed(1)} ms (+ ${c.generator.toFixed(1)})` : 'n/a',
      s.steering ? '≤ 200 ms' : '≤ 50 ms; ≤ 5 ms',
      verdict(ok),
    ]);
  }
  const rows: string[][] = [['metric', 'value', 'target', 'verdict']];
  for (const key of ['citizenList', 'teamCaseload'].filter((k) => load[k])) {
    const q = sql?.[key];
    if (!q) {
      rows.push([`Overhead ratio ${key}`, 'n/a (no .data/bench/sql.json)', '≤ 3', '?']);
      continue;
    }
    const underLoad = load[key].p50 / q.resolverSqlP50;
    rows.push([`Overhead ratio ${key}: API p50 @ ${RATE}/s ÷ resolver SQL p50`, `${ms(load[key].p50)} ÷ ${ms(q.resolverSqlP50)} = ${underLoad.toFixed(2)}`, '≤ 3', verdict(underLoad <= 3)]);
    rows.push([`  same, API p50 unloaded (sequential)`, `${ms(idleP50[key])} ÷ ${ms(q.resolverSqlP50)} = ${(idleP50[key] / q.resolverSqlP50).toFixed(2)}`, '≤ 3', verdict(idleP50[key] / q.resolverSqlP50 <= 3)]);
  }
  if (sql) {
    rows.push([
      'SQL statements per request (all / resolver)',
      scenarios.map((s) => `${s.key} ${sql[s.key]?.statements ?? '?'}/${sql[s.key]?.resolverStatements ?? '?'}`).join(', '),
      'constant in list length (tested)',
      'info',
    ]);
  }
  if (bundle) {
    rows.push(['Web initial JS (gzip)', `${kb(bundle.initialGzip)} (${bundle.initialFiles.length} files)`, '≤ 200 KB', verdict(bundle.initialGzip <= INITIAL_JS_BUDGET)]);
    if (bundle.largestRoute) {
      rows.push([
        `Web largest route chunk (gzip): ${bundle.largestRoute.chunk}`,
        `${kb(bundle.largestRoute.gzip)} (with its non-initial imports ${kb(bundle.largestRoute.withDepsGzip)})`,
        '≤ 80 KB',
        verdict(bundle.largestRoute.withDepsGzip <= ROUTE_CHUNK_BUDGET),
      ]);
    }
  } else {
    rows.push(['Web bundle', 'n/a (apps/web/dist missing)', '', '?']);
  }
  const loadAfter = loadavg()[0];
  rows.push([
    'Machine: CPUs, 1-min load average before / after the load',
    `${cpus().length} CPUs, ${loadBefore.toFixed(1)} / ${loadAfter.toFixed(1)}`,
    `load < ${cpus().length} for clean figures`,
    loadAfter < cpus().length + 1 ? 'info' : 'BUSY',
  ]);
  rows.push(['access_log rows at the start (grows with every run)', fixtures.accessLogRows.toLocaleString('en'), '', 'info']);
  rows.push(['Dataset', `${TEAMS} teams, ${fixtures.visits.toLocaleString('en')} visits`, '', 'info']);

  const summary = `${table(ops)}\n\n${table(rows)}\n`;
  console.log(`\n${summary}`);
  mkdirSync(BENCH_OUT, { recursive: true });
  const results = { at: new Date().toISOString(), teams: TEAMS, visits: fixtures.visits, rate: RATE, steeringRate: STEERING_RATE, seconds: SECONDS, loadBefore, loadAfter, load, idleP50, sql, bundle };
  writeFileSync(join(BENCH_OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  // Kept per size for the scaling table (bench/scale.ts).
  writeFileSync(join(BENCH_OUT, `results-${TEAMS}-teams.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(BENCH_OUT, 'summary.md'), summary);
}

main().catch((error: unknown) => {
  console.error('run:', error instanceof Error ? error.message : error);
  process.exit(1);
});
