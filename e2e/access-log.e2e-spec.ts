/**
 * The admin's access-log page: search by staff member, citizen (CPR), action and period with
 * pickers, page through the results, and print the citizen's own extract — in Chromium, axe
 * clean, usable at 360 px, with no CPR number in any URL.
 */
import { resolve } from 'node:path';
import { createAccessLogEntry, createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import type { Browser, Page } from 'playwright-core';
import { CPR_IN_TEXT, loginAs } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(120_000);

const PHONE = { width: 360, height: 740 };
const IMG = resolve(__dirname, '../docs/user-guide/img');
/** More than one page of the search (50 rows). */
const READS = 55;

async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS === '1') await page.screenshot({ path: `${IMG}/${name}.png`, fullPage: true });
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

describe('access log page', () => {
  let browser: Browser;
  let t: TestTenant;
  let cpr: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    t = await createTestTenant();
    cpr = `${t.citizen.cpr.slice(0, 6)}-${t.citizen.cpr.slice(6)}`;
    const owner = await ownerDataSource();
    // The log as the API writes it: the member read the citizen many times, the leader revealed the CPR once.
    for (let i = 0; i < READS; i++) await createAccessLogEntry(owner, t.tenantId, { actorUserId: t.member.id, citizenId: t.citizen.id, operation: 'citizen.read', purpose: 'care' });
    await createAccessLogEntry(owner, t.tenantId, { actorUserId: t.leader.id, citizenId: t.citizen.id, operation: 'citizen.cpr.reveal', purpose: 'care' });
    await createAccessLogEntry(owner, t.tenantId, { actorUserId: t.member.id, citizenId: t.otherCitizen.id, operation: 'citizen.read', purpose: 'care' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('admin finds one staff member\'s reads of one citizen with pickers, pages on, and prints the citizen\'s extract (360 px)', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await loginAs(page, t.admin.email, t.password);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Adgangslog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Adgangslog' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);

    // Pickers: the staff member by name, the action by its plain words, the citizen by CPR number.
    const staff = page.locator('select#actorId');
    await page.locator(`select#actorId option:has-text("${t.member.name} (${t.member.email})")`).waitFor({ state: 'attached' });
    await staff.selectOption({ label: `${t.member.name} (${t.member.email})` });
    await page.locator('select#operation').selectOption({ label: 'Læste borger' });
    await page.getByLabel('Borgerens CPR-nummer').fill('12345');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.locator('#citizenCpr-error').getByText('Skriv CPR-nummeret som 10 cifre').waitFor();
    await page.getByLabel('Borgerens CPR-nummer').fill(cpr);
    await page.getByRole('button', { name: 'Søg', exact: true }).click();

    const results = page.getByRole('table', { name: 'Registreringer i adgangsloggen, nyeste først' });
    await results.waitFor();
    await page.getByText('Viser 50').waitFor();
    const rows = results.locator('tbody tr');
    expect(await rows.count()).toBe(50);
    const first = await rows.first().innerText();
    expect(first).toContain(t.member.name);
    expect(first).toContain('Læste borger');
    expect(first).toContain('Hjælp og støtte i borgerens forløb');
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'adgangslog-soeg');

    await page.getByRole('button', { name: 'Vis flere' }).click();
    await page.getByText(`Viser ${READS}`).waitFor();
    expect(await rows.count()).toBe(READS);
    // Only this staff member's reads of this citizen: the leader's reveal and the other citizen are not there.
    expect(await results.innerText()).not.toContain(t.leader.name);

    // The citizen's extract: a plain-Danish document, printable on its own.
    await page.getByLabel('CPR-nummer', { exact: true }).fill(cpr);
    await page.getByRole('button', { name: 'Hent udtræk' }).click();
    const doc = page.getByRole('article', { name: 'Hvem har set eller ændret dine oplysninger' });
    await doc.waitFor();
    const text = await doc.innerText();
    expect(text).toContain(`${t.citizen.cpr.slice(0, 6)}-****`);
    expect(text).not.toContain(t.citizen.cpr.slice(6));
    // The reads, the reveal, and the admin's own searches of this citizen (they are logged too).
    const count = Number(/Der er (\d+) registreringer/.exec(text)?.[1]);
    expect(count).toBeGreaterThanOrEqual(READS + 1);
    expect(text).toContain('Så fuldt CPR-nummer');
    expect(text).toContain(t.leader.name);
    expect(text).toContain('Hvorfor');
    // No internal ids in the citizen's document.
    expect(text).not.toContain(t.citizen.id);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'adgangslog-udtraek');

    await page.emulateMedia({ media: 'print' });
    expect(await doc.isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Søg i loggen' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Hent udtræk' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    expect(urls.filter((u) => CPR_IN_TEXT.test(decodeURIComponent(u)))).toEqual([]);
    await context.close();
  });
});
