/**
 * The steering group's dashboard in Chromium: a steering-group user opens it for a period, the
 * figures and their table alternatives show (small teams withheld), a table is exported as CSV
 * and the file's content checked; axe clean and no sideways scrolling at 360 px. The admin sets
 * the minimum group size.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createTestTenant, ownerDataSource, shortId, type TestTenant, uniqueFictionalCpr } from '@act/db/testing';
import { addDays, copenhagenToday, copenhagenWallTimeToUtc } from '@act/domain';
import type { Browser, Page } from 'playwright-core';
import { loginAs } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(180_000);

const PHONE = { width: 360, height: 740 };
const IMG = resolve(__dirname, '../docs/user-guide/img');

async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS === '1') await page.screenshot({ path: `${IMG}/${name}.png`, fullPage: true });
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/**
 * Team A: six citizens with the leader (1.0) as primary contact since long before the period,
 * the member (0.8) with none, both on the team since last year; two face-to-face visits a week
 * for each citizen. The factory's own citizen waits (no primary contact). Team B: one waiting
 * citizen — below the minimum group.
 */
async function seed(t: TestTenant, from: string, to: string): Promise<void> {
  const db = await ownerDataSource();
  // On the team since last year: the first day moves with created_at, because the dashboard's
  // FTE-days read the staffing history (the first span starts on joined_on).
  await db.query(
    `UPDATE team_member SET created_at = now() - interval '1 year', joined_on = ((now() - interval '1 year') AT TIME ZONE 'Europe/Copenhagen')::date
     WHERE tenant_id = $1`,
    [t.tenantId],
  );
  for (let i = 0; i < 6; i++) {
    const [{ id }] = await db.query(
      `INSERT INTO citizen (tenant_id, team_id, name, cpr, status, referred_at, version)
       VALUES ($1, $2, $3, $4, 'active', now() - interval '200 days', 1) RETURNING id`,
      [t.tenantId, t.team.id, `Overblik Borger ${shortId()}`, uniqueFictionalCpr(t.tenantId)],
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
}

describe('steering dashboard', () => {
  let browser: Browser;
  let tenant: TestTenant;
  const to = copenhagenToday();
  const from = addDays(to, -27);

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTestTenant();
    await seed(tenant, from, to);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a steering-group user opens the dashboard for a period and exports a table as CSV (360 px)', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.steeringGroup.email, tenant.password);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Overblik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overblik' }).waitFor();
    // The default period is the last 4 weeks.
    await expect(page.getByLabel('Seneste 4 uger').isChecked()).resolves.toBe(true);
    const table = page.getByRole('table', { name: 'Borgere og normering pr. team i perioden' });
    await table.waitFor();

    // Team A: 6 citizens × 28 days over (1.0 + 0.8) × 28 FTE-days = 3,33 citizens per FTE; the waiting one makes 7.
    const rowA = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: tenant.team.name }) });
    expect((await rowA.getByRole('cell').allInnerTexts()).map((s) => s.trim())).toEqual(['3,33', '6', '1,8', '6', '1', '0', '0', '0', '0']);
    // Team B has one citizen: withheld, in words.
    const rowB = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: tenant.otherTeam.name }) });
    expect((await rowB.getByRole('cell').allInnerTexts())[0].trim()).toBe('Skjult – færre end 5');
    // Nothing personal anywhere on the page.
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/Overblik Borger|\d{6}-?\d{4}/);
    expect(await page.locator('a[href^="/citizens/"]').count()).toBe(0);
    // Phases and readiness are not recorded for this municipality yet.
    expect(await page.getByRole('region', { name: 'Implementeringens faser' }).innerText()).toContain('Ikke registreret endnu');

    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'styregruppen-overblik');

    // A chart's table alternative holds the same number.
    const chart = page.getByRole('figure', { name: 'Borgere pr. årsværk i perioden' });
    await chart.getByRole('button', { name: 'Vis som tabel' }).click();
    await chart.getByRole('cell', { name: '3,33' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    // The CSV export of the table: semicolons, decimal comma, the withheld team in words.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent Borgere og normering pr. team i perioden som CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`borgere-og-normering-${from}-${to}.csv`);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Team;Borgere pr. årsværk;Borgere i gennemsnit;Årsværk i gennemsnit;Tilknyttet;Ventede;Startet;Afsluttet;Medarbejdere over kapacitet;Undtagelser i kraft',
    );
    expect(lines).toContain(`${tenant.team.name};3,33;6;1,8;6;1;0;0;0;0`);
    expect(lines.find((l) => l.startsWith(tenant.otherTeam.name))).toMatch(/^[^;]+;Skjult – færre end 5;/);
    // All teams together: 168 citizen-days over (1.0 + 0.8 + 1.0) × 28 FTE-days = 2,14; 8 citizens, so shown.
    expect(lines[lines.length - 1]).toBe('Alle teams;2,14;6;2,8;6;2;0;0;0;0');

    // Today's caseload table withholds team B by the same rule, and exports as CSV too.
    const hiddenText = 'Skjult – færre end 5';
    const now = page.getByRole('table', { name: 'Borgere pr. årsværk, kø og undtagelser pr. team' });
    const nowB = now.getByRole('row').filter({ has: page.getByRole('rowheader', { name: tenant.otherTeam.name }) });
    expect((await nowB.getByRole('cell').allInnerTexts()).map((s) => s.trim())).toEqual([hiddenText, hiddenText, hiddenText, '0', '0']);
    const [nowDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent Borgere pr. årsværk, kø og undtagelser pr. team som CSV' }).click(),
    ]);
    expect(nowDownload.suggestedFilename()).toBe('borgerfordeling-nu.csv');
    const nowLines = (await readFile(await nowDownload.path(), 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(nowLines).toContain(`${tenant.otherTeam.name};${hiddenText};${hiddenText};${hiddenText};0;0`);
    // Team A today: 6 active citizens with the leader and the waiting one; 7 / 1,8 FTE.
    expect(nowLines).toContain(`${tenant.team.name};3,89;7;1;0;0`);
    // Every table on the page has its CSV button (a chart's own table, opened above, repeats figures of these and has no caption).
    const captions = await page.locator('table caption').allInnerTexts();
    expect(captions.length).toBeGreaterThanOrEqual(5);
    const buttons = await page.getByRole('button', { name: / som CSV$/ }).allInnerTexts();
    expect(buttons.map((b) => b.replace(/^Hent | som CSV$/g, ''))).toEqual(captions);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });

  it('the steering group picks its own dates; a reversed period is refused in words', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.steeringGroup.email, tenant.password);
    await page.goto('/overview');
    await page.getByLabel('Vælg selv').check();
    await page.getByLabel('Fra og med').fill(to);
    await page.getByLabel('Til og med').fill(from);
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.getByText('Periodens slutdato skal være samme dag som eller efter startdatoen.').waitFor();
    await page.getByLabel('Fra og med').fill(addDays(to, -6));
    await page.getByLabel('Til og med').fill(to);
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForURL(new RegExp(`from=${addDays(to, -6)}&to=${to}`));
    await page.getByText(/\(7 dage\)/).waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await context.close();
  });

  it('the admin sets the minimum group size and how long the access log is kept', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.admin.email, tenant.password);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Indstillinger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indstillinger' }).waitFor();
    const minGroup = page.getByRole('region', { name: 'Mindste gruppestørrelse' });
    const field = minGroup.getByRole('textbox', { name: 'Mindste gruppestørrelse' });
    expect(await field.inputValue()).toBe('5');
    await field.fill('2');
    await minGroup.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Skriv et helt tal mellem 3 og 50.').first().waitFor();
    await field.fill('6');
    await minGroup.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Gemt. Grupper med færre end 6 personer skjules.').waitFor();

    const retention = page.getByRole('region', { name: 'Opbevaring af adgangsloggen' });
    const months = retention.getByRole('textbox', { name: 'Opbevaringstid i måneder' });
    expect(await months.inputValue()).toBe('6');
    await months.fill('0');
    await retention.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Skriv et helt antal måneder mellem 1 og 120.').first().waitFor();
    await months.fill('12');
    await retention.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Gemt. Adgangsloggen gemmes i 12 måneder.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'styregruppen-indstillinger');
    await field.fill('5');
    await minGroup.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Gemt. Grupper med færre end 5 personer skjules.').waitFor();
    await months.fill('6');
    await retention.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Gemt. Adgangsloggen gemmes i 6 måneder.').waitFor();
    await context.close();
  });
});
