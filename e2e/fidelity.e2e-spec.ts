/**
 * Method fidelity in Chromium (issue 14): the team leader opens the team's report (12 whole weeks
 * by default), reads an item's thresholds, drills into an item's records and how its number is
 * computed, rates a manual item (a mistake is named by its field), and opens the reviewer's
 * export; the steering group sees scores per team without records or links, a small team
 * withheld, and the steering trend; the steering group derives a model version with one other
 * cutoff and takes it into use. axe clean and no sideways scrolling at 360 px on every page.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createTestTenant, ownerDataSource, shortId, type TestTenant, uniqueFictionalCpr } from '@act/db/testing';
import { addDays, copenhagenToday, copenhagenWallTimeToUtc, isoWeekStart } from '@act/domain';
import type { Browser, Page } from 'playwright-core';
import { loginAs } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(240_000);

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1100, height: 900 };
const IMG = resolve(__dirname, '../docs/user-guide/img');

/** For the user guide (E2E_SCREENSHOTS=1): the whole page, or only what the window shows (a long list of records). */
async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  if (process.env.E2E_SCREENSHOTS === '1') await page.screenshot({ path: `${IMG}/${name}.png`, fullPage });
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

const CITIZENS = 6;

/**
 * Team A: six citizens active since long before the period with the leader as primary contact,
 * both staff on the team since last year; two face-to-face home visits of 50 minutes a week for
 * each citizen through the period. Team B: its one citizen — below the minimum group of 5.
 */
async function seed(t: TestTenant, from: string, to: string): Promise<string[]> {
  const db = await ownerDataSource();
  await db.query(`UPDATE team_member SET created_at = now() - interval '1 year', joined_on = ((now() - interval '1 year') AT TIME ZONE 'Europe/Copenhagen')::date WHERE tenant_id = $1`, [t.tenantId]);
  const names: string[] = [];
  for (let i = 0; i < CITIZENS; i++) {
    const name = `Troskab Borger ${shortId()}`;
    names.push(name);
    const [{ id }] = await db.query(
      `INSERT INTO citizen (tenant_id, team_id, name, cpr, status, referred_at, version)
       VALUES ($1, $2, $3, $4, 'active', now() - interval '200 days', 1) RETURNING id`,
      [t.tenantId, t.team.id, name, uniqueFictionalCpr(t.tenantId)],
    );
    await db.query(
      `INSERT INTO primary_assignment (tenant_id, citizen_id, member_id, started_at) VALUES ($1, $2, $3, now() - interval '150 days')`,
      [t.tenantId, id, t.leader.memberId],
    );
    for (let day = from; day <= to; day = addDays(day, 7)) {
      for (const offset of [0, 3]) {
        const start = copenhagenWallTimeToUtc(addDays(day, offset), '10:00');
        if (start.getTime() > Date.now() - 3_600_000) continue;
        const [{ id: visit }] = await db.query(
          `INSERT INTO visit (tenant_id, citizen_id, planned_start, planned_end, place_kind, outcome, actual_minutes, face_to_face, outcome_logged_at)
           VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '1 hour', 'home', 'done', 50, true, $3::timestamptz + interval '2 hours') RETURNING id`,
          [t.tenantId, id, start],
        );
        await db.query(`INSERT INTO visit_member (tenant_id, visit_id, member_id) VALUES ($1, $2, $3)`, [t.tenantId, visit, t.leader.memberId]);
      }
    }
  }
  return names;
}

describe('method fidelity', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let citizenNames: string[];
  const monday = isoWeekStart(copenhagenToday());
  const from = addDays(monday, -84);
  const to = addDays(monday, -1);

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTestTenant();
    citizenNames = await seed(tenant, from, to);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the team leader opens the report from the team page and drills into an item (360 px)', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.leader.email, tenant.password);
    await page.goto(`/teams/${tenant.team.id}`);
    await page.getByRole('link', { name: 'Metodetroskab' }).click();
    await page.getByRole('heading', { level: 1, name: `Metodetroskab – ${tenant.team.name}` }).waitFor();
    // The default period: the 12 whole weeks before this week; the model is named.
    await expect(page.getByLabel('Seneste 12 hele uger').isChecked()).resolves.toBe(true);
    await page.getByText('Beregnet med: Standardmodel 2026').waitFor();

    // Three subscale tables; a manual item not rated yet says so (never a 1).
    const staffing = page.getByRole('table', { name: /^Personale \(gennemsnit/ });
    await staffing.waitFor();
    const peer = staffing.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Peer-medarbejder/ }) });
    expect((await peer.getByRole('cell').allInnerTexts()).map((s) => s.trim())).toEqual([
      'Ikke vurderet endnu',
      'Ikke vurderet endnu',
      'Teamlederen vurderer 1–5 ud fra beskrivelsen',
    ]);
    await page.getByRole('table', { name: /^Organisering \(gennemsnit/ }).waitFor();
    const services = page.getByRole('table', { name: /^Indsatsens indhold \(gennemsnit/ });
    // Two face-to-face visits a week for every citizen: rated, with the thresholds in words.
    const contacts = services.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Møder ansigt til ansigt pr\. uge/ }) });
    const cells = (await contacts.getByRole('cell').allInnerTexts()).map((s) => s.trim());
    expect(cells[0]).toMatch(/^\d+(,\d+)? pr\. uge$/);
    expect(cells[1]).toMatch(/^[1-5]$/);
    expect(cells[2]).toBe('5 ved mindst 4 pr. uge, 4 ved mindst 3 pr. uge, 3 ved mindst 2 pr. uge, 2 ved mindst 1 pr. uge, ellers 1');
    // A definition on demand.
    await contacts.getByText('Hvad måles?').click();
    await contacts.getByText('Antal møder ansigt til ansigt pr. borger pr. uge i gennemsnit.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);

    // The trend's table alternative (the chart may have no weeks yet on a fresh tenant).
    const trend = page.getByRole('region', { name: 'Udvikling uge for uge' });
    const trendChart = trend.getByRole('figure');
    if (await trendChart.count()) {
      await trendChart.getByRole('button', { name: 'Vis som tabel' }).click();
      await trendChart.getByRole('table').waitFor();
      await expectNoSeriousAxeViolations(page);
      await expectNoHorizontalScroll(page);
    }

    // Drill into the item: how it is computed, and the visits it is based on, linked.
    await contacts.getByRole('link', { name: /Møder ansigt til ansigt pr\. uge/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Møder ansigt til ansigt pr. uge' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sådan er tallet regnet ud' }).waitFor();
    const records = page.getByRole('table', { name: /^Møder ansigt til ansigt pr\. uge: \d+ rækker$/ });
    await records.waitFor();
    expect(await records.getByRole('row').count()).toBeGreaterThan(CITIZENS);
    const body = await page.locator('main').innerText();
    expect(citizenNames.some((name) => body.includes(name))).toBe(true);
    expect(await records.locator('a[href^="/visits/"], a[href^="/citizens/"]').count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await context.close();
  });

  it('the team leader rates a manual item with a note and a date; a mistake is named by its field', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.leader.email, tenant.password);
    await page.goto(`/teams/${tenant.team.id}/fidelity`);
    await page.getByRole('link', { name: 'Peer-medarbejder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Peer-medarbejder' }).waitFor();
    await page.getByText('Punktet er ikke vurderet endnu.', { exact: false }).waitFor();
    // Saving without a rating or a note: both named in Danish, by their fields.
    await page.getByRole('button', { name: 'Gem vurdering' }).click();
    await page.getByRole('alert').getByText('Vælg en vurdering fra 1 til 5.').waitFor();
    await page.getByRole('textbox', { name: 'Begrundelse' }).waitFor();
    expect(await page.getByText('Skriv en begrundelse for vurderingen.').count()).toBe(2); // summary and field
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('group', { name: 'Vurdering af ”Peer-medarbejder”' }).getByLabel('4').check();
    await page.getByRole('textbox', { name: 'Begrundelse' }).fill('Peer-medarbejder ansat 30 timer om ugen siden august, deltager i teammøderne.');
    await page.getByLabel('Gælder fra').fill(addDays(to, -3));
    await page.getByRole('button', { name: 'Gem vurdering' }).click();
    await page.getByText('Vurderingen 4 er gemt.').waitFor();
    await page.getByText(/^4 – givet af Test leder, gælder fra /).waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'metodetroskab-vurdering');

    // Back on the report the item has its rating.
    await page.getByRole('link', { name: `${tenant.team.name} – metodetroskab` }).click();
    const staffing = page.getByRole('table', { name: /^Personale \(gennemsnit/ });
    const peer = staffing.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Peer-medarbejder/ }) });
    await expect(peer.getByRole('cell').nth(1).innerText()).resolves.toBe('4');
    await context.close();
  });

  it('the export pre-fills an external review, as a page and as CSV', async () => {
    const { context, page } = await newSession(browser, { viewport: DESKTOP });
    await loginAs(page, tenant.leader.email, tenant.password);
    await page.goto(`/teams/${tenant.team.id}/fidelity`);
    await page.getByRole('table', { name: /^Personale \(gennemsnit/ }).waitFor();
    await screenshot(page, 'metodetroskab-rapport');
    await page.getByRole('link', { name: /Møder ansigt til ansigt pr\. uge/ }).click();
    await page.getByRole('table', { name: /rækker$/ }).waitFor();
    await screenshot(page, 'metodetroskab-punkt', false);

    await page.goto(`/teams/${tenant.team.id}/fidelity`);
    await page.getByRole('link', { name: 'Udskriv eller hent til en ekstern bedømmer' }).click();
    const table = page.getByRole('table', { name: 'Punkter til bedømmelse' });
    await table.waitFor();
    const peer = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Peer-medarbejder' }) });
    const cells = (await peer.getByRole('cell').allInnerTexts()).map((s) => s.trim());
    expect(cells[0]).toBe('Personale');
    expect(cells[3]).toBe('4');
    expect(cells[4]).toMatch(/^Peer-medarbejder ansat 30 timer .* \(Test leder, \d+\.\d+\.\d{4}\)$/);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'metodetroskab-eksport');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent Punkter til bedømmelse som CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^metodetroskab-bedoemmelse-.*-${from}-${to}\\.csv$`));
    const lines = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Delskala;Punkt;Vores værdi;Grundlag;Forslag til vurdering;Teamlederens begrundelse;Grænser;Model;Periode');
    expect(lines.find((l) => l.startsWith('Personale;Peer-medarbejder;'))).toMatch(/;4;Peer-medarbejder ansat 30 timer .*;Standardmodel 2026;/);
    await context.close();
  });

  it('the steering group sees scores per team, a small team withheld, and no records or links (360 px)', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.steeringGroup.email, tenant.password);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Metodetroskab' }).click();
    await page.getByRole('heading', { level: 1, name: 'Metodetroskab' }).waitFor();
    const table = page.getByRole('table', { name: 'Metodetroskab pr. team' });
    await table.waitFor();
    const rowA = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: tenant.team.name }) });
    expect((await rowA.getByRole('cell').allInnerTexts())[0].trim()).toMatch(/^\d,\d\d$/);
    const rowB = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: tenant.otherTeam.name }) });
    expect((await rowB.getByRole('cell').allInnerTexts()).map((s) => s.trim())).toEqual(Array(4).fill('For få borgere til at vise'));
    // Scores only: no citizen, no drill-down.
    const body = await page.locator('body').innerText();
    for (const name of citizenNames) expect(body).not.toContain(name);
    expect(body).not.toMatch(/\d{6}-?\d{4}/);
    expect(await page.locator('main a[href*="/fidelity/items/"], main a[href^="/citizens/"], main a[href^="/visits/"]').count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'metodetroskab-styregruppen');
    // The team's drill-down is not theirs.
    await page.goto(`/teams/${tenant.team.id}/fidelity/items/face_to_face_contacts`);
    await page.getByRole('heading', { level: 1, name: 'Ingen adgang' }).waitFor();
    await context.close();
  });

  it('the admin records the team budgeted positions, and the staffing item gets a value', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.admin.email, tenant.password);
    await page.goto(`/admin/teams/${tenant.team.id}`);
    const budget = page.getByRole('region', { name: 'Normering' });
    await budget.getByRole('textbox', { name: 'Normerede årsværk' }).fill('nul');
    await budget.getByRole('button', { name: 'Gem normering' }).click();
    await page.getByText('Skriv normeringen som et tal mellem 0 og 500, fx 7,5.').first().waitFor();
    await budget.getByRole('textbox', { name: 'Normerede årsværk' }).fill('2');
    await budget.getByLabel('Gælder fra').fill(addDays(to, -400));
    await budget.getByRole('button', { name: 'Gem normering' }).click();
    await budget.getByText(/^Gemt: 2 årsværk fra /).waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await context.close();

    const leader = await newSession(browser, { viewport: PHONE });
    await loginAs(leader.page, tenant.leader.email, tenant.password);
    await leader.page.goto(`/teams/${tenant.team.id}/fidelity`);
    const staffing = leader.page.getByRole('table', { name: /^Personale \(gennemsnit/ });
    const row = staffing.getByRole('row').filter({ has: leader.page.getByRole('rowheader', { name: /Bemanding i forhold til normering/ }) });
    await expect(row.getByRole('cell').first().innerText()).resolves.toMatch(/^\d+ %$/);
    await leader.context.close();
  });

  it('the steering group sees the trend, derives a model version with one other cutoff and takes it into use (360 px)', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.steeringGroup.email, tenant.password);
    await page.goto('/fidelity');
    await page.getByRole('heading', { level: 2, name: 'Udvikling uge for uge' }).waitFor();
    await page.getByRole('link', { name: /^Modellens versioner/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Metodetroskab – modellens versioner' }).waitFor();
    const versions = page.getByRole('table', { name: 'Modellens versioner' });
    const standard = versions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Standardmodel 2026' }) });
    expect((await standard.getByRole('cell').allInnerTexts()).map((s) => s.trim()).slice(0, 3)).toEqual(['–', 'Indbygget', 'I brug']);
    await expect(page.getByRole('table', { name: 'Punkterne i Standardmodel 2026' }).getByRole('row', { name: /Borgere pr\. årsværk/ }).innerText()).resolves.toMatch(
      /5 ved højst 10 borgere pr\. årsværk/,
    );
    await expectNoSeriousAxeViolations(page);

    await standard.getByRole('button', { name: 'Ny version ud fra Standardmodel 2026' }).click();
    const form = page.getByRole('form', { name: 'Ny version ud fra Standardmodel 2026' });
    const caseload = form.getByRole('group', { name: 'Borgere pr. årsværk' });
    await caseload.getByRole('textbox', { name: '5 ved højst' }).fill('60');
    await form.getByRole('button', { name: 'Gem den nye version' }).click();
    await form.getByText('Skriv et navn til versionen, fx Kommunens model 2027.').first().waitFor();
    await caseload.getByText(/^Grænserne for Borgere pr\. årsværk skal være fire forskellige tal i rækkefølge/).waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);

    const label = `Kommunens model ${shortId()}`;
    await form.getByRole('textbox', { name: 'Navn på den nye version' }).fill(label);
    await caseload.getByRole('textbox', { name: '5 ved højst' }).fill('12');
    await form.getByRole('button', { name: 'Gem den nye version' }).click();
    await page.getByRole('status').getByText(`${label} er gemt.`, { exact: false }).waitFor();
    await expect(page.getByRole('table', { name: `Punkterne i ${label}` }).getByRole('row', { name: /Borgere pr\. årsværk/ }).innerText()).resolves.toMatch(
      /5 ved højst 12 borgere pr\. årsværk, 4 ved højst 20/,
    );
    const own = versions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
    expect((await own.getByRole('cell').allInnerTexts())[0].trim()).toBe('Standardmodel 2026');

    await own.getByRole('button', { name: `Tag ${label} i brug` }).click();
    const confirm = page.getByRole('region', { name: `Tag ${label} i brug?` });
    await confirm.getByText(/Rapporter, der allerede er regnet ud, beholder den version, de blev regnet med\./).waitFor();
    await expectNoSeriousAxeViolations(page);
    await confirm.getByRole('button', { name: 'Ja, tag versionen i brug' }).click();
    await page.getByRole('status').getByText(`${label} er nu i brug.`, { exact: false }).waitFor();
    await expect(own.getByRole('cell').nth(2).innerText()).resolves.toBe('I brug');
    await expect(standard.getByRole('cell').nth(2).innerText()).resolves.toBe('Ikke i brug');
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'metodetroskab-versioner');
    await context.close();
  });
});
