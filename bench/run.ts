/**
 * Fixed-rate (open-loop) load against the running API, the overhead ratio and the web bundle
 * budget. Prints figures; never fails on timing (exit code 1 only when it cannot run at all).
 *
 *   BENCH_API_URL   default http://127.0.0.1:3400/graphql (only 127.0.0.1 is allowed)
 *   BENCH_RATE      requests per second per scenario, default 100
 *   BENCH_SECONDS   seconds per scenario, default 10
 *   BENCH_ONLY      scenario keys to run, comma-separated (default: all five)
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
import { BENCH_DATABASE, BENCH_OUT, LOGIN, PASSWORD, SCENARIOS, type Scenario, benchUrls, loadFixtures, percentile } from './common';

const API_URL = process.env.BENCH_API_URL ?? 'http://127.0.0.1:3400/graphql';
const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const MAX_IN_FLIGHT = 200;
/** Comma-separated scenario keys to run (default all), e.g. BENCH_ONLY=teamCaseload,citizenList */
const ONLY = process.env.BENCH_ONLY?.split(',').map((k) => k.trim()).filter(Boolean);
const TIMEOUT_MS = 10_000;
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
      if (title.includes(` ${BENCH_DATABASE} `)) pg.push({ key: r.key, ticksMs: r.ticksMs });
    }
  }
  return { api, pg };
}
/** Follows CPU use from `start()` to the returned `stop()`; null when /proc is not there. */
function cpuWindow(): { stop: () => { api: number; pg: number; self: number; processes: number } } | null {
  if (!existsSync('/proc/self/stat')) return null;
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  const take = (initial: boolean) => {
    const { api, pg } = cpuSample();
    const readings = [...(api ? [{ key: `api:${api.key}`, ticksMs: api.ticksMs }] : []), ...pg.map((r) => ({ key: `pg:${r.key}`, ticksMs: r.ticksMs }))];
    for (const r of readings) {
      if (initial) first.set(r.key, r.ticksMs);
      else if (!last.has(r.key)) first.set(r.key, 0); // born during the window
      last.set(r.key, r.ticksMs);
    }
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
      return { api, pg, self: (self.user + self.system) / 1000, processes: [...last.keys()].filter((k) => k.startsWith('pg:')).length };
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
  /** CPU ms per request during the load: API process, PostgreSQL, the load generator. */
  cpuPerRequest?: { api: number; pg: number; generator: number };
}

if (new URL(API_URL).hostname !== '127.0.0.1') {
  console.error(`run: BENCH_API_URL must point at 127.0.0.1 (got ${new URL(API_URL).hostname})`);
  process.exit(1);
}

async function post(query: string, variables: Record<string, unknown>, cookie?: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(API_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

/** One request; throws on anything but 200 without errors. Returns nothing: only time matters. */
async function once(s: Scenario, variables: Record<string, unknown>, cookie: string): Promise<void> {
  const { status, body } = await post(s.query, variables, cookie);
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

async function openLoop(s: Scenario, variables: Record<string, unknown>, cookie: string): Promise<LoadResult> {
  const total = Math.round(RATE * SECONDS);
  const interval = 1000 / RATE;
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
async function sequential(s: Scenario, variables: Record<string, unknown>, cookie: string, n: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
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
  const cookies = { leader: await login(fixtures.leaderEmail), steering: await login(fixtures.steeringEmail) };
  console.log(`API ${API_URL}; ${RATE} requests/s for ${SECONDS} s per scenario (open loop, at most ${MAX_IN_FLIGHT} in flight)\n`);

  const loadBefore = loadavg()[0];
  const load: Record<string, LoadResult> = {};
  const idleP50: Record<string, number> = {};
  const scenarios = SCENARIOS.filter((s) => !ONLY?.length || ONLY.includes(s.key));
  for (const s of scenarios) {
    const variables = s.variables(fixtures);
    const cookie = cookies[s.as];
    await once(s, variables, cookie); // fails fast when the query itself is refused
    for (let i = 0; i < 30; i++) await once(s, variables, cookie); // warm-up: JIT, pools, plans
    idleP50[s.key] = await sequential(s, variables, cookie, 100);
    const cpu = cpuWindow();
    const r = await openLoop(s, variables, cookie);
    const used = cpu?.stop();
    if (used) {
      const per = (ms: number) => ms / Math.max(1, r.sent - r.dropped); // dropped ones cost nothing
      r.cpuPerRequest = { api: per(used.api), pg: per(used.pg), generator: per(used.self) };
    }
    load[s.key] = r;
    console.log(
      `${s.key.padEnd(18)} sent ${r.sent} at ${r.achievedRate.toFixed(0)}/s  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  max ${ms(r.max)}` +
        `  errors ${r.errors}${r.dropped ? ` (dropped ${r.dropped})` : ''}${r.firstError ? ` first: ${r.firstError}` : ''}`,
    );
    if (r.cpuPerRequest) {
      const c = r.cpuPerRequest;
      console.log(
        `${''.padEnd(18)} CPU per request: API ${c.api.toFixed(1)} ms, PostgreSQL ${c.pg.toFixed(1)} ms, load generator ${c.generator.toFixed(1)} ms` +
          (Number.isFinite(c.api) ? `  => at most ~${Math.floor((cpus().length * 1000) / (c.api + c.pg + c.generator))} requests/s on ${cpus().length} CPUs` : ' (API process not found)'),
      );
    }
    await new Promise((r) => setTimeout(r, 1000)); // let the server settle between scenarios
  }

  const sqlFile = join(BENCH_OUT, 'sql.json');
  const sql = existsSync(sqlFile) ? (JSON.parse(readFileSync(sqlFile, 'utf8')).results as Record<string, any>) : null;
  const bundle = webBundle(WEB_DIST);

  const rows: string[][] = [['metric', 'value', 'target', 'verdict']];
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');
  for (const s of scenarios) {
    const r = load[s.key];
    // Steering views are aggregates (their bar is 200 ms p95); the others are the 50 ms screens.
    const target = s.as === 'steering' ? 200 : 50;
    rows.push([`${s.title}: p95 @ ${RATE}/s`, ms(r.p95), `≤ ${target} ms`, verdict(r.p95 <= target && r.errors === 0)]);
    rows.push([`  p50 / p99 / max, errors`, `${ms(r.p50)} / ${ms(r.p99)} / ${ms(r.max)}, ${r.errors}`, '0 errors', verdict(r.errors === 0)]);
    if (r.cpuPerRequest) {
      const c = r.cpuPerRequest;
      rows.push([`  CPU per request: API / PostgreSQL / generator`, `${c.api.toFixed(1)} / ${c.pg.toFixed(1)} / ${c.generator.toFixed(1)} ms`, `≤ ${((cpus().length * 1000) / RATE).toFixed(0)} ms in all for ${RATE}/s`, 'info']);
    }
  }
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
      SCENARIOS.map((s) => `${s.key} ${sql[s.key]?.statements ?? '?'}/${sql[s.key]?.resolverStatements ?? '?'}`).join(', '),
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
  rows.push(['Week calendar, steering aggregates over 2 M visits', 'not measured: visits do not exist yet', '≤ 50 / ≤ 200 ms p95', '-']);
  rows.push(['Web LCP on the local build', 'not measured', '≤ 1.5 s', '-']);

  console.log(`\n${table(rows)}\n`);
  mkdirSync(BENCH_OUT, { recursive: true });
  writeFileSync(join(BENCH_OUT, 'results.json'), `${JSON.stringify({ at: new Date().toISOString(), rate: RATE, seconds: SECONDS, load, idleP50, sql, bundle }, null, 2)}\n`);
  writeFileSync(join(BENCH_OUT, 'summary.md'), `${table(rows)}\n`);
}

main().catch((error: unknown) => {
  console.error('run:', error instanceof Error ? error.message : error);
  process.exit(1);
});
