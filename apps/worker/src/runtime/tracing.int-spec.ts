/**
 * Worker tracing switched on by the environment (ADR 0022): the built worker, started with an
 * OTLP endpoint pointing at a collector this test runs, sends a span per job (the jobs it runs at
 * boot) with that job's PostgreSQL queries inside. It gets a Redis server of its own.
 */
import { type OwnRedis, startOwnRedis, testDatabaseUrls } from '@act/db/testing';
import { createServer, type Server } from 'node:http';
import { tracingEnabled } from '../tracing';
import { startWorkerProcess, type WorkerProcess } from '../testing/worker-process';

describe('worker tracing', () => {
  it('is off unless OTEL_ENABLED or an OTLP endpoint is set', () => {
    expect(tracingEnabled({})).toBe(false);
    expect(tracingEnabled({ OTEL_ENABLED: 'yes' })).toBe(true);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' })).toBe(true);
  });

  describe('switched on', () => {
    let collector: Server;
    let redis: OwnRedis;
    let worker: WorkerProcess | undefined;
    const bodies: string[] = [];

    beforeAll(async () => {
      redis = await startOwnRedis();
      collector = createServer((req, res) => {
        let body = '';
        req.setEncoding('latin1');
        req.on('data', (c: string) => (body += c));
        req.on('end', () => {
          if (req.url === '/v1/traces') bodies.push(body);
          res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        });
      });
      await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
      worker = startWorkerProcess(
        {
          REDIS_URL: redis.url,
          REDIS_DB: '0',
          ACT_WORKER_DATABASE_URL: testDatabaseUrls().app,
          WORKER_HEALTH_PORT: '0',
          LOG_LEVEL: 'warn',
          OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as { port: number }).port}`,
          OTEL_BSP_SCHEDULE_DELAY: '100',
        },
        'worker-tracing',
      );
    });
    afterAll(async () => {
      await worker?.kill('SIGTERM');
      await new Promise((r) => collector.close(r));
      await redis?.stop();
    });

    it('sends a span per job with its queries inside', async () => {
      const deadline = Date.now() + 45_000;
      const all = () => bodies.join('\n');
      while (!(/"name":"job [a-z.-]+"/.test(all()) && all().includes('pg.query')) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
      }
      const text = all();
      expect(text).toContain('act-worker');
      expect(text).toMatch(/"name":"job (caseload|visits|scheduling|notifications|audit|system)\.[a-z.-]+"/);
      expect(text).toContain('pg.query');
    });
  });
});
