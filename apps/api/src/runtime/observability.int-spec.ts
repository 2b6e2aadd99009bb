/**
 * Operating the API (issue 15): security headers on real answers, JSON request logs that carry
 * ids but no citizen data, Prometheus metrics on their own port, and probes — readiness fails
 * while PostgreSQL cannot be reached (through a TCP proxy this test cuts) and recovers.
 */
import { databaseUrls } from '@act/db';
import { closeOwnerDataSource, createTestTenant, type TestTenant } from '@act/db/testing';
import { createServer, type Server, type Socket, connect } from 'node:net';
import { Writable } from 'node:stream';
import { type ApiHarness, startApi } from '../testing/api-harness';
import { uniqueFictionalCpr } from '@act/db/testing';
import { ApiMetrics } from './metrics';

const CREATE = `mutation CreateCitizen($input: CreateCitizenInput!) { createCitizen(input: $input) { id version } }`;
const UPDATE = `mutation UpdateCitizen($input: UpdateCitizenInput!) { updateCitizen(input: $input) { id version } }`;

/** Collects every line the API logs. */
class Lines extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  text(): string {
    return this.lines.join('\n');
  }
  parsed(): Array<Record<string, any>> {
    return this.lines.map((l) => JSON.parse(l) as Record<string, any>);
  }
}

async function scrape(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`);
  expect(res.status).toBe(200);
  return res.text();
}

/** The value of one series (`name{labels}`), 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('API runtime: headers, logs, metrics', () => {
  const log = new Lines();
  let api: ApiHarness;
  let t: TestTenant;
  let cookie: string;
  let metricsPort: number;

  beforeAll(async () => {
    api = await startApi({ LOG_LEVEL: 'trace', METRICS_PORT: '0' }, { logDestination: log });
    metricsPort = api.app.get(ApiMetrics).address()!.port;
    t = await createTestTenant();
    cookie = await api.login(t.leader.email, t.password);
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  it('sends the security headers of a JSON API on real answers', async () => {
    const graphql = await api.gql('query Me { me { id } }', {}, cookie);
    const live = await fetch(api.url.replace('/graphql', '/health/live'));
    for (const headers of [graphql.headers, live.headers]) {
      expect(headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('same-origin');
      // HSTS only in production (it would pin a developer's localhost to https).
      expect(headers.get('strict-transport-security')).toBeNull();
      expect(headers.get('x-powered-by')).toBeNull();
    }
    expect(live.status).toBe(200);
  });

  it('logs each request with its id, operation, tenant and user — and never the CPR, name or note', async () => {
    const cpr = uniqueFictionalCpr(t.tenantId);
    const name = 'Kirsten Logprøve Mikkelsen';
    const note = 'Nøglen ligger under den blå urtepotte';
    const street = 'Hemmeligvej 17';
    const created = await api.gql(
      CREATE,
      { input: { teamId: t.team.id, name, cpr, address: { street, postalCode: '8000', city: 'Aarhus', accessNote: note } } },
      cookie,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCitizen.id as string;
    const reason = 'Borgeren fortalte om sin datter Mette';
    const address = { street, postalCode: '8000', city: 'Aarhus', accessNote: reason };
    const updated = await api.gql(UPDATE, { input: { id, name: `${name} II`, address, expectedVersion: 1 } }, cookie);
    expect(updated.errors).toBeUndefined();
    // Fails: a stale version (CONFLICT), and a CPR that is not a date (BAD_USER_INPUT).
    const stale = await api.gql(UPDATE, { input: { id, name: 'Forkert Navnesen', address, expectedVersion: 1 } }, cookie);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const bad = await api.gql(CREATE, { input: { teamId: t.team.id, name: 'Ugyldig Cprsen', cpr: '310299-1234' } }, cookie);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await new Promise((r) => setTimeout(r, 100));

    const lines = log.parsed();
    const line = (reqId: string) => lines.find((l) => l.reqId === reqId && l.msg?.startsWith('request'));
    const createLine = line(created.headers.get('x-request-id')!);
    expect(createLine).toMatchObject({
      level: 'info',
      service: 'act-api',
      operation: 'CreateCitizen',
      operationType: 'mutation',
      tenantId: t.tenantId,
      userId: t.leader.id,
      req: { method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
    });
    expect(typeof createLine!.responseTime).toBe('number');
    expect(line(stale.headers.get('x-request-id')!)).toMatchObject({ operation: 'UpdateCitizen', errorCodes: ['CONFLICT'], userId: t.leader.id });
    expect(line(bad.headers.get('x-request-id')!)).toMatchObject({ operation: 'CreateCitizen', errorCodes: ['BAD_USER_INPUT'] });
    // The request id is the access log's too (the server's own, also sent as x-request-id).
    expect(createLine!.reqId).toMatch(/^[0-9a-f-]{36}$/);

    const text = log.text();
    for (const secret of [cpr, cpr.replace('-', ''), name, 'Logprøve', note, street, reason, 'Forkert Navnesen', '310299', 'Ugyldig', t.password, cookie.split('=')[1]]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/cookie|authorization|variables/i);
  });

  it('answers Prometheus metrics on their own port, and they move with traffic', async () => {
    const before = await scrape(metricsPort);
    for (const series of [
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
      'act_http_request_duration_seconds_bucket',
      'act_graphql_operation_duration_seconds_bucket',
      'act_graphql_errors_total',
      'act_db_pool_connections',
      'act_db_pool_max',
    ]) {
      expect(before).toContain(series);
    }
    const count = (text: string) => sample(text, 'act_graphql_operation_duration_seconds_count', { operation: 'Me', type: 'query' });
    const http = (text: string) => sample(text, 'act_http_request_duration_seconds_count', { route: '/graphql', method: 'POST', status_code: '200' });
    const conflicts = (text: string) => sample(text, 'act_graphql_errors_total', { code: 'CONFLICT' });
    expect(conflicts(before)).toBeGreaterThanOrEqual(1);

    await api.gql('query Me { me { id } }', {}, cookie);
    await api.gql('query Me { me { id } }', {}, cookie);
    await api.gql('query { me { id } }', {}, cookie);
    const after = await scrape(metricsPort);
    expect(count(after) - count(before)).toBe(2);
    expect(http(after) - http(before)).toBe(3);
    expect(sample(after, 'act_graphql_operation_duration_seconds_count', { operation: 'anonymous' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'act_db_pool_connections', { state: 'idle' }) + sample(after, 'act_db_pool_connections', { state: 'in_use' })).toBeGreaterThan(0);
    // Logins refused by the per-account limit (ADR 0016) are counted, by limit only.
    const refusals = (text: string) => sample(text, 'act_login_refusals_total', { limit: 'account' });
    const email = `refusal-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@test.dk`;
    for (let i = 0; i < 10; i++) {
      const res = await api.gql(`mutation Login($input: LoginInput!) { login(input: $input) { viewer { id } } }`, { input: { email, password: 'forkert-adgangskode-123' } });
      if (res.errors?.[0].extensions?.code !== 'UNAUTHENTICATED' && i >= 5) break;
    }
    expect(refusals(await scrape(metricsPort))).toBeGreaterThanOrEqual(1);
    expect(after).toContain('act_login_refusals_total');

    // The metrics port serves nothing else; the API port does not serve metrics.
    expect((await fetch(`http://127.0.0.1:${metricsPort}/graphql`)).status).toBe(404);
    expect((await fetch(api.url.replace('/graphql', '/metrics'))).status).toBe(404);
  });
});

/** A TCP proxy in front of PostgreSQL that the test can cut and restore. */
class CuttableProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Refuses new connections and drops the open ones, as a network partition would. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('API probes', () => {
  let api: ApiHarness;
  let proxy: CuttableProxy;
  const probe = async (path: string) => {
    const res = await fetch(api.url.replace('/graphql', path));
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    const app = new URL(databaseUrls({ ...process.env, ACT_DATABASE: process.env.ACT_TEST_DATABASE ?? 'act_test' }).app);
    proxy = new CuttableProxy({ host: app.hostname, port: Number(app.port || 5432) });
    await proxy.open();
    app.hostname = '127.0.0.1';
    app.port = String(proxy.port);
    api = await startApi({ DATABASE_APP_URL: app.toString() });
  });
  afterAll(async () => {
    await proxy.cut();
    await api?.close();
  });

  it('liveness answers without dependencies; readiness fails while PostgreSQL is cut off, and recovers', async () => {
    expect(await probe('/health/ready')).toEqual({ status: 200, body: { status: 'ok', postgres: true, redis: true } });
    expect(await probe('/health')).toEqual({ status: 200, body: { status: 'ok', postgres: true, redis: true } });

    await proxy.cut();
    const started = Date.now();
    expect(await probe('/health/ready')).toEqual({ status: 503, body: { status: 'degraded', postgres: false, redis: true } });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await probe('/health/live')).toEqual({ status: 200, body: { status: 'ok' } });

    await proxy.open();
    const deadline = Date.now() + 15_000;
    let ready = await probe('/health/ready');
    while (ready.status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      ready = await probe('/health/ready');
    }
    expect(ready).toEqual({ status: 200, body: { status: 'ok', postgres: true, redis: true } });
  });
});
