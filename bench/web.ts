/**
 * LCP and INP of the production web build on a throttled phone, in headless Chromium
 * (/usr/bin/chromium through playwright-core, as the e2e suite runs it).
 *
 * Serves apps/web/dist with `vite preview` (its proxy sends /graphql to the bench API), logs in
 * through the page's own origin, then for each page: a cold load (empty cache, new context) with
 * the CPU slowed 4× and the network at Lighthouse's "slow 4G" (150 ms RTT, 1.6 Mbit/s down,
 * 750 kbit/s up) through CDP, LCP from a buffered PerformanceObserver when the page has settled,
 * then one real interaction (a click) and INP from Event Timing entries (the longest interaction,
 * as a page with few interactions reports it). Prints the figures; never fails on them.
 *
 * The machine is often shared, so each load also reports figures that do not depend on its load
 * (issue 16): the LCP element, the sequential round trips before LCP (a request counts as after
 * another when it starts after that one has finished: HTML → JS → session → … ), the bytes that
 * arrived before LCP, and the renderer processes' CPU time until the page has settled (as measured
 * under the 4× slowdown, which itself counts: one caseload load took 2.05 s unthrottled and 6.8 s
 * throttled; compare like with like). The 1-minute load average is printed with each page.
 *
 *   BENCH_API_URL   the API the preview proxies to (default http://127.0.0.1:3400/graphql)
 *   BENCH_WEB_PORT  the preview's port (default 5400)
 *   BENCH_WEB_RUNS  loads per page (default 3; the median is reported)
 *   BENCH_WEB_DIST  the build to serve (default apps/web/dist; another build for an A/B comparison)
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BENCH_OUT, PASSWORD, benchUrls, loadFixtures } from './common';

const API_URL = process.env.BENCH_API_URL ?? 'http://127.0.0.1:3400/graphql';
const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 5400);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3);
const BASE = `http://localhost:${WEB_PORT}`;
const WEB_DIR = join(__dirname, '..', 'apps', 'web');
const DIST = resolve(process.env.BENCH_WEB_DIST ?? join(WEB_DIR, 'dist'));
/** Lighthouse's mobile "slow 4G" (devtools throttling): latency per request, bytes per second. */
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Collects LCP and Event Timing entries from the first byte on. */
const OBSERVE = `
  window.__lcp = 0; window.__lcpElement = ''; window.__inp = 0; window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__lcp = e.startTime;
      const el = e.element;
      window.__lcpElement = el ? el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') + ' "' + (el.textContent || '').trim().slice(0, 30) + '"' : '(removed)';
    }
  })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.interactionId) continue;
      window.__events.push({ name: e.name, duration: e.duration });
      window.__inp = Math.max(window.__inp, e.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
`;

interface PageRun {
  lcp: number;
  lcpElement: string;
  inp: number;
  transferredKb: number;
  /** Bytes of the responses that had finished before LCP. */
  beforeLcpKb: number;
  /** The longest chain of requests, each started after the previous had finished, that ended before LCP. */
  roundTripsBeforeLcp: number;
  /** CPU time of the renderer processes from navigation until the page had settled (under the slowdown). */
  rendererCpuMs: number;
  interaction: string;
}

interface Request {
  start: number;
  end?: number;
  bytes: number;
}

/** The longest chain of requests that each started after the previous one had finished, all ending by `until`. */
export function roundTrips(requests: Request[], until: number): number {
  const done = requests.filter((r) => r.end !== undefined && r.end <= until).sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  done.forEach((r, i) => {
    depth[i] = 1 + Math.max(0, ...done.slice(0, i).map((q, j) => (q.end! <= r.start ? depth[j] : 0)));
  });
  return Math.max(0, ...depth);
}

/** CPU seconds of all renderer processes (SystemInfo, from the browser's own session). */
async function rendererCpu(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ type: string; cpuTime: number }> };
    return processInfo.filter((p) => p.type === 'renderer').reduce((sum, p) => sum + p.cpuTime, 0);
  } finally {
    await session.detach();
  }
}

async function waitForServer(url: string, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

async function measure(browser: Browser, email: string, path: string, interact: (page: Page) => Promise<string>, ready: string): Promise<PageRun> {
  const context = await browser.newContext({ ...PHONE, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', baseURL: BASE });
  try {
    // Log in through the app's origin (the cookie lands in this context), unthrottled: only the page load counts.
    const login = await context.request.post('/graphql', {
      data: { query: 'mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }', variables: { input: { email, password: PASSWORD } } },
      headers: { 'content-type': 'application/json', origin: BASE },
    });
    const body = await login.json();
    if (body.errors?.length) throw new Error(`login as ${email}: ${body.errors[0].message}`);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.addInitScript(OBSERVE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    let transferred = 0;
    // CDP timestamps are seconds on the monotonic clock; the document's request is the first one.
    const requests = new Map<string, Request>();
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; timestamp: number }) => void requests.set(e.requestId, { start: e.timestamp * 1000, bytes: 0 }));
    cdp.on('Network.loadingFinished', (e: { requestId: string; timestamp: number; encodedDataLength: number }) => {
      transferred += e.encodedDataLength;
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { end: e.timestamp * 1000, bytes: e.encodedDataLength });
    });
    const cpuBefore = await rendererCpu(page.context().browser()!);
    await page.goto(path, { waitUntil: 'load' });
    await page.locator(ready).first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const rendererCpuMs = ((await rendererCpu(page.context().browser()!)) - cpuBefore) * 1000;
    const lcp = Number(await page.evaluate('window.__lcp'));
    const lcpElement = String(await page.evaluate('window.__lcpElement'));
    // LCP counts from the navigation's start, which is the document request's start.
    const all = [...requests.values()];
    const navStart = Math.min(...all.map((r) => r.start));
    const lcpAt = navStart + lcp;
    const beforeLcp = all.filter((r) => r.end !== undefined && r.end <= lcpAt);
    const interaction = await interact(page);
    await page.waitForTimeout(1000); // the interaction's next paint, and the observer's callback
    const inp = Number(await page.evaluate('window.__inp'));
    return {
      lcp, lcpElement, inp, interaction, rendererCpuMs,
      transferredKb: transferred / 1024,
      beforeLcpKb: beforeLcp.reduce((sum, r) => sum + r.bytes, 0) / 1024,
      roundTripsBeforeLcp: roundTrips(all, lcpAt),
    };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} is missing (npx turbo run build)`);
  const f = await loadFixtures(benchUrls().owner);
  const apiOrigin = new URL(API_URL).origin;
  const preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(WEB_PORT), '--strictPort', '--outDir', DIST], {
    cwd: WEB_DIR, env: { ...process.env, ACT_API_URL: apiOrigin }, stdio: 'ignore', detached: true,
  });
  const stopPreview = () => {
    try {
      process.kill(-preview.pid!, 'SIGTERM');
    } catch {
      /* gone */
    }
  };
  let browser: Browser | undefined;
  try {
    await waitForServer(`http://127.0.0.1:${WEB_PORT}/`, 60);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const pages: Array<{ key: string; title: string; email: string; path: string; ready: string; interact: (p: Page) => Promise<string> }> = [
      {
        key: 'caseload', title: "Leader's caseload page", email: f.leaderEmail, path: `/teams/${f.teamId}/caseload`, ready: 'details.member-citizens > summary',
        interact: async (p) => {
          await p.locator('details.member-citizens > summary').first().click();
          return "open a member's citizens (details)";
        },
      },
      {
        key: 'myDay', title: 'My day (a member)', email: f.memberEmail, path: '/my-day', ready: 'main h1',
        interact: async (p) => {
          await p.locator('main nav.button-row a').nth(2).click();
          return 'the next day (link)';
        },
      },
    ];
    type Result = { title: string; runs: PageRun[]; lcp: number; inp: number; roundTrips: number; beforeLcpKb: number; rendererCpuMs: number; load: [number, number] };
    const results: Record<string, Result> = {};
    const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
    for (const pg of pages) {
      const runs: PageRun[] = [];
      const loadBefore = loadAverage();
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, pg.email, pg.path, pg.interact, pg.ready));
      const r: Result = {
        title: pg.title, runs, load: [loadBefore, loadAverage()],
        lcp: median(runs.map((x) => x.lcp)), inp: median(runs.map((x) => x.inp)),
        roundTrips: median(runs.map((x) => x.roundTripsBeforeLcp)), beforeLcpKb: median(runs.map((x) => x.beforeLcpKb)),
        rendererCpuMs: median(runs.map((x) => x.rendererCpuMs)),
      };
      results[pg.key] = r;
      console.log(
        `${pg.key.padEnd(10)} LCP ${r.lcp.toFixed(0)} ms (runs ${runs.map((x) => x.lcp.toFixed(0)).join(', ')}; ${runs[0].lcpElement}), ` +
          `INP ${r.inp.toFixed(0)} ms (runs ${runs.map((x) => x.inp.toFixed(0)).join(', ')}; ${runs[0].interaction}), ` +
          `${runs[0].transferredKb.toFixed(0)} KB transferred; before LCP: ${r.roundTrips} round trips, ${r.beforeLcpKb.toFixed(0)} KB; ` +
          `renderer CPU ${r.rendererCpuMs.toFixed(0)} ms (runs ${runs.map((x) => x.rendererCpuMs.toFixed(0)).join(', ')}); load ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`,
      );
    }
    const lines = [
      '',
      `| web page (phone: CPU ${CPU_SLOWDOWN}× slower, slow 4G 150 ms / 1.6 Mbit/s; median of ${RUNS} cold loads) | LCP | INP | transferred | before LCP: round trips, bytes | renderer CPU (4× profile) | load avg | target |`,
      '|---|---|---|---|---|---|---|---|',
      ...Object.values(results).map(
        (r) =>
          `| ${r.title} | ${r.lcp.toFixed(0)} ms | ${r.inp.toFixed(0)} ms (${r.runs[0].interaction}) | ${r.runs[0].transferredKb.toFixed(0)} KB | ${r.roundTrips}, ${r.beforeLcpKb.toFixed(0)} KB | ${r.rendererCpuMs.toFixed(0)} ms | ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)} | LCP ≤ 1500 ms ${r.lcp <= 1500 ? 'ok' : 'OVER'}, INP ≤ 200 ms ${r.inp <= 200 ? 'ok' : 'OVER'} |`,
      ),
      '',
    ];
    console.log(lines.join('\n'));
    mkdirSync(BENCH_OUT, { recursive: true });
    writeFileSync(join(BENCH_OUT, 'web.json'), `${JSON.stringify({ at: new Date().toISOString(), network: NETWORK, cpuSlowdown: CPU_SLOWDOWN, results }, null, 2)}\n`);
    if (existsSync(join(BENCH_OUT, 'summary.md'))) appendFileSync(join(BENCH_OUT, 'summary.md'), lines.join('\n'));
  } finally {
    await browser?.close();
    stopPreview();
  }
}

main().catch((error: unknown) => {
  console.error('web:', error instanceof Error ? error.message : error);
  process.exit(1);
});
