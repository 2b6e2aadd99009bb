/**
 * Group sessions in Chromium (issue 14, gap 2): a team member on a phone (360 px) opens the team's
 * groups from the team page, is told by field what is missing, records a dual-diagnosis group with
 * an attendee picked from the team's citizens, and corrects it. axe clean and no sideways scrolling.
 */
import { createTestTenant, type TestTenant } from '@act/db/testing';
import { addDays, copenhagenToday } from '@act/domain';
import type { Browser, Page } from 'playwright-core';
import { loginAs } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(120_000);

const PHONE = { width: 360, height: 740 };

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

describe('group sessions', () => {
  let browser: Browser;
  let tenant: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTestTenant();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a member records a group with who came, then corrects it (360 px)', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.member.email, tenant.password);
    await page.goto(`/teams/${tenant.team.id}`);
    await page.getByRole('link', { name: 'Grupper', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Grupper – ${tenant.team.name}` }).waitFor();
    await page.getByText('Teamet har ikke registreret nogen grupper endnu.').waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Registrér en gruppe' }).click();
    await page.getByRole('button', { name: 'Gem gruppen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Ret venligst følgende' });
    await summary.getByRole('link', { name: 'Vælg, hvilken slags gruppe det var.' }).waitFor();
    await summary.getByRole('link', { name: 'Vælg, hvem der ledte gruppen.' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);

    await page.getByLabel('Slags gruppe').selectOption({ label: 'Dobbeltdiagnosegruppe' });
    await page.getByLabel('Navn på gruppen').fill('Tirsdagsgruppen');
    await page.getByLabel('Dato').fill(addDays(copenhagenToday(), -1));
    await page.getByLabel('Klokkeslæt').fill('13:00');
    await page.getByLabel('Varighed i minutter').fill('90');
    await page.getByLabel('Ledet af').selectOption({ label: tenant.member.name });
    const picker = page.getByRole('group', { name: 'Hvem kom?' });
    await picker.getByLabel(tenant.citizen.name).check();
    await picker.getByText('1 borger valgt').waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Gem gruppen' }).click();
    await page.getByRole('status').filter({ hasText: 'Gruppen "Tirsdagsgruppen" er registreret.' }).waitFor();
    const card = page.locator('.card', { hasText: 'Tirsdagsgruppen' });
    await card.getByText('Dobbeltdiagnosegruppe').waitFor();
    expect(await card.innerText()).toContain(tenant.citizen.name);
    expect(await card.innerText()).toContain('13.00–14.30');
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);

    // Correct it: a longer session.
    await card.getByRole('button', { name: /^Ret/ }).click();
    await page.getByLabel('Varighed i minutter').fill('120');
    await page.getByRole('button', { name: 'Gem rettelserne' }).click();
    await page.getByRole('status').filter({ hasText: 'Gruppen "Tirsdagsgruppen" er rettet.' }).waitFor();
    expect(await page.locator('.card', { hasText: 'Tirsdagsgruppen' }).innerText()).toContain('13.00–15.00');
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });
});
