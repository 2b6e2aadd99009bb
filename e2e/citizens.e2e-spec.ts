import { fictionalCpr } from '@act/domain';
import type { Browser, Page } from 'playwright-core';
import { bootstrapTenant, CPR_IN_TEXT, loginAs, type TestTenant } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

// Browser tests need more than jest's default 5 s (project-level testTimeout does not apply to every runner setup).
jest.setTimeout(60_000);

/** Records every URL the page asks for, so a test can prove no CPR number was put in one. */
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  return urls;
}

describe('team and citizen pages', () => {
  let browser: Browser;
  let tenant: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await bootstrapTenant();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('team leader opens the team page and a citizen, and reveals the CPR number', async () => {
    const { context, page } = await newSession(browser);
    const urls = recordUrls(page);
    await loginAs(page, tenant.leaderEmail, tenant.password);

    await page.locator(`a[href="/teams/${tenant.teamId}"]`).click();
    await page.getByRole('heading', { name: 'Medlemmer' }).waitFor();
    const members = page.locator('section[aria-labelledby="members-heading"] .card');
    await members.first().waitFor();
    expect(await members.count()).toBeGreaterThanOrEqual(2); // leader and member
    const membersText = await page.locator('section[aria-labelledby="members-heading"]').innerText();
    expect(membersText).toContain('Teamleder');
    expect(membersText).toMatch(/Fagområde/);
    expect(membersText).toMatch(
      /psykiatri|sygepleje|rusmiddelbehandling|socialpædagogik|beskæftigelse|sagsbehandling|peer-medarbejder|andet/i,
    );
    const citizenLink = page.locator(`a[href="/citizens/${tenant.citizenId}"]`);
    await citizenLink.waitFor();
    const citizenCard = page.locator('.card', { has: citizenLink });
    expect(await citizenCard.innerText()).toMatch(/\d{6}-\*{4}/);
    expect(await citizenCard.innerText()).toMatch(/Henvist|Aktiv|Pause|Afsluttet/);
    await expectNoSeriousAxeViolations(page);

    const citizenName = (await citizenLink.innerText()).trim();
    await citizenLink.click();
    await page.getByRole('heading', { level: 1, name: citizenName }).waitFor();
    const cprValue = page.locator('.cpr-value');
    expect(await cprValue.innerText()).toMatch(/^\d{6}-\*{4}$/);
    // The user is told before revealing that it is logged.
    expect(await page.locator('#cpr-logged-note').innerText()).toContain('adgangsloggen');
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Vis fuldt CPR-nummer' }).click();
    await page.getByRole('button', { name: 'Skjul CPR-nummer' }).waitFor();
    expect(await cprValue.innerText()).toMatch(CPR_IN_TEXT);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Skjul CPR-nummer' }).click();
    expect(await cprValue.innerText()).toMatch(/^\d{6}-\*{4}$/);

    expect(urls.filter((url) => CPR_IN_TEXT.test(decodeURIComponent(url)))).toEqual([]);
    await context.close();
  });

  it('team member creates a citizen on a phone: a bad CPR number gets a Danish field error, then a good one works', async () => {
    const { context, page } = await newSession(browser, { viewport: { width: 360, height: 740 } });
    const urls = recordUrls(page);
    await loginAs(page, tenant.memberEmail, tenant.password);

    // Nothing may need sideways scrolling at 360 px.
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Borgere', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Borgere' }).waitFor();
    await page.getByRole('link', { name: 'Opret borger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opret borger' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    expect(await overflow()).toBeLessThanOrEqual(0);

    const teamSelect = page.locator('select#teamId');
    if (await teamSelect.count()) await teamSelect.selectOption(tenant.teamId);
    await page.getByLabel('Fulde navn').fill('Test Testesen');
    await page.getByLabel('CPR-nummer').fill('123456-789');
    await page.getByLabel('Telefon').fill('20 30 40 50');
    await page.getByLabel('Gade og nummer').fill('Lille Torv 3');
    await page.getByLabel('Postnummer').fill('8000');
    await page.getByLabel('By').fill('Aarhus C');
    await page.getByRole('button', { name: 'Opret borger' }).click();

    const cprError = page.locator('#cpr-error');
    await cprError.waitFor();
    const message = await cprError.innerText();
    expect(message.length).toBeGreaterThan(5);
    expect(message).not.toMatch(/must|invalid|should/i); // the API's Danish wording, not English
    const cprInput = page.locator('input#cpr');
    expect(await cprInput.getAttribute('aria-invalid')).toBe('true');
    expect(await cprInput.getAttribute('aria-describedby')).toContain('cpr-error');
    // The summary takes focus and links to the field.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await page.locator('.error-summary a[href="#cpr"]').innerText()).toBe(message);
    expect(page.url()).toMatch(/\/citizens\/new$/);
    await expectNoSeriousAxeViolations(page);

    const goodCpr = fictionalCpr(Date.now()); // valid, but can belong to no real person
    await cprInput.fill(`${goodCpr.slice(0, 6)}-${goodCpr.slice(6)}`);
    await page.getByRole('button', { name: 'Opret borger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Test Testesen' }).waitFor();
    await page.getByText('Borgeren er oprettet.').waitFor();
    expect(await page.locator('.cpr-value').innerText()).toBe(`${goodCpr.slice(0, 6)}-****`);
    expect(await page.locator('address').innerText()).toContain('Lille Torv 3');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);

    expect(urls.filter((url) => CPR_IN_TEXT.test(decodeURIComponent(url)))).toEqual([]);
    await context.close();
  });
});
