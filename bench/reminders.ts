/**
 * Reminder lateness (issue 11): 1,000 supervision reminders fall due within 20 s on the reference
 * dataset; the built worker (its own process) claims and mails them through a local SMTP sink in
 * this process, and is killed once with SIGKILL while it works, then restarted. Prints p50/p99
 * lateness of the notification (created_at − remind_at) and of the mail (sent_at − remind_at),
 * target p99 ≤ 60 s, and appends the rows to .data/bench/summary.md. Never fails on timing.
 *
 *   BENCH_REMINDERS   how many (default 1000)      BENCH_REDIS_DB   Redis database (default 8)
 */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { startSmtpTestServer } from '../apps/worker/src/testing/smtp-test-server';
import { startWorkerProcess, type WorkerProcess } from '../apps/worker/src/testing/worker-process';
import { BENCH_OUT, TENANT_NAME, benchUrls, percentile } from './common';

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 1000);
const REDIS_DB = process.env.BENCH_REDIS_DB ?? '8';
const DUE_WITHIN_S = 20;
/** The kill lands while mail goes out: once this share of the reminders has been mailed. */
const KILL_WHEN_SENT = 0.2;
const TITLE = 'Bench: påmindelser';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function arrange(db: Client): Promise<string> {
  const { rows: [tenant] } = await db.query<{ id: string }>('SELECT id FROM tenant WHERE name = $1', [TENANT_NAME]);
  if (!tenant) throw new Error('the bench dataset is missing (run npm run bench)');
  // An earlier run's series go, with their occurrences, notifications and mail.
  await db.query(
    `DELETE FROM notification WHERE tenant_id = $1 AND subject_id IN
       (SELECT o.id FROM meeting_occurrence o JOIN meeting_series s ON s.id = o.series_id WHERE s.title = $2)`,
    [tenant.id, TITLE],
  );
  await db.query('DELETE FROM meeting_series WHERE tenant_id = $1 AND title = $2', [tenant.id, TITLE]);
  // One supervision series per team for one member; the reminders spread evenly over the series.
  const { rows: members } = await db.query<{ member_id: string; team_id: string; leader: string }>(
    `SELECT DISTINCT ON (tm.team_id) tm.id AS member_id, tm.team_id,
            (SELECT l.user_id FROM team_member l WHERE l.team_id = tm.team_id AND l.is_team_leader LIMIT 1) AS leader
     FROM team_member tm WHERE tm.tenant_id = $1 AND NOT tm.is_team_leader ORDER BY tm.team_id, tm.id`,
    [tenant.id],
  );
  let offset = 0;
  for (const [index, m] of members.entries()) {
    const { rows: [series] } = await db.query<{ id: string }>(
      `INSERT INTO meeting_series (tenant_id, kind, team_id, member_id, title, rrule, start_date, start_time, duration_minutes, place,
         materialised_until, created_by)
       VALUES ($1, 'supervision', $2, $3, $4, 'FREQ=WEEKLY;BYDAY=TU', '2040-01-03', '13:00', 60, 'Mødelokalet', '2040-01-02', $5)
       RETURNING id`,
      [tenant.id, m.team_id, m.member_id, TITLE, m.leader],
    );
    const count = Math.floor(REMINDERS / members.length) + (index < REMINDERS % members.length ? 1 : 0);
    await db.query(
      `INSERT INTO meeting_occurrence (tenant_id, series_id, kind, team_id, original_date, starts_at, ends_at, place, remind_at)
       SELECT s.tenant_id, s.id, s.kind, s.team_id, DATE '2040-01-03' + i * 7, now() + interval '2 hours', now() + interval '3 hours',
              s.place, now() + interval '3 seconds' + make_interval(secs => ($3 + i)::double precision * $4 / $5)
       FROM meeting_series s CROSS JOIN generate_series(0, $2 - 1) AS i WHERE s.id = $1`,
      [series.id, count, offset, DUE_WITHIN_S, REMINDERS],
    );
    offset += count;
  }
  return tenant.id;
}

async function main(): Promise<void> {
  const urls = benchUrls();
  const db = new Client({ connectionString: urls.owner });
  await db.connect();
  const smtp = await startSmtpTestServer();
  let worker: WorkerProcess | undefined;
  try {
    const tenantId = await arrange(db);
    const spawnWorker = () =>
      startWorkerProcess(
        {
          REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:63799',
          REDIS_DB,
          ACT_WORKER_DATABASE_URL: urls.app,
          WORKER_HEALTH_PORT: '0',
          SMTP_URL: smtp.url,
          PUBLIC_URL: 'http://localhost:5173',
        },
        'worker-bench',
      );
    const progress = async () => {
      const { rows: [r] } = await db.query<{ n: number; sent: number; mails: number }>(
        `WITH ours AS (SELECT o.id FROM meeting_occurrence o JOIN meeting_series s ON s.id = o.series_id WHERE s.tenant_id = $1 AND s.title = $2)
         SELECT (SELECT count(*)::int FROM notification WHERE tenant_id = $1 AND subject_id IN (SELECT id FROM ours)) AS n,
                (SELECT count(*)::int FROM mail_delivery WHERE tenant_id = $1 AND occurrence_id IN (SELECT id FROM ours)) AS mails,
                (SELECT count(*)::int FROM mail_delivery WHERE tenant_id = $1 AND occurrence_id IN (SELECT id FROM ours) AND status = 'sent') AS sent`,
        [tenantId, TITLE],
      );
      return r;
    };
    const started = Date.now();
    const deadline = started + 240_000;
    worker = spawnWorker();
    await worker.started();
    while ((await progress()).sent < REMINDERS * KILL_WHEN_SENT) {
      if (Date.now() > deadline) throw new Error('no mail went out within 4 minutes');
      await sleep(100);
    }
    await worker.kill('SIGKILL');
    const killedAt = (Date.now() - started) / 1000;
    worker = spawnWorker();
    await worker.started();

    let state = await progress();
    while (state.n < REMINDERS || state.sent < REMINDERS) {
      if (Date.now() > deadline) throw new Error(`not delivered within 4 minutes: ${JSON.stringify(state)}`);
      await sleep(500);
      state = await progress();
    }
    await worker.kill('SIGTERM');
    worker = undefined;

    const lateness = async (sql: string) =>
      (await db.query<{ s: number }>(sql, [tenantId, TITLE])).rows.map((r) => Number(r.s)).sort((a, b) => a - b);
    const inApp = await lateness(
      `SELECT extract(epoch FROM n.created_at - o.remind_at) AS s FROM notification n
       JOIN meeting_occurrence o ON o.id = n.subject_id JOIN meeting_series s ON s.id = o.series_id WHERE n.tenant_id = $1 AND s.title = $2`,
    );
    const byMail = await lateness(
      `SELECT extract(epoch FROM m.sent_at - o.remind_at) AS s FROM mail_delivery m
       JOIN meeting_occurrence o ON o.id = m.occurrence_id JOIN meeting_series s ON s.id = o.series_id WHERE m.tenant_id = $1 AND s.title = $2`,
    );
    const received = new Set(smtp.messages.map((m) => m.messageId)).size;
    const duplicates = smtp.messages.length - received;
    const sec = (v: number) => `${v.toFixed(1)} s`;
    const verdict = (p99: number) => (p99 <= 60 ? 'ok' : 'OVER');
    const rows = [
      [`Reminder lateness, in the app (${inApp.length} notifications): p50 / p99 / max`, `${sec(percentile(inApp, 50))} / ${sec(percentile(inApp, 99))} / ${sec(inApp.at(-1)!)}`, 'p99 ≤ 60 s', verdict(percentile(inApp, 99))],
      [`Reminder lateness, by mail (${byMail.length} sent): p50 / p99 / max`, `${sec(percentile(byMail, 50))} / ${sec(percentile(byMail, 99))} / ${sec(byMail.at(-1)!)}`, 'p99 ≤ 60 s', verdict(percentile(byMail, 99))],
      [`  ${REMINDERS} due within ${DUE_WITHIN_S} s; worker SIGKILLed once while mailing (+${killedAt.toFixed(1)} s)`, `${received} mails received, ${duplicates} duplicate(s)`, '≤ 1 duplicate', duplicates <= 1 ? 'ok' : 'OVER'],
    ];
    const text = rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
    console.log(`\n${text}\n`);
    mkdirSync(BENCH_OUT, { recursive: true });
    writeFileSync(join(BENCH_OUT, 'reminders.json'), `${JSON.stringify({ at: new Date().toISOString(), reminders: REMINDERS, killedAt, inApp, byMail, duplicates }, null, 2)}\n`);
    if (existsSync(join(BENCH_OUT, 'summary.md'))) appendFileSync(join(BENCH_OUT, 'summary.md'), `${text}\n`);
  } finally {
    await worker?.kill('SIGKILL');
    await smtp.close();
    await db.end();
  }
}

main().catch((error: unknown) => {
  console.error('reminders:', error instanceof Error ? error.message : error);
  process.exit(1);
});
