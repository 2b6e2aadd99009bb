import { createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import type { Browser, Page } from 'playwright-core';
import { loginAs } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(90_000);

const PHONE = { width: 360, height: 740 };

/** Two unread digests for the member, written as the worker writes them (oldest first). */
async function notificationsFor(t: TestTenant): Promise<void> {
  const db = await ownerDataSource();
  for (const [count, age] of [
    [3, 7200],
    [1, 3600],
  ]) {
    await db.query(
      `INSERT INTO notification (tenant_id, user_id, kind, team_id, item_count, dedupe_key, created_at)
       VALUES ($1, $2, 'citizens_not_seen', $3, $4, $5, now() - make_interval(secs => $6::int))`,
      [t.tenantId, t.member.id, t.team.id, count, `e2e:${count}`, age],
    );
  }
}

const bell = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Notifikationer,/ });
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('notifications in the app', () => {
  let browser: Browser;
  let t: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    t = await createTestTenant();
    await notificationsFor(t);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a member on a phone sees the unread count in the header, reads, opens and sets what to get by e-mail', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, t.member.email, t.password);
    await page.getByRole('link', { name: 'Notifikationer, 2 ulæste' }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await bell(page).click();
    await page.getByRole('heading', { level: 1, name: 'Notifikationer' }).waitFor();
    const items = page.getByRole('list', { name: 'Notifikationer' }).getByRole('listitem');
    await items.nth(1).waitFor();
    expect(await items.allInnerTexts()).toEqual([
      expect.stringContaining('1 borger er ikke set i over 7 dage'),
      expect.stringContaining('3 borgere er ikke set i over 7 dage'),
    ]);
    await expectNoSeriousAxeViolations(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await items.nth(0).getByRole('button', { name: 'Markér som læst' }).click();
    await page.getByRole('link', { name: 'Notifikationer, 1 ulæst' }).waitFor();
    expect(await items.nth(0).getByRole('button', { name: 'Markér som læst' }).count()).toBe(0);

    // Opening one marks it read and goes where the user acts on it.
    await items.nth(1).getByRole('link', { name: 'Åbn' }).click();
    await page.waitForURL(new RegExp(`/teams/${t.team.id}/visits$`));
    await page.getByRole('link', { name: 'Notifikationer, ingen ulæste' }).waitFor();

    await page.goto('/notifications/settings');
    await page.getByRole('heading', { level: 1, name: 'Indstillinger for notifikationer' }).waitFor();
    const email = page.getByRole('checkbox', { name: 'Borgere der ikke er set – På e-mail' });
    expect(await email.isChecked()).toBe(false);
    await email.check();
    await page.getByText('Besked på e-mail om “Borgere der ikke er set” er slået til.').waitFor();
    await expectNoSeriousAxeViolations(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.reload();
    await page.getByRole('checkbox', { name: 'Borgere der ikke er set – På e-mail' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Borgere der ikke er set – På e-mail' }).isChecked()).toBe(true);
    await context.close();
  });
});
