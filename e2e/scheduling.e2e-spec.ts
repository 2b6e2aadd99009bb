import { resolve } from 'node:path';
import { createTestTenant, type TestTenant } from '@act/db/testing';
import { addDays, copenhagenToday } from '@act/domain';
import type { Browser, Page } from 'playwright-core';
import { loginAs } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(180_000);

const PHONE = { width: 360, height: 740 };
const IMG = resolve(__dirname, '../docs/user-guide/img');

/** For the user guide (E2E_SCREENSHOTS=1): the whole page as a phone shows it. */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS === '1') await page.screenshot({ path: `${IMG}/${name}.png`, fullPage: true });
}
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function openSchedule(page: Page, tenant: TestTenant): Promise<void> {
  await page.goto(`/teams/${tenant.team.id}`);
  await page.getByRole('link', { name: 'Møder og supervision' }).click();
  await page.getByRole('heading', { level: 1, name: 'Møder og supervision' }).waitFor();
}

/** Fills the parts of the series form that every kind has. */
async function fillSeries(page: Page, kind: string, startDate: string, startTime: string, place: string): Promise<void> {
  await page.getByRole('link', { name: 'Opret mødeserie' }).click();
  await page.getByRole('heading', { level: 1, name: 'Opret mødeserie' }).waitFor();
  await page.getByLabel(kind, { exact: true }).check();
  await page.getByLabel('Første mulige dato').fill(startDate);
  await page.getByLabel('Starter kl.').fill(startTime);
  await page.getByLabel('Sted', { exact: true }).fill(place);
}

/** The held/planned figures row for one month and kind, once shown: kind, "1 af 3", not held, cancelled, open. */
async function figuresRow(page: Page, month: string, kind: string): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Møder pr. måned og slags' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: month }) }).filter({ hasText: kind });
  await row.first().waitFor();
  return row.first().getByRole('cell').allInnerTexts();
}

describe('scheduling: series, occurrences, evaluation days and held/planned', () => {
  let browser: Browser;
  let tenant: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTestTenant();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the team leader creates a monthly supervision series on a phone and sees the next occurrences', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.leader.email, tenant.password);
    await openSchedule(page, tenant);
    await expectNoSeriousAxeViolations(page);

    await fillSeries(page, 'Supervision', addDays(copenhagenToday(), 3), '13:00', 'Mødelokalet');
    await page.getByLabel('Supervisorens navn').fill('Sofie Supervisor');
    await page.getByLabel(/^Supervisorens e-mail/).fill('sofie@supervision.invalid');
    await page.getByLabel('Hvor ofte').selectOption({ label: 'Hver måned' });
    await page.getByLabel('En bestemt ugedag i måneden').check();
    await page.getByLabel('Hvilken', { exact: true }).selectOption({ label: 'anden' });
    await page.getByLabel('Ugedag', { exact: true }).selectOption({ label: 'tirsdag' });

    // The live preview: the rule in words and the next five second Tuesdays at 13.00.
    const preview = page.locator('.rule-preview');
    await preview.getByText('Hver måned den anden tirsdag').waitFor();
    const previewDates = await preview.locator('li').allInnerTexts();
    expect(previewDates).toHaveLength(5);
    for (const text of previewDates) expect(text).toMatch(/^tirsdag den (8|9|1[0-4])\. \p{L}+ \d{4} kl\. 13\.00$/u);
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'moedeserie-opret');

    await page.getByRole('button', { name: 'Opret mødeserie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Møder og supervision' }).waitFor();
    const card = page.locator('li.series-card', { hasText: 'Sofie Supervisor' });
    await card.getByText('Hver måned den anden tirsdag, kl. 13.00').waitFor();
    const next = await card.locator('h4 + ul li').allInnerTexts();
    expect(next).toHaveLength(3);
    for (const text of next) expect(text).toMatch(/^tirsdag den (8|9|1[0-4])\. \p{L}+ kl\. 13\.00–14\.30/u);
    expect(await page.locator('section[aria-labelledby="upcoming-heading"]').innerText()).toContain('Supervision: tirsdag den');
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await context.close();
  });

  it('an evaluation day opens with its meeting guide, linked to the figures to bring', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.leader.email, tenant.password);
    await openSchedule(page, tenant);
    await fillSeries(page, 'Evaluerings- og refleksionsdag', addDays(copenhagenToday(), 10), '09:00', 'Kursuscentret');
    await page.getByLabel('Hvor ofte').selectOption({ label: 'Hvert kvartal' });
    await page.locator('.rule-preview').getByText(/^Hvert kvartal den \d+\.$/).waitFor();
    await page.getByRole('button', { name: 'Opret mødeserie' }).click();

    const card = page.locator('li.series-card', { hasText: 'Kursuscentret' });
    await card.locator('h4 + ul a').first().click();
    await page.getByRole('heading', { level: 1, name: /^Evaluerings- og refleksionsdag \p{L}+dag den \d+\./u }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mødeguide' }).waitFor();
    const guide = page.locator('section[aria-labelledby="guide-heading"]');
    const decisions = page.locator('section[aria-labelledby="decisions-heading"]');
    // The guide's three sections, and the same three as the day's agenda, ready for decisions and tasks.
    for (const name of ['Det tager vi med', 'Det reflekterer vi over', 'Det beslutter vi']) {
      await guide.getByRole('heading', { level: 3, name }).waitFor();
      await decisions.getByRole('heading', { level: 3, name }).waitFor();
    }
    expect(await page.getByRole('link', { name: 'Åbn borgerfordelingen' }).getAttribute('href')).toBe(`/teams/${tenant.team.id}/caseload`);
    expect(await page.getByRole('link', { name: 'Åbn besøg og kontakt' }).getAttribute('href')).toBe(`/teams/${tenant.team.id}/visits`);
    // The latest fidelity report in brief: total, subscales, lowest-rated items, and the whole report.
    expect(await page.getByRole('link', { name: 'Se metodetroskab' }).getAttribute('href')).toBe(`/teams/${tenant.team.id}/fidelity`);
    const fidelity = guide.getByRole('region', { name: 'Metodetroskab: seneste måling' });
    await fidelity.getByText(/^Samlet:/).first().waitFor();
    expect(await fidelity.getByRole('link', { name: 'Se hele rapporten om metodetroskab' }).getAttribute('href')).toMatch(
      new RegExp(`^/teams/${tenant.team.id}/fidelity\\?from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}$`),
    );
    // Decisions and follow-up tasks live on the linked team meeting.
    await page.getByRole('heading', { level: 2, name: 'Beslutninger og opgaver' }).waitFor();
    await page.getByRole('link', { name: 'Åbn hele dagsordenen med fremmøde og referat' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'evalueringsdag');
    await context.close();
  });

  it('marking a past occurrence held, with who took part, updates the held/planned figures', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.leader.email, tenant.password);
    await openSchedule(page, tenant);
    // A weekly sparring series that began two weeks ago: its first meetings are over and unrecorded.
    const startDate = addDays(copenhagenToday(), -14);
    await fillSeries(page, 'Sparringsmøde', startDate, '08:00', 'Teamets lokale');
    await page.getByLabel('Hvor ofte').selectOption({ label: 'Hver uge' });
    await page.getByRole('button', { name: 'Opret mødeserie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Møder og supervision' }).waitFor();

    const month = `${MONTHS[Number(startDate.slice(5, 7)) - 1]} ${startDate.slice(0, 4)}`;
    const before = await figuresRow(page, month, 'Sparringsmøde');
    expect(before[1]).toMatch(/^0 af [1-9]\d*$/);
    const total = before[1].split(' af ')[1];

    const latest = page.locator('section[aria-labelledby="latest-heading"] li.card', { hasText: 'Mangler registrering' });
    await latest.filter({ hasText: 'Sparringsmøde' }).last().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /^Sparringsmøde / }).waitFor();
    // The case: who presents which citizen's course (seen by the team only).
    const caseSection = page.locator('section[aria-labelledby="case-heading"]');
    await caseSection.getByLabel('Hvem fremlægger').selectOption({ label: tenant.member.name });
    await caseSection.getByLabel('Hvilken borgers forløb').selectOption({ label: tenant.citizen.name });
    await caseSection.getByRole('button', { name: 'Gem sagen' }).click();
    await caseSection.getByText(`${tenant.member.name} fremlægger forløbet for`).waitFor();
    await caseSection.getByRole('link', { name: tenant.citizen.name }).waitFor();
    await page.getByLabel(tenant.leader.name, { exact: true }).check();
    await page.getByLabel(tenant.member.name, { exact: true }).check();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Gem som afholdt' }).click();
    await page.locator('.status-badge', { hasText: 'Afholdt' }).waitFor();
    const attendees = page.locator('p', { hasText: 'Deltagere:' });
    await attendees.getByText(tenant.leader.name).waitFor();
    await attendees.getByText(tenant.member.name).waitFor();

    await page.getByRole('link', { name: /Alle møder$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Møder og supervision' }).waitFor();
    await page.getByRole('table', { name: 'Møder pr. måned og slags' }).getByText(`1 af ${total}`).waitFor();
    expect((await figuresRow(page, month, 'Sparringsmøde'))[1]).toBe(`1 af ${total}`);
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'moeder-og-supervision');
    await context.close();
  });

  it('the steering group plans its own meetings and sees held/planned per team and month, counts only', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.steeringGroup.email, tenant.password);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Møder', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Styregruppens møder' }).waitFor();
    const table = page.getByRole('table', { name: 'Møder pr. måned, team og slags' });
    await table.getByRole('cell', { name: tenant.team.name }).first().waitFor();
    expect(await table.innerText()).toContain('Sparringsmøde');
    expect(await page.locator('a[href^="/citizens/"]').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(tenant.citizen.name);
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Opret styregruppemøder' }).click();
    await page.getByLabel('Første mulige dato').fill(addDays(copenhagenToday(), 20));
    await page.getByLabel('Sted', { exact: true }).fill('Rådhuset, mødelokale 2');
    await page.getByLabel('Hvor ofte').selectOption({ label: 'Hvert kvartal' });
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Opret mødeserie' }).click();
    await page.getByText('Mødeserien er oprettet.').waitFor();
    await page.locator('section[aria-labelledby="upcoming-heading"]').getByText(/^Styregruppemøde: /).first().waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await context.close();
  });
});
