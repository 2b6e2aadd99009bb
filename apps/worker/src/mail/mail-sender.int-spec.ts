/**
 * The mail outbox against real PostgreSQL (application role) and a real SMTP server started by
 * the test: sent once with the stored Message-ID, nothing but kind/time/link in it, retries with
 * backoff, gives up after the last try or at once on a permanent refusal, and a lease left by a
 * killed sender is taken over.
 */
import { closeOwnerDataSource, createTestTenant, ownerDataSource, testDatabaseUrls, type TestTenant } from '@act/db/testing';
import type { DataSource } from 'typeorm';
import { loadWorkerConfig, type WorkerConfig } from '../config/worker-config';
import { DatabaseService } from '../database/database.service';
import { ReminderDispatcher } from '../notifications/reminder-dispatcher';
import { createDueOccurrences, createSeries } from '../testing/scheduling-fixtures';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server';
import { claimMail, MAX_MAIL_ATTEMPTS } from './mail-outbox';
import { MailSender } from './mail-sender';
import { Mailer } from './mailer';

let owner: DataSource;
let database: DatabaseService;
let smtp: SmtpTestServer;
let mailer: Mailer;
let sender: MailSender;
let dispatcher: ReminderDispatcher;
const PUBLIC_URL = 'http://localhost:5101';

beforeAll(async () => {
  owner = await ownerDataSource();
  smtp = await startSmtpTestServer();
  const config: WorkerConfig = { ...loadWorkerConfig({ SMTP_URL: smtp.url, PUBLIC_URL }), databaseUrl: testDatabaseUrls().app };
  database = new DatabaseService(config);
  mailer = new Mailer(config);
  sender = new MailSender(database, mailer, config);
  dispatcher = new ReminderDispatcher(database);
});

afterAll(async () => {
  mailer.onApplicationShutdown();
  await smtp.close();
  await database.onApplicationShutdown();
  await closeOwnerDataSource();
});

interface MailRow {
  id: string;
  status: string;
  attempts: number;
  message_id: string;
  sent_at: Date | null;
  claimed_until: Date | null;
  last_error: string | null;
  user_id: string | null;
  notification_id: string | null;
}
const rows = (tenantId: string) =>
  owner.query<MailRow[]>(
    `SELECT id, status::text AS status, attempts, message_id, sent_at, claimed_until, last_error, user_id, notification_id
     FROM mail_delivery WHERE tenant_id = $1 ORDER BY created_at, id`,
    [tenantId],
  );
const received = (tenantId: string, list: MailRow[]) => {
  const ids = new Set(list.map((m) => m.message_id));
  void tenantId;
  return smtp.messages.filter((m) => ids.has(m.messageId));
};
/** Makes every retry of the tenant's mail due now (the backoff has passed). */
const backoffPassed = (tenantId: string) =>
  owner.query(`UPDATE mail_delivery SET claimed_until = now() - interval '1 second' WHERE tenant_id = $1 AND status IN ('pending', 'sending')`, [tenantId]);

async function queueTeamMeetingReminder(t: TestTenant): Promise<void> {
  const series = await createSeries(owner, t.tenantId, { kind: 'sparring', teamId: t.team.id, createdBy: t.leader.id });
  await createDueOccurrences(owner, series, 1);
  await dispatcher.dispatchTenant(t.tenantId);
}

describe('mail sender (real PostgreSQL and SMTP server)', () => {
  let t: TestTenant;
  beforeEach(async () => {
    t = await createTestTenant();
    smtp.rejectNext(0);
  });

  it('sends each queued mail once with its stored Message-ID, then records sent', async () => {
    await queueTeamMeetingReminder(t);
    expect(await sender.sendTenant(t.tenantId)).toEqual({ sent: 2, retried: 0, failed: 0, more: 0 });
    const list = await rows(t.tenantId);
    expect(list.every((m) => m.status === 'sent' && m.sent_at instanceof Date && m.attempts === 1 && m.claimed_until === null)).toBe(true);
    const got = received(t.tenantId, list);
    expect(got.map((m) => m.messageId).sort()).toEqual(list.map((m) => m.message_id).sort());
    expect(got.map((m) => m.to[0]).sort()).toEqual([t.leader.email, t.member.email].sort());
    for (const mail of got) {
      expect(mail.subject).toMatch(/^Sparringsmøde \w+dag den \d+\. \w+ \d{4} kl\. \d\d\.\d\d$/);
      expect(mail.text).toContain(`${PUBLIC_URL}/notifications?id=`);
      // The series' title and place (free text naming a citizen) never reach a mail.
      expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toMatch(/Jens|Testvej|Hjemme/);
    }
    expect(await sender.sendTenant(t.tenantId)).toEqual({ sent: 0, retried: 0, failed: 0, more: 0 });
  });

  it('retries a temporary failure after a backoff, and gives up after the last try', async () => {
    await queueTeamMeetingReminder(t);
    smtp.rejectNext(2);
    expect(await sender.sendTenant(t.tenantId)).toEqual({ sent: 0, retried: 2, failed: 0, more: 0 });
    let list = await rows(t.tenantId);
    expect(list.map((m) => [m.status, m.attempts, m.last_error])).toEqual([
      ['pending', 1, 'EMESSAGE 451'],
      ['pending', 1, 'EMESSAGE 451'],
    ]);
    // Not due before the backoff has passed (30 s after the first try).
    expect(list.every((m) => m.claimed_until!.getTime() > Date.now() + 20_000)).toBe(true);
    expect(await sender.sendTenant(t.tenantId)).toMatchObject({ sent: 0, retried: 0 });

    smtp.rejectNext(1000);
    for (let attempt = 2; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
      await backoffPassed(t.tenantId);
      await sender.sendTenant(t.tenantId);
    }
    list = await rows(t.tenantId);
    expect(list.map((m) => [m.status, m.attempts])).toEqual([
      ['failed', MAX_MAIL_ATTEMPTS],
      ['failed', MAX_MAIL_ATTEMPTS],
    ]);
    smtp.rejectNext(0);
    await backoffPassed(t.tenantId);
    expect(await sender.sendTenant(t.tenantId)).toEqual({ sent: 0, retried: 0, failed: 0, more: 0 });
    expect(received(t.tenantId, list)).toEqual([]);
  });

  it('gives up at once when the server refuses for good (5xx)', async () => {
    await queueTeamMeetingReminder(t);
    smtp.rejectNext(1, 550);
    expect(await sender.sendTenant(t.tenantId)).toEqual({ sent: 1, retried: 0, failed: 1, more: 0 });
    expect((await rows(t.tenantId)).map((m) => [m.status, m.attempts, m.last_error]).sort()).toEqual([
      ['failed', 1, 'EMESSAGE 550'],
      ['sent', 1, null],
    ]);
  });

  it('takes over a mail whose sender died while holding the lease, only after the lease has run out', async () => {
    await queueTeamMeetingReminder(t);
    // A sender claims and commits, then dies before sending.
    const claimed = await database.withTenant(t.tenantId, (tx) => claimMail(tx, 10));
    expect(claimed).toHaveLength(2);
    expect(await sender.sendTenant(t.tenantId)).toMatchObject({ sent: 0 });
    await backoffPassed(t.tenantId); // the lease has run out
    expect(await sender.sendTenant(t.tenantId)).toMatchObject({ sent: 2 });
    const list = await rows(t.tenantId);
    expect(list.map((m) => [m.status, m.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
    ]);
    expect(received(t.tenantId, list)).toHaveLength(2);
  });

  it('does not mail a user disabled after the mail was queued', async () => {
    await queueTeamMeetingReminder(t);
    await owner.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [t.member.id]);
    expect(await sender.sendTenant(t.tenantId)).toEqual({ sent: 1, retried: 0, failed: 1, more: 0 });
    const list = await rows(t.tenantId);
    expect(list.find((m) => m.user_id === t.member.id)).toMatchObject({ status: 'failed', last_error: 'recipient disabled or without address' });
  });
});
