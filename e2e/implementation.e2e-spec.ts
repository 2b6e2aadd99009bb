import { resolve } from 'node:path';
import { createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import { addDays, copenhagenToday } from '@act/domain';
import type { Browser, Page } from 'playwright-core';
import { loginAs } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(180_000);

const PHONE = { width: 360, height: 740 };
const IMG = resolve(__dirname, '../docs/user-guide/img');
const AGREEMENT_ITEM = 'Har vi skrevet bindende samarbejdsaftaler med de samarbejdspartnere, indsatsen afhænger af?';

/** For the user guide (E2E_SCREENSHOTS=1): the whole page as a phone shows it. */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS === '1') await page.screenshot({ path: `${IMG}/${name}.png`, fullPage: true });
}

/** No sideways scrolling of the page; on failure, names the elements that stick out (outside a scroll region). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-scroll'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').replace(/ /g, '.')}`);
    return { extra: document.documentElement.scrollWidth - window.innerWidth, wide };
  });
  expect(overflow).toEqual({ extra: expect.any(Number) as number, wide: [] });
  expect(overflow.extra).toBeLessThanOrEqual(0);
}

describe('implementation: checklists with evidence and reopening, the plan with an overdue activity', () => {
  let browser: Browser;
  let tenant: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTestTenant();
    // A signed cooperation agreement to point to (the agreements register is another page).
    const db = await ownerDataSource();
    await db.query(
      `INSERT INTO cooperation_agreement (tenant_id, partner_kind, partner_name, parties, status, signed_on, created_by, version)
       VALUES ($1, 'regional_psychiatry', 'Regionspsykiatrien Midt', 'Kommunen og regionen', 'signed', $2, $3, 1)`,
      [tenant.tenantId, addDays(copenhagenToday(), -20), tenant.steeringGroup.id],
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the steering group ticks a checklist item with evidence and later reopens it with a reason', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.steeringGroup.email, tenant.password);
    await page.goto('/implementation');
    await page.getByRole('heading', { level: 1, name: 'Implementering' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Fase 1: Beslutte' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'implementering-faser');

    const item = page.getByRole('article', { name: AGREEMENT_ITEM });
    await item.getByText('Ansvar, frist og dokumentation').click();
    await item.getByLabel('Ansvarlig').fill('Styregruppen');
    const agreement = item.getByLabel('Samarbejdsaftale');
    await agreement.selectOption((await agreement.locator('option', { hasText: 'Regionspsykiatrien Midt (underskrevet' }).getAttribute('value')) ?? '');
    await item.getByLabel('Note om dokumentationen').fill('Aftalen dækker henvisning og udskrivning.');
    await item.getByRole('button', { name: 'Gem', exact: true }).click();
    await item.getByRole('link', { name: /^Samarbejdsaftale: Regionspsykiatrien Midt/ }).waitFor();

    await item.getByText('Skift status').click();
    await item.getByLabel('Status', { exact: true }).selectOption('DONE');
    await item.getByRole('button', { name: 'Gem status' }).click();
    await item.locator('.impl-status', { hasText: 'Klaret' }).waitFor();
    const decide = page.locator('section[aria-labelledby="phase-DECIDE"]');
    await decide.getByText('1 af 4 punkter afklaret (25 %)').waitFor();
    await expectNoSeriousAxeViolations(page);

    // Later: the item is taken back into work — only with a reason.
    await item.getByText('Genåbn punktet').click();
    await item.getByRole('button', { name: 'Genåbn', exact: true }).click();
    await item.getByText('Skriv, hvorfor punktet skal genåbnes.').first().waitFor();
    await item.getByLabel('Hvorfor skal punktet genåbnes?').fill('Aftalen med somatikken mangler stadig.');
    await item.getByRole('button', { name: 'Genåbn', exact: true }).click();
    await item.locator('.impl-status', { hasText: 'I gang' }).waitFor();
    await item.getByText('Aftalen med somatikken mangler stadig.').first().waitFor();
    await decide.getByText('0 af 4 punkter afklaret (0 %)').waitFor();

    await item.locator('summary', { hasText: /^Historik$/ }).click();
    const history = item.locator('.impl-history');
    await history.getByText('Genåbnet: fra Klaret til I gang').waitFor();
    await history.getByText('Begrundelse: Aftalen med somatikken mangler stadig.').waitFor();
    await history.getByText('Status ændret fra Ikke begyndt til Klaret').waitFor();
    await history.getByText('Ændret: samarbejdsaftale, note, ansvarlig').waitFor();
    expect(await history.locator('li').count()).toBe(3);
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'implementering-genaabnet');
    await context.close();
  });

  it('the plan shows an overdue activity in its table and on the timeline; the roles table has the guide’s lines', async () => {
    const today = copenhagenToday();
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.steeringGroup.email, tenant.password);
    await page.goto('/implementation');
    await page.getByRole('link', { name: 'Implementeringsplan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tilføj en aktivitet' }).waitFor();

    const add = async (area: string, title: string, start: string, deadline: string, status: string) => {
      await page.getByLabel('Fokusområde', { exact: true }).fill(area);
      await page.getByLabel('Aktivitet', { exact: true }).fill(title);
      await page.getByLabel(/^Ansvarlig/).fill('Teamlederen');
      await page.getByLabel(/^Start/).fill(start);
      await page.getByLabel(/^Frist/).fill(deadline);
      await page.getByLabel('Status', { exact: true }).selectOption({ label: status });
      await page.getByRole('button', { name: 'Tilføj aktivitet' }).click();
      await page.getByRole('rowheader', { name: new RegExp(`^${title}`) }).waitFor();
    };
    await add('Uddannelse og supervision', 'Grundkursus i ACT', addDays(today, -90), addDays(today, -5), 'I gang');
    await add('Samarbejdspartnere og aftaler', 'Opstartsseminar', addDays(today, -60), addDays(today, -30), 'Gennemført');
    await add('Uddannelse og supervision', 'Aftale med supervisor', addDays(today, -10), addDays(today, 40), 'Planlagt');

    await page.getByText('1 aktivitet er forsinket').waitFor();
    const late = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Grundkursus i ACT/ }) });
    expect(await late.innerText()).toContain('Forsinket');
    const done = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Opstartsseminar/ }) });
    expect(await done.innerText()).not.toContain('Forsinket');
    const timeline = page.locator('.impl-timeline');
    await timeline.locator('.impl-timeline__name', { hasText: 'Grundkursus i ACT' }).getByText('Forsinket').waitFor();
    expect(await timeline.locator('.impl-timeline__bar--overdue').count()).toBe(1);
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'implementering-plan');

    await page.getByRole('link', { name: 'Roller og ansvar' }).click();
    const roles = page.getByRole('table', { name: 'Roller og ansvar' });
    await roles.getByRole('rowheader', { name: 'Styregruppen' }).waitFor();
    expect(await roles.getByRole('row').count()).toBe(6);
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'implementering-roller');
    await context.close();
  });

  it('a team leader reads the checklists and the plan without forms', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.leader.email, tenant.password);
    await page.goto('/implementation');
    await page.getByRole('article', { name: AGREEMENT_ITEM }).waitFor();
    expect(await page.getByText('Skift status').count()).toBe(0);
    expect(await page.getByText('Genåbn punktet').count()).toBe(0);
    await page.getByRole('link', { name: 'Implementeringsplan' }).click();
    await page.getByText('1 aktivitet er forsinket').waitFor();
    expect(await page.getByRole('button', { name: /^Ret/ }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });
});
