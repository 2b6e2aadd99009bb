/**
 * Acceptance test 1 of issue 11: reminders are never lost and never doubled while the worker is
 * killed. Real PostgreSQL and Redis, a real SMTP server in this process, and the built worker as
 * its own OS process, killed with SIGKILL at random moments (seeded: CRASH_SEED replays a run)
 * and restarted. Every reminder must be in the app exactly once and in the mailbox at least
 * once, with at most one duplicate mail per kill.
 */
import { Prng } from '@act/domain';
import { addTeamMember, closeOwnerDataSource, createTestTenant, createUser, ownerDataSource, testDatabaseUrls, type TestTenant } from '@act/db/testing';
import type { DataSource } from 'typeorm';
import { createDueOccurrences, createSeries } from '../testing/scheduling-fixtures';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server';
import { startWorkerProcess, type WorkerProcess } from '../testing/worker-process';

const KILLS = 6;
const TEAM_MEETINGS = 120;
const SUPERVISIONS = 20;
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let owner: DataSource;
let smtp: SmtpTestServer;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  owner = await ownerDataSource();
  smtp = await startSmtpTestServer();
});

afterAll(async () => {
  await worker?.kill('SIGKILL');
  await smtp.close();
  await closeOwnerDataSource();
});

function spawnWorker(): WorkerProcess {
  return startWorkerProcess(
    {
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:63799',
      REDIS_DB: process.env.REDIS_DB ?? '5',
      ACT_WORKER_DATABASE_URL: testDatabaseUrls().app,
      WORKER_HEALTH_PORT: '0',
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://localhost:5101',
    },
    'reminders-crash-worker',
  );
}

interface Figures {
  notifications: number;
  distinctNotifications: number;
  reminded: number;
  mails: number;
  sent: number;
}
async function figures(t: TestTenant): Promise<Figures> {
  const [row] = await owner.query<Figures[]>(
    `SELECT (SELECT count(*)::int FROM notification WHERE tenant_id = $1) AS notifications,
            (SELECT count(DISTINCT (user_id, dedupe_key))::int FROM notification WHERE tenant_id = $1) AS "distinctNotifications",
            (SELECT count(*)::int FROM meeting_occurrence WHERE tenant_id = $1 AND reminded_at IS NOT NULL) AS reminded,
            (SELECT count(*)::int FROM mail_delivery WHERE tenant_id = $1) AS mails,
            (SELECT count(*)::int FROM mail_delivery WHERE tenant_id = $1 AND status = 'sent') AS sent`,
    [t.tenantId],
  );
  return row;
}

describe('reminders while the worker is killed (SIGKILL) and restarted', () => {
  it(`delivers ≥ 500 reminders exactly once in the app and at least once by mail (≤ 1 duplicate per kill)`, async () => {
    const random = new Prng(SEED);
    const t = await createTestTenant();
    for (let i = 0; i < 3; i++) {
      const user = await createUser(owner, t.tenantId);
      await addTeamMember(owner, t.tenantId, t.team.id, user.id);
    }
    const recipients = 5; // leader, member and the three above
    const meetings = await createSeries(owner, t.tenantId, { kind: 'team_meeting', teamId: t.team.id, createdBy: t.leader.id });
    const supervision = await createSeries(owner, t.tenantId, {
      kind: 'supervision',
      teamId: t.team.id,
      supervisorEmail: 'supervisor@ekstern.dk',
      createdBy: t.leader.id,
    });
    // Due over the next ~40 s, so the kills fall while reminders are claimed and mail is sent.
    await createDueOccurrences(owner, meetings, TEAM_MEETINGS, { startsInMinutes: 120, dueSecondsAgo: 0, spreadSeconds: 40 });
    await createDueOccurrences(owner, supervision, SUPERVISIONS, { startsInMinutes: 120, dueSecondsAgo: 0, spreadSeconds: 40 });
    const expectedNotifications = (TEAM_MEETINGS + SUPERVISIONS) * recipients;
    const expectedMails = expectedNotifications + SUPERVISIONS; // + the external supervisor

    const started = Date.now();
    const killLog: string[] = [];
    worker = spawnWorker();
    await worker.started();
    for (let kill = 1; kill <= KILLS; kill++) {
      await sleep(random.int(1_500, 7_000));
      await worker.kill('SIGKILL');
      const now = await figures(t);
      killLog.push(`kill ${kill} at +${((Date.now() - started) / 1000).toFixed(1)} s: ${now.notifications} notifications, ${now.sent} mails sent`);
      worker = spawnWorker(); // restarted at once; the next kill may land while it boots
    }
    await worker.started();

    // The last worker runs undisturbed until everything is delivered (a killed sender's lease is 30 s).
    const deadline = Date.now() + 180_000;
    let last = await figures(t);
    while (!(last.notifications >= expectedNotifications && last.mails >= expectedMails && last.sent === last.mails)) {
      if (Date.now() > deadline) throw new Error(`not delivered in time: ${JSON.stringify(last)}\n${killLog.join('\n')}`);
      await sleep(500);
      last = await figures(t);
    }
    await worker.kill('SIGTERM');
    worker = undefined;

    const messageIds = (await owner.query<Array<{ message_id: string }>>(`SELECT message_id FROM mail_delivery WHERE tenant_id = $1`, [t.tenantId])).map(
      (row) => row.message_id,
    );
    const received = new Map<string, number>();
    for (const mail of smtp.messages) received.set(mail.messageId, (received.get(mail.messageId) ?? 0) + 1);
    const missing = messageIds.filter((id) => !received.has(id)).length;
    const duplicates = messageIds.reduce((sum, id) => sum + Math.max(0, (received.get(id) ?? 0) - 1), 0);

    console.log(
      [
        `Crash test (seed ${SEED}): reminders ${expectedNotifications} (+${SUPERVISIONS} to the external supervisor), ` +
          `notifications ${last.notifications} (distinct ${last.distinctNotifications}), mails queued ${last.mails}, sent ${last.sent}, ` +
          `received ${messageIds.length - missing} distinct, duplicates ${duplicates}, kills ${KILLS}, ` +
          `${((Date.now() - started) / 1000).toFixed(1)} s`,
        ...killLog,
      ].join('\n'),
    );
    expect(expectedNotifications).toBeGreaterThanOrEqual(500);
    expect(last.notifications).toBe(expectedNotifications);
    expect(last.distinctNotifications).toBe(expectedNotifications);
    expect(last.reminded).toBe(TEAM_MEETINGS + SUPERVISIONS);
    expect(last.mails).toBe(expectedMails);
    expect(missing).toBe(0);
    expect(duplicates).toBeLessThanOrEqual(KILLS);
  }, 300_000);
});
