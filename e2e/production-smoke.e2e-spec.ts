/**
 * Production smoke test (issue 15): the built api (two processes), the worker (two processes) and
 * the production web server (infra/web/run.sh + nginx) in front of the first API, started exactly
 * as the images' entrypoints start them (NODE_ENV=production, bound to an address, configuration
 * from the environment only), against the test PostgreSQL and Redis. The stack gets a database
 * of its own (<test database>_smoke), made by the migration Job's command, so that its workers'
 * jobs (sealing the access log, retention) never touch the database the other specs share.
 *
 * SMOKE_EXTERNAL=1 runs the same checks against running containers instead
 * (.github/workflows/images.yml): SMOKE_WEB_URL, SMOKE_API_URLS (two, comma-separated),
 * SMOKE_WORKER_URLS, SMOKE_METRICS_URLS (api first, then worker).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { createDataSource, databaseUrls } from '@act/db';
import { createTestTenant, type TestTenant } from '@act/db/testing';
import type { DataSource } from 'typeorm';
import { chromium, type Browser } from 'playwright-core';
import {
  expectSecurityHeaders,
  freePort,
  header,
  http,
  startWebServer,
  type RunningWebServer,
} from '../infra/test/support/web-server';

jest.setTimeout(180_000);

const ROOT = join(__dirname, '..');
const EXTERNAL = process.env.SMOKE_EXTERNAL === '1';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { id email } } }`;
const ME = `{ me { id email } }`;

interface Started {
  name: string;
  child: ChildProcess;
  output: string;
}
const started: Started[] = [];
let web: RunningWebServer | undefined;
let webUrl: string;
let apiUrls: string[];
let workerUrls: string[] = [];
let metricsUrls: string[] = [];
let tenant: TestTenant;
let owner: DataSource | undefined;
/** The stack's database: the Job's ACT_DATABASE. */
const SMOKE_DATABASE = process.env.SMOKE_EXTERNAL === '1' ? (process.env.ACT_TEST_DATABASE ?? 'act_smoke') : `${process.env.ACT_TEST_DATABASE ?? 'act_test'}_smoke`;
const smokeUrls = () => databaseUrls({ ...process.env, ACT_DATABASE: SMOKE_DATABASE });

/** `node <entrypoint>` as the image runs it, in its own process group, output kept for failures. */
function startNode(name: string, entrypoint: string, env: Record<string, string>): Started {
  const child = spawn(process.execPath, [entrypoint], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const s: Started = { name, child, output: '' };
  child.stdout.on('data', (c: Buffer) => (s.output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (s.output += c.toString()));
  started.push(s);
  return s;
}

async function waitFor(what: string, check: () => Promise<boolean>, proc?: Started, seconds = 90): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    if (proc && proc.child.exitCode !== null) throw new Error(`${proc.name} exited (${proc.child.exitCode}):\n${proc.output.slice(-3000)}`);
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} not ready within ${seconds}s${proc ? `:\n${proc.output.slice(-3000)}` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function gql(base: string, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const answer = await http(`${base}/graphql`, {
    method: 'POST',
    body: JSON.stringify({ query, variables }),
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
  });
  return { answer, body: JSON.parse(answer.body.toString()) as { data?: Record<string, unknown>; errors?: { message: string }[] } };
}

/** The migration Job's command (infra/k8s/migrate/job.yaml), run to the end. */
async function migrate(): Promise<void> {
  const job = startNode('migrate', 'packages/db/dist/cli/migrate.js', {
    DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/postgres',
    ACT_DATABASE: SMOKE_DATABASE,
  });
  const code = await new Promise<number | null>((resolve) => job.child.once('exit', resolve));
  if (code !== 0) throw new Error(`the migration exited with ${code}:\n${job.output}`);
}

beforeAll(async () => {
  if (!EXTERNAL) await migrate();
  owner = createDataSource({ url: smokeUrls().owner, poolSize: 2, applicationName: 'act-smoke-owner' });
  await owner.initialize();
  tenant = await createTestTenant({ db: owner });
  if (EXTERNAL) {
    webUrl = process.env.SMOKE_WEB_URL!;
    apiUrls = process.env.SMOKE_API_URLS!.split(',');
    workerUrls = (process.env.SMOKE_WORKER_URLS ?? '').split(',').filter(Boolean);
    metricsUrls = (process.env.SMOKE_METRICS_URLS ?? '').split(',').filter(Boolean);
    return;
  }
  const urls = smokeUrls();
  // The workers get a Redis database of their own: their jobs must not mix with the other specs'.
  const redisDb = String((Number(process.env.REDIS_DB ?? 5) + 8) % 16);
  const common = {
    NODE_ENV: 'production',
    DATABASE_APP_URL: urls.app,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:63799',
    PUBLIC_URL: 'https://act.example.test',
    LOG_LEVEL: 'warn',
    SMTP_URL: 'smtp://127.0.0.1:9',
    MAIL_FROM: 'ACT <no-reply@act.example.test>',
  };
  const apiPorts = [await freePort(), await freePort()];
  const apiMetrics = [await freePort(), await freePort()];
  apiUrls = apiPorts.map((p) => `http://127.0.0.1:${p}`);
  const apis = apiPorts.map((port, i) =>
    startNode(`api-${i + 1}`, 'apps/api/dist/main.js', {
      ...common,
      HOST: '127.0.0.1',
      PORT: String(port),
      METRICS_HOST: '127.0.0.1',
      METRICS_PORT: String(apiMetrics[i]),
      REDIS_DB: process.env.REDIS_DB ?? '5',
    }),
  );
  const workerPorts = [await freePort(), await freePort()];
  const workerMetrics = [await freePort(), await freePort()];
  workerUrls = workerPorts.map((p) => `http://127.0.0.1:${p}`);
  const workers = workerPorts.map((port, i) =>
    startNode(`worker-${i + 1}`, 'apps/worker/dist/main.js', {
      ...common,
      REDIS_DB: redisDb,
      WORKER_HEALTH_HOST: '127.0.0.1',
      WORKER_HEALTH_PORT: String(port),
      METRICS_HOST: '127.0.0.1',
      METRICS_PORT: String(workerMetrics[i]),
    }),
  );
  metricsUrls = [`http://127.0.0.1:${apiMetrics[0]}`, `http://127.0.0.1:${workerMetrics[0]}`];
  for (const [i, api] of apis.entries()) {
    await waitFor(api.name, async () => (await http(`${apiUrls[i]}/graphql`)).status > 0, api);
  }
  web = await startWebServer({ API_UPSTREAM: apiUrls[0] });
  webUrl = web.url;
  for (const [i, w] of workers.entries()) {
    await waitFor(w.name, async () => (await http(`${workerUrls[i]}/health/live`)).status === 200, w);
  }
});

afterAll(async () => {
  await web?.stop();
  await Promise.all(
    started.map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    }),
  );
  await owner?.destroy();
});

describe('production smoke test', () => {
  it('a login through the web server on the first API is valid on the second', async () => {
    const login = await gql(webUrl, LOGIN, { input: { email: tenant.member.email, password: tenant.password } });
    expect(login.body.errors).toBeUndefined();
    const raw = login.answer.headers['set-cookie'] ?? [];
    const setCookie = Array.isArray(raw) ? raw : [raw];
    const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    expect(cookie).toMatch(/act_session=/);
    const viewer = (login.body.data!.login as { viewer: { id: string } }).viewer;
    for (const api of apiUrls) {
      const me = await gql(api, ME, {}, cookie);
      expect(me.body.data?.me).toEqual({ id: viewer.id, email: tenant.member.email });
    }
    // And without the cookie nobody is logged in.
    expect((await gql(apiUrls[1], ME)).body.data?.me ?? null).toBeNull();
  });

  it('sends the CSP and the other security headers on the HTML and on an asset', async () => {
    const html = await http(`${webUrl}/`);
    expect(html.status).toBe(200);
    expect(header(html, 'cache-control')).toBe('no-cache');
    expectSecurityHeaders(html);
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html.body.toString())?.[1];
    expect(asset).toBeDefined();
    const js = await http(webUrl + asset!);
    expect(js.status).toBe(200);
    expect(header(js, 'cache-control')).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(js);
  });

  it('loads in Chromium through the web server without a CSP violation, before and after logging in', async () => {
    const browser: Browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const context = await browser.newContext({ baseURL: webUrl, locale: 'da-DK' });
      await context.addInitScript(() => {
        const w = window as unknown as { cspViolations: string[] };
        w.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      const console: string[] = [];
      page.on('console', (m) => {
        if (/Refused to|Content Security Policy|Content-Security-Policy/i.test(m.text())) console.push(m.text());
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto('/login');
      await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
      await page.getByLabel('E-mail').fill(tenant.admin.email);
      await page.getByLabel('Adgangskode').fill(tenant.password);
      await page.getByRole('button', { name: 'Log ind', exact: true }).click();
      await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
      // A few pages with forms, tables and lazily loaded chunks.
      for (const link of (await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link').all()).slice(0, 4)) {
        await link.click();
        await page.waitForLoadState('networkidle');
      }
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect({ violations, console, errors }).toEqual({ violations: [], console: [], errors: [] });
      // The listeners do see a violation: an inline script is refused and reported.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true;';
        document.head.appendChild(script);
      });
      await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
      expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
      expect(console.join('\n')).toMatch(/Refused to execute inline script|inline script violates the following Content Security Policy/);
      await context.close();
    } finally {
      await browser.close();
    }
  });

  it('answers the probes: liveness and readiness on every API and worker', async () => {
    for (const base of [...apiUrls, ...workerUrls]) {
      for (const path of ['/health/live', '/health/ready']) {
        const answer = await http(base + path);
        expect({ url: base + path, status: answer.status }).toEqual({ url: base + path, status: 200 });
      }
    }
  });

  it('takes an API out of service while PostgreSQL does not answer, and back when it does', async () => {
    if (EXTERNAL) return; // the containers' database cannot be stopped from here
    // A third API whose PostgreSQL is behind a TCP relay this test can cut: the shared test
    // server itself must keep running for everyone else.
    const target = new URL(smokeUrls().app);
    const relayPort = await freePort();
    const sockets = new Set<Socket>();
    let relay: Server | null = null;
    const openRelay = () =>
      new Promise<void>((resolve) => {
        relay = createServer((client) => {
          const upstream = connect(Number(target.port || 5432), target.hostname);
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on('close', () => sockets.delete(s));
            s.on('error', () => s.destroy());
          }
          client.pipe(upstream).pipe(client);
        });
        relay.listen(relayPort, '127.0.0.1', resolve);
      });
    const closeRelay = () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        if (relay) relay.close(() => resolve());
        else resolve();
        relay = null;
      });
    await openRelay();
    const viaRelay = new URL(target.toString());
    viaRelay.hostname = '127.0.0.1';
    viaRelay.port = String(relayPort);
    const port = await freePort();
    const api = startNode('api-3', 'apps/api/dist/main.js', {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_APP_URL: viaRelay.toString(),
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:63799',
      REDIS_DB: process.env.REDIS_DB ?? '5',
      PUBLIC_URL: 'https://act.example.test',
      LOG_LEVEL: 'warn',
      METRICS_PORT: 'off',
    });
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitFor('api-3', async () => (await http(`${url}/graphql`)).status > 0, api);
      const probe = '/health/ready';
      await waitFor('api-3 ready', async () => (await http(url + probe)).status === 200, api, 30);
      await closeRelay();
      await waitFor('api-3 not ready', async () => (await http(url + probe)).status === 503, api, 30);
      expect((await http(`${url}/health/live`)).status).toBe(200); // liveness checks only the process
      await openRelay();
      await waitFor('api-3 ready again', async () => (await http(url + probe)).status === 200, api, 60);
    } finally {
      await closeRelay();
    }
  });

  it('serves Prometheus metrics on the separate port (docs/operations.md, Metrics)', async () => {
    const [apiMetrics, workerMetrics] = metricsUrls;
    // After the requests above: HTTP and GraphQL latency, the database pool.
    const api = await http(`${apiMetrics}/metrics`);
    expect(api.status).toBe(200);
    const apiText = api.body.toString();
    for (const series of ['act_http_request_duration_seconds_bucket', 'act_graphql_operation_duration_seconds_bucket', 'act_db_pool_connections', 'process_cpu_seconds_total']) {
      expect({ series, present: new RegExp(`^${series}\\b`, 'm').test(apiText) }).toEqual({ series, present: true });
    }
    expect(apiText).toMatch(/^act_graphql_operation_duration_seconds_count\{[^}]*operation="[^"]+"/m);
    const worker = await http(`${workerMetrics}/metrics`);
    expect(worker.status).toBe(200);
    expect(worker.body.toString()).toMatch(/^act_queue_jobs\b/m);
    // Metrics are not on the public port.
    expect((await http(`${webUrl}/metrics`)).body.toString()).not.toMatch(/^# TYPE/m);
  });
});
