import type { Browser } from 'playwright-core';
import { bootstrapTenant, loginAs, menuItems, type TestTenant } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

// Browser tests need more than jest's default 5 s (project-level testTimeout does not apply to every runner setup).
jest.setTimeout(60_000);

describe('navigation per role', () => {
  let browser: Browser;
  let tenant: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await bootstrapTenant();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('admin sees Teams, Brugere, Adgangslog, Jobkøer and Indstillinger, and each page passes axe', async () => {
    const { context, page } = await newSession(browser);
    await loginAs(page, tenant.adminEmail, tenant.password);
    expect(await menuItems(page)).toEqual(['Teams', 'Brugere', 'Adgangslog', 'Jobkøer', 'Indstillinger', 'Fælles log-ind', 'Metodetroskab', 'Parathed', 'Samarbejdsaftaler']);
    await page.waitForURL(/\/admin\/teams$/);
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
    await page.locator(`a[href="/admin/teams/${tenant.teamId}"]`).waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Brugere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brugere' }).waitFor();
    await page.getByRole('heading', { name: 'Opret bruger' }).waitFor();
    await page.locator('.card').first().waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Adgangslog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Adgangslog' }).waitFor();
    await page.getByRole('heading', { name: 'Udtræk for én borger' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Jobkøer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jobkøer' }).waitFor();
    await page.getByText(/^Hentet /).waitFor();
    await expectNoSeriousAxeViolations(page);

    // The admin's team page shows staffing, never the team's citizens.
    await page.goto(`/admin/teams/${tenant.teamId}`);
    await page.getByRole('heading', { name: 'Medlemmer' }).waitFor();
    await page.getByRole('heading', { name: 'Tilføj medlem' }).waitFor();
    expect(await page.locator(`a[href="/citizens/${tenant.citizenId}"]`).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });

  it('team leader starts on "I dag" with what needs attention, and sees Mine teams, Borgere and Borgerfordeling', async () => {
    const { context, page } = await newSession(browser);
    await loginAs(page, tenant.leaderEmail, tenant.password);
    expect(await menuItems(page)).toEqual(['Forside', 'Mine teams', 'Borgere', 'Borgerfordeling', 'Min dag', 'Min uge', 'Teamets besøg', 'Mine opgaver', 'Parathed', 'Samarbejdsaftaler', 'Implementering']);
    await page.getByRole('heading', { level: 1, name: 'I dag' }).waitFor();
    // The team's citizen has no primary contact and has never been seen: both lists name them.
    await page.getByRole('heading', { level: 3, name: 'Venter på en kontaktperson (1)' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Ikke set i mere end 7 dage' }).waitFor();
    expect(await page.locator(`a[href="/citizens/${tenant.citizenId}"]`).count()).toBe(2);
    await expectNoSeriousAxeViolations(page);
    await page.locator(`a[href="/teams/${tenant.teamId}"]`).first().click();
    await page.getByRole('heading', { name: 'Medlemmer' }).waitFor();
    await context.close();
  });

  it('team member sees Mine teams, Borgere and Mine borgere', async () => {
    const { context, page } = await newSession(browser);
    await loginAs(page, tenant.memberEmail, tenant.password);
    expect(await menuItems(page)).toEqual(['Forside', 'Mine teams', 'Borgere', 'Mine borgere', 'Min dag', 'Min uge', 'Teamets besøg', 'Mine opgaver', 'Parathed']);
    // A member's start page is their own day; the team's lists are the leader's.
    await page.getByRole('heading', { level: 1, name: 'I dag' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Dagens besøg (0)' }).waitFor();
    expect(await page.getByRole('heading', { name: /^Venter på en kontaktperson/ }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Borgere', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Borgere' }).waitFor();
    await page.locator(`a[href="/citizens/${tenant.citizenId}"]`).waitFor();
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });

  it('the job queue page fits a 360 px phone and passes axe', async () => {
    const { context, page } = await newSession(browser, { viewport: { width: 360, height: 740 } });
    await loginAs(page, tenant.adminEmail, tenant.password);
    await page.goto('/admin/job-queues');
    await page.getByRole('heading', { level: 1, name: 'Jobkøer' }).waitFor();
    await page.getByText(/^Hentet /).waitFor();
    // Wide tables scroll inside their own region; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });

  it('steering group sees its implementation pages and meetings, with counts and no personal data', async () => {
    const { context, page } = await newSession(browser);
    await loginAs(page, tenant.steeringEmail, tenant.password);
    expect(await menuItems(page)).toEqual(['Forside', 'Overblik', 'Metodetroskab', 'Parathed', 'Implementering', 'Samarbejdsaftaler', 'Møder']);
    await page.getByRole('heading', { level: 1, name: 'Forside' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: 'Gå til overblikket' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overblik' }).waitFor();
    const table = page.getByRole('table', { name: 'Borgere og normering pr. team i perioden' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(2); // header, ≥ 1 team
    expect(await page.locator('a[href^="/citizens/"]').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toMatch(/\d{6}-(\d{4}|\*{4})/);
    await expectNoSeriousAxeViolations(page);

    // A page for another role is refused in the UI too (the API refuses it anyway).
    await page.goto(`/teams/${tenant.teamId}`);
    await page.getByRole('heading', { level: 1, name: 'Ingen adgang' }).waitFor();
    await context.close();
  });

  it('logout ends the session and returns to the login page', async () => {
    const { context, page } = await newSession(browser);
    await loginAs(page, tenant.memberEmail, tenant.password);
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL(/\/login$/);
    await page.getByText('Du er logget ud.').waitFor();
    await expectNoSeriousAxeViolations(page);
    // The session is gone server-side: going back into the app leads to login again.
    await page.goto('/teams');
    await page.waitForURL(/\/login$/);
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await context.close();
  });
});
