import { resolve } from 'node:path';
import { createTestTenant, type TestTenant } from '@act/db/testing';
import { addDays, copenhagenToday } from '@act/domain';
import type { Browser, Page } from 'playwright-core';
import { loginAs } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(240_000);

const PHONE = { width: 360, height: 740 };
const IMG = resolve(__dirname, '../docs/user-guide/img');
const today = copenhagenToday();

/** For the user guide (E2E_SCREENSHOTS=1): the whole page as a phone shows it. */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS === '1') await page.screenshot({ path: `${IMG}/${name}.png`, fullPage: true });
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

describe('cooperation agreements and courses in regional treatment', () => {
  let browser: Browser;
  let tenant: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTestTenant();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the steering group drafts an agreement, signs it, and sees its review flagged in the register (360 px)', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.steeringGroup.email, tenant.password);
    await page.goto('/agreements');
    await page.getByRole('heading', { level: 1, name: 'Samarbejdsaftaler' }).waitFor();
    await page.getByText('Der er ingen samarbejdsaftaler endnu.').waitFor();
    await page.getByRole('link', { name: 'Ny samarbejdsaftale' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny samarbejdsaftale' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);

    await page.getByLabel('Slags samarbejdspartner').selectOption('REGIONAL_PSYCHIATRY');
    await page.getByLabel('Samarbejdspartner', { exact: true }).fill('Regionspsykiatrien Vest, dobbeltdiagnoseafsnittet');
    await page.getByLabel('Parter').fill('Socialdirektøren og afdelingsledelsen');
    await page.getByLabel('Henvisningsret').check();
    await page.getByLabel('Udskrivningsprocedurer').check();
    await page.getByRole('button', { name: 'Opret aftalen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regionspsykiatrien Vest, dobbeltdiagnoseafsnittet' }).waitFor();
    await page.getByText('Kladde').first().waitFor();

    // Signing: status Underskrevet needs its date; the API's Danish answer is shown by the field.
    await page.getByRole('button', { name: 'Ret aftalen' }).click();
    await page.getByLabel('Status').selectOption('SIGNED');
    await page.getByRole('button', { name: 'Gem aftalen' }).click();
    await page.getByText('Skriv den dato, aftalen blev underskrevet.').first().waitFor();
    await page.getByLabel('Underskrevet').fill(addDays(today, -330));
    await page.getByLabel('Revideres senest').fill(addDays(today, 20));
    await page.getByRole('button', { name: 'Gem aftalen' }).click();
    await page.getByRole('button', { name: 'Ret aftalen' }).waitFor();
    await page.getByText('Revision snart').waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('link', { name: 'Tilbage til samarbejdsaftaler' }).click();
    const table = page.getByRole('table', { name: /Samarbejdsaftaler – underskrevne først/ });
    const row = table.getByRole('row').filter({ hasText: 'Regionspsykiatrien Vest' });
    await row.getByText('Revision snart').waitFor();
    expect(await row.getByRole('cell').nth(2).innerText()).toBe('Underskrevet');
    await page.getByText('1 aftale skal revideres inden for 30 dage eller er overskredet.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'samarbejdsaftaler');
    await context.close();
  });

  it('a team member records a referral and the admission on a citizen (360 px)', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.member.email, tenant.password);
    await page.goto(`/citizens/${tenant.citizen.id}`);
    const section = page.getByRole('region', { name: 'Forløb i regional behandling' });
    await section.getByText('Borgeren har ingen forløb i regional behandling.').waitFor();
    await section.getByRole('button', { name: 'Registrer henvisning' }).click();
    await section.getByLabel('Modtagende enhed').fill('Dobbeltdiagnoseafsnittet, Regionspsykiatrien Vest');
    await section.getByLabel('Henvist').fill(addDays(today, -12));
    await section.getByRole('button', { name: 'Gem henvisningen' }).click();
    await section.getByText('venter på indlæggelse').waitFor();

    await section.getByRole('button', { name: /Opdater forløbet/ }).click();
    // Out of order first: admitted before the referral is refused in Danish by the field.
    await section.getByLabel('Indlagt').fill(addDays(today, -13));
    await section.getByRole('button', { name: 'Gem forløbet' }).click();
    await section.getByText('Indlæggelsen kan ikke ligge før henvisningen. Ret en af datoerne.').first().waitFor();
    await section.getByLabel('Indlagt').fill(addDays(today, -2));
    await section.getByRole('button', { name: 'Gem forløbet' }).click();
    await section.getByText('indlagt (ventede 10 dage)').waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'forloeb-regional-behandling');
    await context.close();
  });
});
