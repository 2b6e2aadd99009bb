import type { Browser } from 'playwright-core';
import { bootstrapTenant, loginAs, type TestTenant } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(90_000);

/** Sessions a person can see (issue 13): Mine sessioner, and the admin's "Log ud på alle enheder". */
describe('Mine sessioner', () => {
  let browser: Browser;
  let tenant: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await bootstrapTenant();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows where one is logged in, marks this device, and logs the others out (one, then all)', async () => {
    const phone = await newSession(browser, { viewport: { width: 360, height: 740 } });
    const second = await newSession(browser);
    const third = await newSession(browser);
    for (const s of [second, third, phone]) await loginAs(s.page, tenant.memberEmail, tenant.password);

    const { page } = phone;
    await page.getByRole('link', { name: 'Mine sessioner' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine sessioner' }).waitFor();
    const list = page.getByRole('list', { name: 'Enheder, hvor du er logget ind' });
    await list.getByRole('listitem').nth(2).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(3);
    // Headless Chromium on Linux: the device in plain words; the current one first and marked.
    const first = list.getByRole('listitem').first();
    expect(await first.innerText()).toMatch(/Chrome på Linux[\s\S]*Denne enhed/);
    expect(await list.getByText('Denne enhed').count()).toBe(1);
    expect(await first.getByRole('button').count()).toBe(0);
    expect(await page.title()).toContain('Mine sessioner');
    await expectNoSeriousAxeViolations(page);

    // End one: that browser is sent to the login page at its next request.
    await list.getByRole('button', { name: 'Log ud på Chrome på Linux' }).first().click();
    await page.getByRole('status').getByText('Du er logget ud på Chrome på Linux.').waitFor();
    expect(await list.getByRole('listitem').count()).toBe(2);
    const afterOne = await Promise.all(
      [second, third].map(async (s) => {
        await s.page.goto('/sessions');
        await s.page.waitForURL(/\/(login|sessions)$/);
        await s.page.getByRole('heading', { level: 1 }).waitFor();
        return new URL(s.page.url()).pathname;
      }),
    );
    expect(afterOne.sort()).toEqual(['/login', '/sessions']);

    // End all others: only this device is left.
    await page.getByRole('button', { name: 'Log ud på alle andre enheder' }).click();
    await page.getByRole('status').getByText('Du er logget ud på 1 anden enhed.').waitFor();
    await page.getByText('Du er ikke logget ind andre steder.').waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    await expectNoSeriousAxeViolations(page);
    for (const s of [second, third]) {
      await s.page.goto('/sessions');
      await s.page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    }
    // This device goes on.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mine sessioner' }).waitFor();
    await Promise.all([phone, second, third].map((s) => s.context.close()));
  });

  it('an admin logs a user out on all devices from the users page', async () => {
    const leader = await newSession(browser);
    await loginAs(leader.page, tenant.leaderEmail, tenant.password);
    const admin = await newSession(browser);
    await loginAs(admin.page, tenant.adminEmail, tenant.password);
    const { page } = admin;
    await page.goto('/admin/users');
    await page.getByRole('heading', { name: 'Alle brugere' }).waitFor();
    const leaderCard = page.getByRole('listitem').filter({ hasText: tenant.leaderEmail });
    // Not offered for the admin's own user (that is Mine sessioner).
    const ownCard = page.getByRole('listitem').filter({ hasText: tenant.adminEmail });
    expect(await ownCard.getByRole('button', { name: /Log ud på alle enheder/ }).count()).toBe(0);
    await leaderCard.getByRole('button', { name: /^Log ud på alle enheder: / }).click();
    await leaderCard.getByRole('status').getByText(/er logget ud på 1 enhed\./).waitFor();
    await expectNoSeriousAxeViolations(page);
    await leader.page.goto('/sessions');
    await leader.page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await Promise.all([leader.context.close(), admin.context.close()]);
  });
});
