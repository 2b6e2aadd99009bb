/**
 * The production web server for the SPA (infra/web/run.sh + nginx, issue 15): started exactly as
 * the web image's entrypoint starts it, against the built app (apps/web/dist) and a stand-in API
 * that records what reaches it.
 */
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import {
  REPO_ROOT,
  RUN_SCRIPT,
  WEB_DIST,
  expectSecurityHeaders,
  freePort,
  header,
  http,
  startWebServer,
  type RunningWebServer,
} from './support/web-server';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let api: Server;
let apiUrl: string;
const seen: Seen[] = [];
let web: RunningWebServer;
const indexHtml = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');

/** The paths the web app's dev/preview proxy sends to the API (apps/web/vite.config.ts). */
function devProxyPaths(): string[] {
  const config = readFileSync(join(REPO_ROOT, 'apps/web/vite.config.ts'), 'utf8');
  return [...config.matchAll(/'(\/[a-z/_-]+)':\s*\{\s*target:\s*apiUrl/g)].map((m) => m[1]);
}

beforeAll(async () => {
  api = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.setHeader('set-cookie', 'probe=1; Path=/; HttpOnly');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { reached: req.url } }));
    });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  web = await startWebServer({ API_UPSTREAM: apiUrl });
});

afterAll(async () => {
  await web?.stop();
  api?.closeAllConnections();
  await new Promise((resolve) => api?.close(resolve));
});

describe('the built app needs no inline code (so the CSP can forbid it)', () => {
  it('index.html has no inline script, style or event handler', () => {
    expect(indexHtml).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
    for (const [, attributes] of indexHtml.matchAll(/<script\b([^>]*)>/g)) expect(attributes).toMatch(/\ssrc=/);
    expect(indexHtml).not.toMatch(/<style\b/i);
    expect(indexHtml).not.toMatch(/\sstyle=/i);
    expect(indexHtml).not.toMatch(/\son[a-z]+=/i);
  });

  it('no built script or stylesheet is written inline by Vite (data: modules, import maps)', () => {
    expect(indexHtml).not.toMatch(/importmap|data:text\/javascript/);
  });
});

describe('the web server', () => {
  it('runs nginx as a non-root user', () => {
    const pid = web.nginxPid();
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    expect(readFileSync(`/proc/${pid}/comm`, 'utf8').trim()).toBe('nginx');
    const uid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
    expect(Number(uid)).toBeGreaterThan(0);
  });

  it.each(['/', '/index.html', '/borgere/123/plan', '/login?next=%2F'])('serves index.html for %s, never cached without a check', async (path) => {
    const answer = await http(web.url + path);
    expect(answer.status).toBe(200);
    expect(header(answer, 'content-type')).toBe('text/html; charset=utf-8');
    expect(answer.body.toString()).toBe(indexHtml);
    expect(header(answer, 'cache-control')).toBe('no-cache');
    expectSecurityHeaders(answer);
  });

  it('keeps hashed assets for a year, gzipped, with the security headers', async () => {
    const assets = [...indexHtml.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const file = readFileSync(join(WEB_DIST, asset));
      const answer = await http(web.url + asset, { headers: { 'accept-encoding': 'gzip' } });
      expect(answer.status).toBe(200);
      expect(header(answer, 'cache-control')).toBe('public, max-age=31536000, immutable');
      expect(header(answer, 'content-type')).toMatch(asset.endsWith('.js') ? /^(application|text)\/javascript/ : /^text\/css/);
      expectSecurityHeaders(answer);
      if (file.length > 1024) {
        expect(header(answer, 'content-encoding')).toBe('gzip');
        expect(gunzipSync(answer.body).equals(file)).toBe(true);
        expect(answer.body.length).toBeLessThan(file.length);
      }
    }
  });

  it('answers 404 for a missing asset (not index.html) and publishes no source maps', async () => {
    const missing = await http(`${web.url}/assets/index-gone.js`);
    expect(missing.status).toBe(404);
    expect(header(missing, 'cache-control')).toBe('no-store');
    const map = readdirSync(join(WEB_DIST, 'assets')).find((f) => f.endsWith('.map'));
    if (map) expect((await http(`${web.url}/assets/${map}`)).status).toBe(404);
  });

  it('proxies every path the dev proxy sends to the API (vite.config.ts), and nothing else', async () => {
    const paths = devProxyPaths();
    expect(paths).toEqual(expect.arrayContaining(['/graphql', '/calendar', '/auth/sso']));
    for (const path of paths) {
      seen.length = 0;
      const answer = await http(`${web.url}${path}/probe`);
      expect(answer.status).toBe(200);
      expect(seen.map((s) => s.url)).toEqual([`${path}/probe`]);
    }
    seen.length = 0;
    await http(`${web.url}/health`);
    expect(seen).toEqual([]);
  });

  it('passes a GraphQL POST through with its body and cookies, and overwrites the client address', async () => {
    seen.length = 0;
    const body = JSON.stringify({ query: '{ me { id } }' });
    const answer = await http(`${web.url}/graphql`, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        cookie: 'act_session=abc',
        'x-forwarded-for': '203.0.113.9',
        forwarded: 'for=198.51.100.1',
        'x-real-ip': '198.51.100.2',
        'x-request-id': 'client-chosen',
      },
    });
    expect(answer.status).toBe(200);
    expect(header(answer, 'set-cookie')).toBe('probe=1; Path=/; HttpOnly');
    expect(seen).toHaveLength(1);
    const [req] = seen;
    expect(req.method).toBe('POST');
    expect(req.body).toBe(body);
    expect(req.headers.cookie).toBe('act_session=abc');
    expect(req.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(req.headers.forwarded).toBeUndefined();
    expect(req.headers['x-real-ip']).toBeUndefined();
    expect(req.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(req.headers['x-forwarded-proto']).toBe('http');
  });

  it('logs one JSON line per request without query strings, addresses or a calendar token', async () => {
    await http(`${web.url}/calendar/s3cret-feed-token.ics?tenant=x`);
    await http(`${web.url}/login?email=someone%40example.dk`);
    await new Promise((r) => setTimeout(r, 200));
    const lines = web.output().split('\n').filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(web.output()).not.toMatch(/s3cret-feed-token|someone|example\.dk|tenant=x/);
    expect(lines.join('\n')).not.toMatch(/127\.0\.0\.1/);
  });
});

describe('behind a trusted proxy (REAL_IP_FROM)', () => {
  let behind: RunningWebServer;
  beforeAll(async () => {
    behind = await startWebServer({ API_UPSTREAM: apiUrl, REAL_IP_FROM: '127.0.0.1/32,::1' });
  });
  afterAll(async () => behind?.stop());

  it("believes the proxy's X-Forwarded-For and passes the browser's address on", async () => {
    seen.length = 0;
    await http(`${behind.url}/graphql`, { method: 'POST', body: '{}', headers: { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' } });
    expect(seen[0].headers['x-forwarded-for']).toBe('203.0.113.9');
    expect(seen[0].headers['x-forwarded-proto']).toBe('https');
  });
});

describe('started as root from a checkout the unprivileged user cannot reach (e.g. under /root)', () => {
  it('serves a copy it owns, still as that user', async () => {
    if (process.getuid?.() !== 0) return; // only root can make such a checkout and drop to another user
    const hidden = mkdtempSync(join(tmpdir(), 'act-web-hidden-'));
    chmodSync(hidden, 0o700);
    cpSync(join(REPO_ROOT, 'infra/web'), join(hidden, 'web'), { recursive: true });
    cpSync(WEB_DIST, join(hidden, 'dist'), { recursive: true });
    const copy = await startWebServer({ API_UPSTREAM: apiUrl, WEB_ROOT: join(hidden, 'dist') }, join(hidden, 'web/run.sh'));
    try {
      const answer = await http(`${copy.url}/`);
      expect(answer.status).toBe(200);
      expect(answer.body.toString()).toBe(indexHtml);
      expect(Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${copy.nginxPid()}/status`, 'utf8'))?.[1])).toBeGreaterThan(0);
      expect(copy.output()).toMatch(/serving \/tmp\/act-web-copy\./);
    } finally {
      await copy.stop();
      rmSync(hidden, { recursive: true, force: true });
      const served = /serving (\/tmp\/act-web-copy\.\w+)\/root/.exec(copy.output())?.[1];
      if (served) rmSync(served, { recursive: true, force: true });
    }
  });
});

describe('start-up errors name the setting', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(RUN_SCRIPT, [], {
      env: { ...process.env, WEB_CHECK_ONLY: '1', LISTEN_PORT: '1', ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });

  it('refuses to start without API_UPSTREAM, with a bad one, or without a built app', async () => {
    expect(existsSync(RUN_SCRIPT)).toBe(true);
    const noApi = run({ WEB_ROOT: WEB_DIST, API_UPSTREAM: '' });
    expect(noApi.status).not.toBe(0);
    expect(noApi.stderr).toMatch(/API_UPSTREAM/);
    const badApi = run({ WEB_ROOT: WEB_DIST, API_UPSTREAM: 'api:3000' });
    expect(badApi.stderr).toMatch(/API_UPSTREAM must be http:\/\/host:port/);
    const noApp = run({ WEB_ROOT: join(REPO_ROOT, 'infra'), API_UPSTREAM: 'http://127.0.0.1:1' });
    expect(noApp.stderr).toMatch(/no readable index\.html/);
    const port = String(await freePort());
    const ok = run({ WEB_ROOT: WEB_DIST, API_UPSTREAM: 'http://127.0.0.1:1', LISTEN_PORT: port, WEB_TMP: `/tmp/act-web-check-${process.pid}` });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    rmSync(`/tmp/act-web-check-${process.pid}`, { recursive: true, force: true });
  });
});
