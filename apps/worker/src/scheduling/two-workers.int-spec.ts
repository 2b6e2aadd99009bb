/**
 * Acceptance test 3: two worker processes at once (the built worker, spawned twice) on the same
 * Redis and PostgreSQL, with every series nudged several times over so both replicas work on the
 * same series concurrently: no duplicate effects — each series has exactly its occurrences, each
 * team meeting / evaluation day exactly one team_meeting row, each due reminder exactly one
 * notification per recipient and one mail per recipient, and Redis exactly one scheduler (with
 * one pending run) per open series.
 */
import { meetingSeriesHorizon } from '@act/db';
import { closeOwnerDataSource, createTestTenant, ownerDataSource, testDatabaseUrls, type TestTenant } from '@act/db/testing';
import { expandSeries, parseRecurrenceRule } from '@act/domain';
import { Queue } from 'bullmq';
import { RECONCILE_SCHEDULER_ID, seriesIdOfScheduler } from './meeting-series.schedulers';
import { countSeriesSchedulers, createSeries, openSeriesIds, REDIS_DB, REDIS_URL, redisClient, waitFor } from '../testing/scheduling';
import { startWorkerProcess, type WorkerProcess } from '../testing/worker-process';

/** A team has one meeting rhythm: team meetings for the two teams, then the other kinds. */
const KINDS = ['supervision', 'sparring', 'evaluation_day', 'steering_meeting'] as const;
const RULES = ['FREQ=WEEKLY;BYDAY=MO', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,FR', 'FREQ=MONTHLY;BYDAY=2TU', 'FREQ=MONTHLY;BYMONTHDAY=10', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1'];
const SERIES = 20;
const NUDGES_PER_SERIES = 4;

let t: TestTenant;
let queue: Queue;
const redis = redisClient();
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  await redis.flushdb();
  t = await createTestTenant();
  queue = new Queue('scheduling', { connection: { url: REDIS_URL, db: Number(REDIS_DB) }, prefix: 'act' });
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill('SIGKILL')));
  await queue.close();
  await redis.quit();
  await closeOwnerDataSource();
});

it('two worker processes materialise and schedule 20 series with no duplicate effects', async () => {
  const today = new Date().toISOString().slice(0, 10);
  const ids: string[] = [];
  for (let i = 0; i < SERIES; i++) {
    // Distinct start times: two team meetings of one team may not share a start (team_meeting is unique on it).
    const startTime = `${String(7 + (i % 10)).padStart(2, '0')}:${i < 10 ? '00' : '30'}`;
    const kind = i < 2 ? 'team_meeting' : KINDS[i % KINDS.length];
    const teamId = i === 1 ? t.otherTeam.id : t.team.id;
    // Reminders two weeks ahead: the next two weeks' reminders are due at once, for both dispatchers.
    ids.push(await createSeries(t, { kind, teamId, rrule: RULES[i % RULES.length], startDate: today, startTime, remindMinutesBefore: 20160 }));
  }
  // Nudges for every series, several each, waiting before any worker runs: both replicas take them at once.
  for (let round = 0; round < NUDGES_PER_SERIES; round++) {
    await queue.addBulk(
      ids.flatMap((seriesId) => [
        { name: 'scheduling.series-changed', data: { tenantId: t.tenantId, seriesId } },
        { name: 'scheduling.series-materialise', data: { tenantId: t.tenantId, seriesId } },
      ]),
    );
  }

  const env = {
    REDIS_URL,
    REDIS_DB,
    ACT_WORKER_DATABASE_URL: testDatabaseUrls().app,
    WORKER_HEALTH_PORT: '0',
    WORKER_SCHEDULING_WATCH_MS: '500',
    SMTP_URL: 'smtp://127.0.0.1:9', // no mail leaves a test: nothing listens here
  };
  workers.push(startWorkerProcess(env, 'two-workers-a'), startWorkerProcess(env, 'two-workers-b'));
  await Promise.all(workers.map((w) => w.started()));

  // Wait until every job has run and Redis holds one scheduler with one pending run per open series.
  await waitFor(
    async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'failed');
      const open = await openSeriesIds();
      const schedulers = countSeriesSchedulers((await queue.getJobSchedulers()).map((s) => s.key));
      const pending = countSeriesSchedulers((await queue.getDelayed()).map((j) => j.repeatJobKey ?? ''));
      const settled = counts.waiting + counts.active + counts.prioritized === 0 && counts.failed === 0;
      return settled && open.every((id) => schedulers.get(id) === 1 && pending.get(id) === 1) && schedulers.size === open.length
        ? true
        : undefined;
    },
    60_000,
    'both workers to finish',
  );

  // Both processes did the work.
  const completed = await queue.getCompleted(0, -1);
  const byProcess = new Set(completed.map((job) => job.processedBy));
  expect(completed.length).toBeGreaterThanOrEqual(SERIES * NUDGES_PER_SERIES * 2);
  expect(byProcess.size).toBe(2);
  const perProcess = [...byProcess].map((name) => completed.filter((job) => job.processedBy === name).length);

  // Exactly the occurrences the rule gives, once each.
  const owner = await ownerDataSource();
  const series = await owner.query<Array<{ id: string; kind: string; rrule: string; start_time: string; rows: number; keys: number; linked: number; meetings: number }>>(
    `SELECT s.id, s.kind, s.rrule, s.start_time,
            (SELECT count(*)::int FROM meeting_occurrence o WHERE o.series_id = s.id) AS rows,
            (SELECT count(DISTINCT original_date)::int FROM meeting_occurrence o WHERE o.series_id = s.id) AS keys,
            (SELECT count(DISTINCT team_meeting_id)::int FROM meeting_occurrence o WHERE o.series_id = s.id) AS linked,
            (SELECT count(*)::int FROM team_meeting tm JOIN meeting_occurrence o ON o.team_id = tm.team_id AND o.starts_at = tm.starts_at
               WHERE o.series_id = s.id) AS meetings
     FROM meeting_series s WHERE s.tenant_id = $1 ORDER BY s.id`,
    [t.tenantId],
  );
  expect(series).toHaveLength(SERIES);
  console.log(
    `two workers: ${completed.length} jobs completed (${perProcess.join(' + ')} per process), ${SERIES} series, ` +
      `${series.reduce((n, s) => n + s.rows, 0)} occurrences, ${series.reduce((n, s) => n + s.meetings, 0)} team meetings, 0 duplicates`,
  );
  for (const s of series) {
    const rule = parseRecurrenceRule(s.rrule, today);
    const expected = expandSeries({ id: s.id, rule, startDate: today, startTime: s.start_time, durationMinutes: 60 }, today, meetingSeriesHorizon(rule));
    expect({ id: s.id, rows: s.rows, keys: s.keys }).toEqual({ id: s.id, rows: expected.length, keys: expected.length });
    const withMeeting = s.kind === 'team_meeting' || s.kind === 'evaluation_day';
    expect({ id: s.id, linked: s.linked, meetings: s.meetings }).toEqual({
      id: s.id,
      linked: withMeeting ? expected.length : 0,
      meetings: withMeeting ? expected.length : 0,
    });
  }

  // Every due reminder sent (both dispatchers ran), each recipient notified and mailed exactly once.
  const due = `FROM meeting_occurrence WHERE tenant_id = $1 AND status = 'planned' AND remind_at <= now() AND starts_at > now()`;
  await waitFor(
    async () => {
      const [{ n }] = await owner.query<Array<{ n: number }>>(`SELECT count(*)::int AS n ${due} AND reminded_at IS NULL`, [t.tenantId]);
      return n === 0 ? true : undefined;
    },
    60_000,
    'every due reminder to be dispatched',
  );
  const [reminders] = await owner.query<Array<{ occurrences: number; notifications: number; recipients: number; mails: number; mailRecipients: number }>>(
    `SELECT (SELECT count(*)::int ${due}) AS occurrences,
            (SELECT count(*)::int FROM notification WHERE tenant_id = $1) AS notifications,
            (SELECT count(DISTINCT (user_id, subject_id))::int FROM notification WHERE tenant_id = $1) AS recipients,
            (SELECT count(*)::int FROM mail_delivery WHERE tenant_id = $1) AS mails,
            (SELECT count(DISTINCT (coalesce(user_id::text, external_email), occurrence_id))::int FROM mail_delivery WHERE tenant_id = $1) AS "mailRecipients"`,
    [t.tenantId],
  );
  console.log(`two workers: ${reminders.occurrences} reminders due, ${reminders.notifications} notifications, ${reminders.mails} mails`);
  expect(reminders.occurrences).toBeGreaterThan(0);
  expect(reminders.notifications).toBeGreaterThan(0);
  expect(reminders.notifications).toBe(reminders.recipients);
  expect(reminders.mails).toBe(reminders.mailRecipients);

  // One reconcile scheduler; no scheduler for a series that is not open.
  const keys = (await queue.getJobSchedulers()).map((s) => s.key);
  expect(keys.filter((k) => k === RECONCILE_SCHEDULER_ID)).toHaveLength(1);
  const open = new Set(await openSeriesIds());
  expect(keys.map(seriesIdOfScheduler).filter((id): id is string => id !== null && !open.has(id))).toEqual([]);

  // Graceful shutdown of both: exit code 0.
  expect(await Promise.all(workers.map((w) => w.kill('SIGTERM')))).toEqual(['exit 0', 'exit 0']);
});
