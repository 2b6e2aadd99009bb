/**
 * A due reminder travels the whole way (issue 11): a supervision series with its reminder due
 * now, the built worker as its own process, a real SMTP server in this test as the mail catcher.
 * The member sees the reminder in the notification list (axe clean at 360 px) and the mail
 * reaches the catcher — saying what and when, with a link, and nothing of the free text.
 */
import { resolve } from 'node:path';
import { materialiseMeetingSeries } from '@act/db';
import { createTestTenant, ownerDataSource, testDatabaseUrls, type TestTenant } from '@act/db/testing';
import { addDays, copenhagenToday } from '@act/domain';
import type { Browser } from 'playwright-core';
import { startSmtpTestServer, type SmtpTestServer } from '../apps/worker/src/testing/smtp-test-server';
import { startWorkerProcess, type WorkerProcess } from '../apps/worker/src/testing/worker-process';
import { loginAs } from './support/api';
import { baseUrl, expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(150_000);

const PHONE = { width: 360, height: 740 };
const SECRET_TITLE = 'Teamsupervision om hjemløshed og rusmidler';
const SECRET_PLACE = 'Mødelokale 2, Sundhedshuset';

let browser: Browser;
let smtp: SmtpTestServer;
let worker: WorkerProcess | undefined;
let t: TestTenant;

/** A weekly supervision from tomorrow 09:00 whose first reminder (two days ahead) is due at once. */
async function dueSupervision(tenant: TestTenant): Promise<string> {
  const db = await ownerDataSource();
  const tomorrow = addDays(copenhagenToday(), 1);
  return db.transaction(async (manager) => {
    await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant.tenantId]);
    const [series] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO meeting_series (tenant_id, kind, team_id, title, rrule, start_date, start_time, duration_minutes, place,
                                   remind_minutes_before, materialised_until, created_by)
       VALUES ($1, 'supervision', $2, $3, 'FREQ=WEEKLY;COUNT=2', $4, '09:00', 90, $5, 2880, ($4::date - 1), $6) RETURNING id`,
      [tenant.tenantId, tenant.team.id, SECRET_TITLE, tomorrow, SECRET_PLACE, tenant.leader.id],
    );
    await materialiseMeetingSeries(manager, series.id);
    const [first] = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM meeting_occurrence WHERE series_id = $1 AND remind_at <= now() ORDER BY starts_at LIMIT 1`,
      [series.id],
    );
    if (!first) throw new Error('the fixture should have a due reminder');
    return first.id;
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  smtp = await startSmtpTestServer();
  t = await createTestTenant();
});

afterAll(async () => {
  await worker?.kill('SIGTERM');
  await smtp?.close();
  await browser?.close();
});

describe('a due reminder', () => {
  it('reaches the member in the app and by e-mail, without the free text', async () => {
    const occurrenceId = await dueSupervision(t);
    worker = startWorkerProcess(
      {
        REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:63799',
        REDIS_DB: process.env.REDIS_DB ?? '5',
        ACT_WORKER_DATABASE_URL: testDatabaseUrls().app,
        WORKER_HEALTH_PORT: '0',
        SMTP_URL: smtp.url,
        PUBLIC_URL: baseUrl,
      },
      'reminder-delivery-e2e-worker',
    );
    await worker.started(60_000);

    // The mail: to the member, what and when, a link into the app; no title, place or name.
    const deadline = Date.now() + 90_000;
    let mail = smtp.messages.find((m) => m.to.includes(t.member.email));
    while (!mail && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      mail = smtp.messages.find((m) => m.to.includes(t.member.email));
    }
    if (!mail) throw new Error(`no mail reached the catcher for the member within 90 s (${smtp.messages.length} other mails)`);
    expect(mail.subject).toMatch(/Supervision/);
    expect(`${mail.subject}\n${mail.text}`).toContain(baseUrl);
    for (const secret of [SECRET_TITLE, SECRET_PLACE, 'hjemløshed', 'Sundhedshuset', t.citizen.name]) {
      expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toContain(secret);
    }

    // The app: one unread notification for that supervision, in the list at 360 px.
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, t.member.email, t.password);
    const bell = page.getByRole('banner').getByRole('link', { name: 'Notifikationer, 1 ulæst' });
    await bell.waitFor();
    await bell.click();
    await page.getByRole('heading', { level: 1, name: 'Notifikationer' }).waitFor();
    const items = page.getByRole('list', { name: 'Notifikationer' }).getByRole('listitem');
    await items.first().waitFor();
    expect(await items.count()).toBe(1);
    expect(await items.first().innerText()).toMatch(/Supervision/);
    await expectNoSeriousAxeViolations(page);
    if (process.env.E2E_SCREENSHOTS === '1') await page.screenshot({ path: resolve(__dirname, '../docs/user-guide/img/notifikationer.png') });
    await context.close();

    // The leader's view of the team's meetings: the supervision series with its next meetings.
    const leader = await newSession(browser);
    await loginAs(leader.page, t.leader.email, t.password);
    await leader.page.goto(`/teams/${t.team.id}/schedule`);
    await leader.page.getByRole('heading', { level: 2, name: 'Kommende møder' }).waitFor();
    await leader.page.getByText(SECRET_TITLE).first().waitFor();
    await expectNoSeriousAxeViolations(leader.page);
    if (process.env.E2E_SCREENSHOTS === '1') {
      await leader.page.screenshot({ path: resolve(__dirname, '../docs/user-guide/img/planlaegning.png'), fullPage: true });
    }
    await leader.context.close();

    const db = await ownerDataSource();
    const rows = await db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notification WHERE tenant_id = $1 AND user_id = $2 AND subject_id = $3`,
      [t.tenantId, t.member.id, occurrenceId],
    );
    expect(rows).toEqual([{ n: 1 }]);
  });
});
