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
 *   BENCH_API_URL   the API the preview proxies to (default http://127.0.0.1:3400/graphql)
 *   BENCH_WEB_PORT  the preview's port (default 5400)
 *   BENCH_WEB_RUNS  loads per page (default 3; the median is reported)
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BENCH_OUT, PASSWORD, benchUrls, loadFixtures } from './common';

const API_URL = process.env.BENCH_API_URL ?? 'http://127.0.0.1:3400/graphql';
const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 5400);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3);
const BASE = `http://localhost:${WEB_PORT}`;
const WEB_DIR = join(__dirname, '..', 'apps', 'web');
/** Lighthouse's mobile "slow 4G" (devtools throttling): latency per request, bytes per second. */
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Collects LCP and Event Timing entries from the first byte on. */
const OBSERVE = `
  window.__lcp = 0; window.__inp = 0; window.__events = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; })
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
  inp: number;
  transferredKb: number;
  interaction: string;
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
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => void (transferred += e.encodedDataLength));
    await page.goto(path, { waitUntil: 'load' });
    await page.locator(ready).first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const lcp = Number(await page.evaluate('window.__lcp'));
    const interaction = await interact(page);
    await page.waitForTimeout(1000); // the interaction's next paint, and the observer's callback
    const inp = Number(await page.evaluate('window.__inp'));
    return { lcp, inp, transferredKb: transferred / 1024, interaction };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  if (!existsSync(join(WEB_DIR, 'dist', 'index.html'))) throw new Error('apps/web/dist is missing (npx turbo run build)');
  const f = await loadFixtures(benchUrls().owner);
  const apiOrigin = new URL(API_URL).origin;
  const preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(WEB_PORT), '--strictPort'], {
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
    const results: Record<string, { title: string; runs: PageRun[]; lcp: number; inp: number }> = {};
    for (const pg of pages) {
      const runs: PageRun[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, pg.email, pg.path, pg.interact, pg.ready));
      results[pg.key] = { title: pg.title, runs, lcp: median(runs.map((r) => r.lcp)), inp: median(runs.map((r) => r.inp)) };
      console.log(
        `${pg.key.padEnd(10)} LCP ${results[pg.key].lcp.toFixed(0)} ms (runs ${runs.map((r) => r.lcp.toFixed(0)).join(', ')}), ` +
          `INP ${results[pg.key].inp.toFixed(0)} ms (runs ${runs.map((r) => r.inp.toFixed(0)).join(', ')}; ${runs[0].interaction}), ` +
          `${runs[0].transferredKb.toFixed(0)} KB transferred`,
      );
    }
    const lines = [
      '',
      `| web page (phone: CPU ${CPU_SLOWDOWN}× slower, slow 4G 150 ms / 1.6 Mbit/s; median of ${RUNS} cold loads) | LCP | INP | transferred | target |`,
      '|---|---|---|---|---|',
      ...Object.values(results).map(
        (r) => `| ${r.title} | ${r.lcp.toFixed(0)} ms | ${r.inp.toFixed(0)} ms (${r.runs[0].interaction}) | ${r.runs[0].transferredKb.toFixed(0)} KB | LCP ≤ 1500 ms ${r.lcp <= 1500 ? 'ok' : 'OVER'}, INP ≤ 200 ms ${r.inp <= 200 ? 'ok' : 'OVER'} |`,
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
