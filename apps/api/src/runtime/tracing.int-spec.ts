/**
 * Tracing switched on by the environment (ADR 0022): the built API, started with
 * OTEL_EXPORTER_OTLP_ENDPOINT pointing at a collector this test runs, sends spans for one
 * request — HTTP, Express, GraphQL and pg — and none of them carries the query document, a query
 * string or a calendar feed's secret address. Without the variables it loads no SDK at all.
 */
import { databaseUrls } from '@act/db';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join, resolve } from 'node:path';
import { tracingEnabled } from '../tracing';

const ROOT = resolve(__dirname, '../../../..');

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/** The built API with tracing on, exporting to the collector at `collectorPort`; resolves once it answers. */
async function startTracedApi(collectorPort: number, scheduleDelayMs: string, onOutput: (chunk: string) => void): Promise<{ api: ChildProcess; port: number }> {
  const port = await freePort();
  const database = process.env.ACT_TEST_DATABASE ?? 'act_test';
  let output = '';
  const api = spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      DATABASE_APP_URL: databaseUrls({ ...process.env, ACT_DATABASE: database }).app,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:63799',
      REDIS_DB: process.env.REDIS_DB ?? '5',
      LOG_LEVEL: 'warn',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}`,
      OTEL_BSP_SCHEDULE_DELAY: scheduleDelayMs,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (c: Buffer) => {
    output += c.toString();
    onOutput(c.toString());
  };
  api.stdout.on('data', collect);
  api.stderr.on('data', collect);
  const deadline = Date.now() + 45_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/health/live`).then((r) => r.ok, () => false);
    if (ok) return { api, port };
    if (api.exitCode !== null || Date.now() > deadline) throw new Error(`API did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A collector that keeps every body posted to /v1/traces. */
async function startCollector(bodies: string[]): Promise<Server> {
  const collector = createServer((req, res) => {
    let body = '';
    req.setEncoding('latin1');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      if (req.url === '/v1/traces') bodies.push(body);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
  return collector;
}

describe('OpenTelemetry tracing', () => {
  it('is off unless OTEL_ENABLED or an OTLP endpoint is set', () => {
    expect(tracingEnabled({})).toBe(false);
    expect(tracingEnabled({ OTEL_ENABLED: 'false' })).toBe(false);
    expect(tracingEnabled({ OTEL_ENABLED: 'true' })).toBe(true);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
  });

  describe('switched on', () => {
    let collector: Server;
    let api: ChildProcess | undefined;
    const bodies: string[] = [];
    let output = '';
    let port: number;

    beforeAll(async () => {
      collector = await startCollector(bodies);
      const collectorPort = (collector.address() as { port: number }).port;
      ({ api, port } = await startTracedApi(collectorPort, '100', (c) => (output += c)));
    });
    afterAll(async () => {
      if (api && api.exitCode === null) {
        const exited = new Promise((r) => api!.once('exit', r));
        api.kill('SIGTERM');
        await exited;
      }
      await new Promise((r) => collector.close(r));
    });

    it('sends spans for a request to the collector, without documents, query strings or feed secrets', async () => {
      const secret = 'Hemmelig-feed-token-4711';
      const res = await fetch(`http://127.0.0.1:${port}/graphql?probe=${secret}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query TraceMe { me { id name } }` }),
      });
      expect(res.status).toBe(200);
      await fetch(`http://127.0.0.1:${port}/calendar/${secret}.ics`);
      const deadline = Date.now() + 20_000;
      const all = () => bodies.join('\n');
      while (!(all().includes('POST /graphql') && all().includes('query TraceMe') && all().includes('/calendar/:')) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
      }
      const text = all();
      expect(text).toContain('act-api'); // service.name
      expect(text).toContain('POST /graphql'); // the HTTP server span, named by Express' route
      expect(text).toContain('query TraceMe'); // the GraphQL execution span, by the operation's name
      expect(text).toContain('graphql.parse');
      expect(text).toContain('pg.query:START'); // the request's transaction
      expect(text).toContain('GET /calendar/:file');
      expect(text).not.toContain(secret);
      expect(text).not.toContain('me { id name }');
    });
  });

  it('sends the spans still buffered when the process is stopped (SIGTERM), not only those of past batches', async () => {
    const bodies: string[] = [];
    const collector = await startCollector(bodies);
    // A batch delay of ten minutes: without a flush at shutdown, nothing would be sent before the exit.
    const { api, port } = await startTracedApi((collector.address() as { port: number }).port, '600000', () => undefined);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query FlushMe { me { id } }` }),
      });
      expect(res.status).toBe(200);
      expect(bodies.join('\n')).not.toContain('query FlushMe');
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGTERM');
      await exited;
      expect(bodies.join('\n')).toContain('query FlushMe');
    } finally {
      if (api.exitCode === null) api.kill('SIGKILL');
      await new Promise((r) => collector.close(r));
    }
  }, 60_000);
});
