/**
 * Issue 10, defect 6: a client cannot choose its address for the login limits. The web dev
 * server's proxy (the same proxy config serves `vite preview`, used by e2e) passed the client's
 * X-Forwarded-For on, and the API trusted every loopback hop, so each forged header got a fresh
 * per-address window. Now the proxy overwrites the header with the real peer, and the API trusts
 * at most TRUSTED_PROXY_HOPS (default 1) proxies at TRUSTED_PROXIES (default loopback).
 * Each API here has the real per-address limit, counters of its own (a Redis namespace: the peer
 * is loopback for every suite) and unknown e-mail addresses, so no other suite is affected.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { closeOwnerDataSource } from '@act/db/testing';
import { loadConfig } from '../config';
import { type ApiHarness, startApi } from '../testing/api-harness';

jest.setTimeout(90_000);

const LIMIT = loadConfig({}).login.perAddress;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`;
const WEB = resolve(__dirname, '../../../web');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** One login attempt (an unknown account) with a forged X-Forwarded-For; its error code. */
async function attempt(url: string, forwardedFor: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor, forwarded: `for=${forwardedFor.split(',')[0]}` },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email: `ingen-${randomBytes(4).toString('hex')}@test.dk`, password: 'Forkert-Kodeord-123' } } }),
  });
  const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return String(body.errors?.[0]?.extensions?.code ?? 'OK');
}

/** LIMIT + 2 attempts, each claiming another address. */
async function forgedAttempts(url: string, forge: (i: number) => string): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < LIMIT + 2; i++) codes.push(await attempt(url, forge(i)));
  return codes;
}

const THROTTLED = [...Array<string>(LIMIT).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS'];
/** Counters of this API's own, nothing else changed. */
const limits = () => ({ LOGIN_LIMITS_NAMESPACE: `test:${randomBytes(6).toString('hex')}` });

describe('X-Forwarded-For cannot choose the address for the login limits (issue 10, defect 6)', () => {
  const apis: ApiHarness[] = [];
  let vite: ChildProcess | undefined;

  afterAll(async () => {
    if (vite?.pid) process.kill(vite.pid, 'SIGTERM');
    await Promise.all(apis.map((a) => a.close()));
    await closeOwnerDataSource();
  });

  it('through the web dev server proxy: forged headers share the real peer address window', async () => {
    const api = await startApi(limits());
    apis.push(api);
    const port = await freePort();
    vite = spawn(process.execPath, [resolve(WEB, '../../node_modules/vite/bin/vite.js'), '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
      cwd: WEB,
      env: { ...process.env, ACT_API_URL: new URL(api.url).origin },
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    for (let i = 0; ; i++) {
      const up = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
      if (up) break;
      if (i > 150) throw new Error('vite dev server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await forgedAttempts(url, (i) => `203.0.113.${i + 1}`)).toEqual(THROTTLED);
  });

  it('straight to the API: a forged chain ending in loopback names nobody but the peer (one hop by default)', async () => {
    const api = await startApi(limits());
    apis.push(api);
    expect(await forgedAttempts(api.url, (i) => `198.51.100.${i + 1}, 127.0.0.1`)).toEqual(THROTTLED);
  });

  it('TRUSTED_PROXY_HOPS=2 trusts a second loopback proxy: then its forwarded client is the address', async () => {
    const api = await startApi({ ...limits(), TRUSTED_PROXY_HOPS: '2' });
    apis.push(api);
    expect(await forgedAttempts(api.url, (i) => `198.51.100.${i + 1}, 127.0.0.1`)).toEqual(Array(LIMIT + 2).fill('INVALID_CREDENTIALS'));
  });
});
