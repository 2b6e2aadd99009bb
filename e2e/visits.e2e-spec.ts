import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { VisitOutcome } from '@act/db';
import { copenhagenToday, copenhagenWallTimeToUtc } from '@act/domain';
import { createCitizen, createTestTenant, createVisit, ownerDataSource, type TestTenant } from '@act/db/testing';
import type { Browser, Page } from 'playwright-core';
import { loginAs, menuItems } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(120_000);

const DAY_MS = 24 * 60 * 60 * 1000;
const PHONE = { width: 360, height: 740 };
const SCREENSHOT_DAY = resolve(__dirname, '../docs/user-guide/img/besoeg-min-dag.png');
const SCREENSHOT_TEAM = resolve(__dirname, '../docs/user-guide/img/besoeg-ikke-set.png');

interface VisitsFixture {
  tenant: TestTenant;
  karen: { id: string; name: string };
  todayVisitId: string;
}

/**
 * The standard tenant plus Karen Kvist, last seen face to face 10 days ago (so she is on the
 * "not seen" list), with a visit by the member earlier today that is not logged yet.
 */
async function visitsFixture(): Promise<VisitsFixture> {
  const tenant = await createTestTenant();
  const db = await ownerDataSource();
  const karen = await createCitizen(db, tenant.tenantId, tenant.team.id, {
    name: 'Karen Kvist',
    street: 'Søndergade 12, 2. th.',
    postalCode: '8600',
    city: 'Silkeborg',
    accessNote: 'Ring på to gange. Hunden er venlig.',
  });
  await createVisit(db, tenant.tenantId, {
    citizenId: karen.id,
    memberIds: [tenant.member.memberId],
    start: new Date(Date.now() - 10 * DAY_MS),
    outcome: VisitOutcome.Done,
  });
  // Earlier today (Copenhagen), never before midnight.
  const midnight = copenhagenWallTimeToUtc(copenhagenToday(), '00:00').getTime();
  const start = new Date(Math.max(midnight + 60_000, Date.now() - 60 * 60_000));
  const todayVisitId = await createVisit(db, tenant.tenantId, {
    citizenId: karen.id,
    memberIds: [tenant.member.memberId],
    start,
    end: new Date(start.getTime() + 60 * 60_000),
    purpose: 'Følge op på lægebesøget og handle ind',
  });
  return { tenant, karen: { id: karen.id, name: karen.name }, todayVisitId };
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const notSeenList = (page: Page) => page.locator('section[aria-labelledby="not-seen-heading"]');

describe('outreach visits (besøg)', () => {
  let browser: Browser;
  let fx: VisitsFixture;

  beforeAll(async () => {
    browser = await launchBrowser();
    fx = await visitsFixture();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('on a phone, a member sees "my day", logs a visit as done with its duration, and the citizen leaves the not-seen list', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    const { tenant, karen } = fx;
    await loginAs(page, tenant.member.email, tenant.password);
    expect(await menuItems(page)).toContain('Min dag');

    // The team's "never lose contact" list names Karen (10 days) and the never-seen citizen first.
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Teamets besøg' }).click();
    await page.waitForURL(new RegExp(`/teams/${tenant.team.id}/visits$`));
    await notSeenList(page).getByRole('heading', { name: 'Ikke set i mere end 7 dage' }).waitFor();
    const items = notSeenList(page).locator('li.not-seen');
    await items.first().waitFor();
    expect(await items.allInnerTexts()).toEqual([
      expect.stringContaining(`${tenant.citizen.name} Aldrig set`),
      expect.stringContaining(`${karen.name} 10 dage siden`),
    ]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);

    // My day: the visit with the address and the access note.
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Min dag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Min dag' }).waitFor();
    const card = page.locator('li.visit-card', { hasText: karen.name });
    await card.waitFor();
    expect(await card.innerText()).toContain('Søndergade 12, 2. th., 8600 Silkeborg');
    expect(await card.innerText()).toContain('Ring på to gange.');
    expect(await page.locator('.lead').innerText()).toContain('1 mangler at blive registreret');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);

    // Log it: "Gennemført" is preselected; tap 45 minutes, then save.
    await card.getByRole('button', { name: 'Registrér besøget' }).click();
    const form = card.getByRole('form', { name: `Registrér besøget hos ${karen.name}` });
    expect(await form.getByRole('radio', { name: 'Gennemført' }).isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: 'Vi mødtes ansigt til ansigt' }).isChecked()).toBe(true);
    await form.getByRole('button', { name: '45 min.' }).click();
    expect(await form.getByLabel('Varighed i minutter').inputValue()).toBe('45');
    await expectNoSeriousAxeViolations(page);
    if (process.env.E2E_SCREENSHOTS === '1') {
      mkdirSync(dirname(SCREENSHOT_DAY), { recursive: true });
      await page.screenshot({ path: SCREENSHOT_DAY, fullPage: true });
    }
    // A double tap saves once.
    await form.getByRole('button', { name: 'Gem' }).dblclick();
    await card.getByText('Gennemført 45 min.').waitFor();
    const [row] = await (await ownerDataSource()).query(
      `SELECT outcome, actual_minutes, face_to_face FROM visit WHERE id = $1`,
      [fx.todayVisitId],
    );
    expect(row).toEqual({ outcome: 'done', actual_minutes: 45, face_to_face: true });
    const logged = await (await ownerDataSource()).query(
      `SELECT count(*)::int AS n FROM access_log WHERE operation = 'visit.log-outcome' AND criterion = $1`,
      [`visit:${fx.todayVisitId}`],
    );
    expect(logged[0].n).toBe(1);
    await expectNoSeriousAxeViolations(page);

    // Back on the team page, Karen is no longer on the list.
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Teamets besøg' }).click();
    await notSeenList(page).locator('li.not-seen').first().waitFor();
    expect(await notSeenList(page).innerText()).not.toContain(karen.name);
    expect(await notSeenList(page).innerText()).toContain(tenant.citizen.name);
    await expectNoSeriousAxeViolations(page);
    if (process.env.E2E_SCREENSHOTS === '1') await page.screenshot({ path: SCREENSHOT_TEAM, fullPage: true });

    // The citizen page shows the contact measures and the last visit.
    await page.goto(`/citizens/${karen.id}`);
    const section = page.locator('section[aria-labelledby="visits-heading"]');
    await section.getByRole('heading', { name: 'Besøg og kontakt' }).waitFor();
    await section.getByText('0 dage siden').waitFor();
    expect(await section.locator('table.measures tbody tr').last().innerText()).toMatch(/1\s+45\s+1/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });

  it('a member plans a weekly visit, sees it in "my week", and gets a calendar address', async () => {
    const { context, page } = await newSession(browser, { viewport: { width: 1000, height: 900 } });
    const { tenant, karen } = fx;
    await loginAs(page, tenant.member.email, tenant.password);
    await page.goto(`/visits/new?citizenId=${karen.id}`);
    await page.getByRole('heading', { level: 2, name: `Besøg hos ${karen.name}` }).waitFor();
    expect(await page.getByRole('checkbox', { name: tenant.member.name }).isChecked()).toBe(true);
    await expectNoSeriousAxeViolations(page);
    const tomorrow = new Date(Date.now() + DAY_MS).toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
    await page.getByLabel('Dato').fill(tomorrow);
    await page.getByLabel('Fra kl.').fill('10:00');
    await page.getByLabel('Til kl.').fill('11:00');
    await page.getByLabel('Hvor?').selectOption('OTHER');
    // "Other" needs the place: refused in the form, named in the summary.
    await page.getByRole('button', { name: 'Planlæg besøget' }).click();
    await page.getByRole('alert').getByText('Skriv hvor besøget foregår.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('Skriv stedet').fill('Caféen ved søen');
    await page.getByRole('checkbox', { name: 'Gentag hver uge (fast aftale)' }).check();
    await page.getByRole('button', { name: 'Planlæg besøget' }).click();
    await page.getByRole('heading', { level: 1, name: `Besøg hos ${karen.name}` }).waitFor();
    await page.getByText(/Den faste aftale er planlagt: \d+ besøg/).waitFor();
    expect(await page.locator('.facts').innerText()).toContain('Caféen ved søen');
    await expectNoSeriousAxeViolations(page);

    await page.goto(`/my-week?week=${tomorrow}`);
    await page.locator('li.visit-card', { hasText: karen.name }).first().waitFor();
    expect(await page.locator('li.visit-card', { hasText: 'Caféen ved søen' }).first().innerText()).toContain('10.00–11.00');
    await page.getByRole('button', { name: 'Lav en kalenderadresse' }).click();
    const address = page.getByLabel('Kalenderadresse');
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await expectNoSeriousAxeViolations(page);
    const ics = await (await fetch(url)).text();
    expect(ics).toContain('SUMMARY:Besøg K.K.');
    expect(ics).toContain('LOCATION:Caféen ved søen');
    expect(ics).not.toContain(karen.name);
    await context.close();
  });
});
