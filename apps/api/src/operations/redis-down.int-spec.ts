/**
 * Acceptance test 4: Redis stopped. The API (in-process) and the built worker (its own OS
 * process) both use a Redis server of the test's own, which is killed: the API still creates a
 * series and marks occurrences held / not held, without waiting on Redis; when Redis returns —
 * empty, as a replaced server would — the worker rebuilds its schedulers from PostgreSQL, the new
 * series' included, and tops the series up.
 */
import { type OwnRedis, ownerDataSource, startOwnRedis, testDatabaseUrls } from '@act/db/testing';
import { addDays, copenhagenToday } from '@act/domain';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import IORedis from 'ioredis';
import type { ApiHarness } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import type { Cookies } from '../testing/db-state';
import type { TestTenant } from '@act/db/testing';
import { SchedulingQueue, WorkerRedis } from '../scheduling/scheduling-queue';

const WORKER_MAIN = join(__dirname, '../../../worker/dist/main.js');

let redis: OwnRedis;
let api: ApiHarness;
let t: TestTenant;
let c: Cookies;
let worker: ChildProcess | undefined;
let workerOutput = '';

const env: Record<string, string> = {};
beforeAll(async () => {
  redis = await startOwnRedis();
  Object.assign(env, { REDIS_URL: redis.url, REDIS_DB: '0' });
});
useApiSuite((s) => ({ api, t, c } = s), env);
afterAll(async () => {
  if (worker && worker.exitCode === null) {
    const exited = new Promise((resolve) => worker!.once('exit', resolve));
    worker.kill('SIGKILL');
    await exited;
  }
  await redis.stop();
});

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${workerOutput.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function startWorker(): Promise<void> {
  worker = spawn(process.execPath, [WORKER_MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      NO_COLOR: '1',
      REDIS_URL: redis.url,
      REDIS_DB: '0',
      ACT_WORKER_DATABASE_URL: testDatabaseUrls().app,
      WORKER_HEALTH_PORT: '0',
      WORKER_SCHEDULING_WATCH_MS: '500',
      SMTP_URL: 'smtp://127.0.0.1:9', // no mail leaves a test
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  worker.stdout!.on('data', (chunk: Buffer) => (workerOutput += chunk.toString()));
  worker.stderr!.on('data', (chunk: Buffer) => (workerOutput += chunk.toString()));
  await until(async () => (workerOutput.includes('Worker started') ? true : undefined), 'the worker to start');
}

async function timedGql(query: string, variables: Record<string, unknown>) {
  const start = Date.now();
  const res = await api.gql(query, variables, c.leader);
  return { res, ms: Date.now() - start };
}

const CREATE = `mutation($input: CreateMeetingSeriesInput!) { createMeetingSeries(input: $input) { id } }`;
const OCCURRENCES = `query($teamId: ID!, $from: String!, $to: String!) {
  teamOccurrences(teamId: $teamId, from: $from, to: $to, kinds: [SPARRING], first: 10) { edges { node { id startsAt } } } }`;
const HELD = `mutation($input: MarkOccurrenceHeldInput!) { markOccurrenceHeld(input: $input) { id status } }`;
const NOT_HELD = `mutation($input: OccurrenceReasonInput!) { markOccurrenceNotHeld(input: $input) { id status } }`;

it('the API saves and marks held / not held while Redis is down; the worker catches up when it returns', async () => {
  await startWorker();
  await redis.stop();

  // A sparring series that began three days ago, created while Redis is gone.
  const start = addDays(copenhagenToday(), -3);
  const created = await timedGql(CREATE, {
    input: {
      kind: 'SPARRING',
      teamId: t.team.id,
      title: 'Sparring',
      rule: { frequency: 'WEEKLY', interval: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] },
      startDate: start,
      startTime: '07:00',
      durationMinutes: 60,
      place: 'Mødelokalet',
    },
  });
  expect(created.res.errors).toBeUndefined();
  expect(created.ms).toBeLessThan(3000);
  const seriesId = created.res.data!.createMeetingSeries.id as string;

  const past = await api.gql(OCCURRENCES, { teamId: t.team.id, from: start, to: addDays(start, 1) }, c.leader);
  expect(past.errors).toBeUndefined();
  const [first, second] = past.data!.teamOccurrences.edges.map((e: { node: { id: string } }) => e.node.id);
  const held = await timedGql(HELD, { input: { id: first, attendeeMemberIds: [t.member.memberId, t.leader.memberId] } });
  const notHeld = await timedGql(NOT_HELD, { input: { id: second, reason: 'Sygdom i teamet' } });
  expect(held.res.errors).toBeUndefined();
  expect(notHeld.res.errors).toBeUndefined();
  expect(held.res.data!.markOccurrenceHeld.status).toBe('HELD');
  expect(notHeld.res.data!.markOccurrenceNotHeld.status).toBe('NOT_HELD');
  expect(Math.max(held.ms, notHeld.ms)).toBeLessThan(3000);
  console.log(`Redis down: createMeetingSeries ${created.ms} ms, markOccurrenceHeld ${held.ms} ms, markOccurrenceNotHeld ${notHeld.ms} ms`);

  // The worker kept running without Redis.
  expect(worker!.exitCode).toBeNull();

  // Redis returns, empty: the worker puts its schedulers back and reconciles — the new series included.
  await redis.start();
  const check = new IORedis(redis.url, { maxRetriesPerRequest: 1 });
  try {
    await until(
      async () => ((await check.exists('act:scheduling:repeat:meeting-series-reconcile')) ? true : undefined),
      'the reconcile scheduler to be back',
    );
    const schedulers = await until(async () => {
      const ids = await check.zrange('act:scheduling:repeat', 0, -1);
      return ids.includes(`meeting-series:${seriesId}`) ? ids : undefined;
    }, "the new series' scheduler");
    expect(schedulers.filter((id) => id === `meeting-series:${seriesId}`)).toHaveLength(1);
  } finally {
    check.disconnect();
  }

  // PostgreSQL kept everything: held with two attendees, not held with its reason, occurrences ahead.
  const owner = await ownerDataSource();
  const rows = await owner.query<Array<{ status: string; reason: string | null; attendees: number }>>(
    `SELECT status::text AS status, status_reason AS reason,
            (SELECT count(*)::int FROM meeting_occurrence_attendee a WHERE a.occurrence_id = o.id) AS attendees
     FROM meeting_occurrence o WHERE o.id = ANY($1) ORDER BY o.starts_at`,
    [[first, second]],
  );
  expect(rows).toEqual([
    { status: 'held', reason: null, attendees: 2 },
    { status: 'not_held', reason: 'Sygdom i teamet', attendees: 0 },
  ]);
  const [{ until: materialisedUntil }] = await owner.query<Array<{ until: string }>>(
    `SELECT to_char(materialised_until, 'YYYY-MM-DD') AS until FROM meeting_series WHERE id = $1`,
    [seriesId],
  );
  expect(materialisedUntil >= addDays(copenhagenToday(), 56)).toBe(true);

  // With Redis back, the API's nudge reaches the worker: a series nothing has materialised yet
  // (written straight into PostgreSQL) gets its occurrences within seconds, long before the next
  // 5-minute reconcile.
  const [{ id: quiet }] = await owner.query<Array<{ id: string }>>(
    `INSERT INTO meeting_series (tenant_id, kind, team_id, title, rrule, start_date, start_time, duration_minutes, place, materialised_until, created_by)
     VALUES ($1, 'supervision', $2, 'Supervision', 'FREQ=WEEKLY;BYDAY=WE', $3::date, '10:00', 60, 'Mødelokalet', $3::date - 1, $4) RETURNING id`,
    [t.tenantId, t.team.id, copenhagenToday(), t.leader.id],
  );
  // (While the API's own connection is still reconnecting, a nudge is skipped — by design.)
  await until(async () => (api.app.get(WorkerRedis).ready ? true : undefined), "the API's Redis connection to be back");
  api.app.get(SchedulingQueue).seriesChanged(t.tenantId, quiet);
  await until(async () => {
    const [{ n }] = await owner.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM meeting_occurrence WHERE series_id = $1`, [quiet]);
    return n > 0 ? n : undefined;
  }, 'the nudged series to be materialised', 15_000);
});
