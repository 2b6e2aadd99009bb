import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CitizenStatus, Discipline, Role } from '@act/db';
import { addTeamMember, createCitizen, createTestTenant, createUser, ownerDataSource, type TestTenant } from '@act/db/testing';
import type { Browser, Page } from 'playwright-core';
import { loginAs, menuItems } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

// Browser tests need more than jest's default 5 s (project-level testTimeout does not apply to every runner setup).
jest.setTimeout(90_000);

const DAY_MS = 24 * 60 * 60 * 1000;
const PHONE = { width: 360, height: 740 };
const SCREENSHOT = resolve(__dirname, '../docs/user-guide/img/borgerfordeling.png');
const SCREENSHOT_PHONE = resolve(__dirname, '../docs/user-guide/img/borgerfordeling-mobil.png');

interface CaseloadFixture {
  tenant: TestTenant;
  full: { memberId: string; name: string };
  spare: { memberId: string; name: string };
  waiting: { id: string; name: string }[];
}

/**
 * The standard test tenant plus: a psychiatrist at 0.2 FTE (capacity 2) who already has 2
 * citizens, a support worker at 0.5 with room, and two referred citizens without a primary
 * contact. The tenant's own citizen goes to the leader, so the queue holds exactly the two.
 */
async function caseloadFixture(): Promise<CaseloadFixture> {
  const tenant = await createTestTenant();
  const db = await ownerDataSource();
  const { tenantId } = tenant;
  const teamId = tenant.team.id;
  const assign = (citizenId: string, memberId: string) =>
    db.query('INSERT INTO primary_assignment (tenant_id, citizen_id, member_id) VALUES ($1, $2, $3)', [tenantId, citizenId, memberId]);

  const pia = await createUser(db, tenantId, { role: Role.TeamMember, name: 'Pia Holm' });
  const full = await addTeamMember(db, tenantId, teamId, pia.id, { discipline: Discipline.Psychiatry, fte: 0.2 });
  const jonas = await createUser(db, tenantId, { role: Role.TeamMember, name: 'Jonas Berg' });
  const spare = await addTeamMember(db, tenantId, teamId, jonas.id, { discipline: Discipline.SocialPedagogy, fte: 0.5 });

  for (const name of ['Carl Fuld', 'Dorte Fuld']) {
    const citizen = await createCitizen(db, tenantId, teamId, { name, status: CitizenStatus.Active });
    await assign(citizen.id, full.id);
  }
  await assign(tenant.citizen.id, tenant.leader.memberId);

  const waiting = [];
  for (const [name, days] of [
    ['Anders Venter', 12],
    ['Bente Venter', 3],
  ] as const) {
    const citizen = await createCitizen(db, tenantId, teamId, {
      name,
      status: CitizenStatus.Referred,
      referredAt: new Date(Date.now() - days * DAY_MS),
    });
    waiting.push({ id: citizen.id, name });
  }
  return {
    tenant,
    full: { memberId: full.id, name: 'Pia Holm' },
    spare: { memberId: spare.id, name: 'Jonas Berg' },
    waiting,
  };
}

/** The card of one member on the caseload page. */
const memberCard = (page: Page, name: string) =>
  page.locator('section[aria-labelledby="members-heading"] li.member-load', { has: page.getByRole('heading', { level: 3, name }) });

/** The card of one waiting citizen. */
const waitingCard = (page: Page, name: string) =>
  page.locator('section[aria-labelledby="waiting-heading"] li.waiting', { hasText: name });

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('caseload (borgerfordeling)', () => {
  let browser: Browser;
  let fx: CaseloadFixture;

  beforeAll(async () => {
    browser = await launchBrowser();
    fx = await caseloadFixture();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('team leader assigns from the queue, is refused by the max-10 rule, and applies a proposed move', async () => {
    const { context, page } = await newSession(browser, { viewport: { width: 1100, height: 900 } });
    const { tenant, full, spare } = fx;
    const [anders, bente] = fx.waiting;
    await loginAs(page, tenant.leader.email, tenant.password);
    expect(await menuItems(page)).toEqual(['Forside', 'Mine teams', 'Borgere', 'Borgerfordeling', 'Min dag', 'Min uge', 'Teamets besøg', 'Mine opgaver', 'Parathed', 'Samarbejdsaftaler', 'Implementering']);

    // The menu goes straight to the leader's only team.
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Borgerfordeling' }).click();
    await page.waitForURL(new RegExp(`/teams/${tenant.team.id}/caseload$`));
    await page.getByRole('heading', { level: 1, name: `Borgerfordeling – ${tenant.team.name}` }).waitFor();
    await page.getByRole('heading', { name: 'Venter på en primær kontaktperson (2)' }).waitFor();
    expect(await page.locator('.ratio').innerText()).toMatch(/borgere pr\. årsværk — grænsen er 10/);
    // Load in words, not colour alone.
    expect(await memberCard(page, full.name).innerText()).toMatch(/2 af 2\s*–\s*fuld/);
    expect(await memberCard(page, spare.name).innerText()).toContain('0 af 5');
    const andersCard = waitingCard(page, anders.name);
    expect(await andersCard.innerText()).toContain('Har ventet 12 dage.');
    expect(await andersCard.innerText()).toContain('Optagelseskriterierne er ikke registreret.');
    // Each option says how many places the member has free.
    const andersSelect = andersCard.getByLabel(`Primær kontaktperson for ${anders.name}`);
    const options = await andersSelect.locator('option').allInnerTexts();
    expect(options).toContain(`${spare.name} – 5 ledige pladser (0 af 5)`);
    expect(options).toContain(`${full.name} – ingen ledige pladser (2 af 2)`);
    await expectNoSeriousAxeViolations(page);

    // Assign Anders to the member with room: the queue shrinks and the load goes up.
    await andersSelect.selectOption(spare.memberId);
    await andersCard.getByRole('button', { name: 'Tildel' }).click();
    const status = page.locator('p[role="status"].notice--success');
    await status.getByText(`${spare.name} er nu primær kontaktperson for ${anders.name}.`).waitFor();
    await page.getByRole('heading', { name: 'Venter på en primær kontaktperson (1)' }).waitFor();
    expect(await memberCard(page, spare.name).innerText()).toMatch(/1 af 5\s*–\s*4 ledige pladser/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    await expectNoSeriousAxeViolations(page);

    // Bente to the full member: refused, with the API's Danish message naming her and the numbers.
    const benteCard = waitingCard(page, bente.name);
    await benteCard.getByLabel(`Primær kontaktperson for ${bente.name}`).selectOption(full.memberId);
    await benteCard.getByRole('button', { name: 'Tildel' }).click();
    const refusal = benteCard.locator('[role="alert"][data-code="CASELOAD_LIMIT_EXCEEDED"]');
    await refusal.waitFor();
    const refusalText = await refusal.innerText();
    expect(refusalText).toContain('max-10-reglen');
    expect(refusalText).toContain(`${full.name} er primær kontaktperson for 2 borgere og kan højst have 2`);
    expect(await refusal.getAttribute('class')).toContain('notice--limit');
    expect(await refusal.evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe('rgb(164, 22, 26)');
    const benteSelect = benteCard.getByLabel(`Primær kontaktperson for ${bente.name}`);
    expect(await benteSelect.getAttribute('aria-invalid')).toBe('true');
    expect(await benteSelect.getAttribute('aria-describedby')).toBe(await refusal.getAttribute('id'));
    expect(await memberCard(page, full.name).innerText()).toContain('2 af 2');
    await expectNoSeriousAxeViolations(page);
    if (process.env.E2E_SCREENSHOTS === '1') {
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
    }

    // The proposal places Bente with someone who has room; accepting it assigns her.
    await page.getByRole('button', { name: 'Foreslå fordeling' }).click();
    await page.getByRole('heading', { level: 3, name: 'Forslag' }).waitFor();
    const move = page.locator('ol.moves > li', { hasText: bente.name });
    await move.waitFor();
    const moveTitle = await move.locator('.card__title').innerText();
    const to = /^Tildel Bente Venter til (.+)$/.exec(moveTitle.trim())?.[1];
    expect(to).toBeTruthy();
    expect(to).not.toBe(full.name);
    await expectNoSeriousAxeViolations(page);
    await move.getByRole('button', { name: /^Godkend/ }).click();
    await move.getByText('Gennemført.').waitFor();
    await page.getByRole('heading', { name: 'Venter på en primær kontaktperson (0)' }).waitFor();
    await page.getByText('Ingen borgere venter. Alle har en primær kontaktperson.').waitFor();
    expect(await memberCard(page, to!).locator('.member-citizens').textContent()).toContain(bente.name);
    await expectNoSeriousAxeViolations(page);

    // Reassign Anders from Jonas to the nurse the same way: choose, then "Tildel".
    const jonas = memberCard(page, spare.name);
    await jonas.locator('summary').click();
    await jonas.getByRole('button', { name: `Skift kontaktperson ${anders.name}` }).click();
    const reassign = jonas.getByLabel(`Ny primær kontaktperson for ${anders.name}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await reassign.getAttribute('id'));
    // The current contact is not offered again.
    expect((await reassign.locator('option').allInnerTexts()).some((o) => o.includes(spare.name))).toBe(false);
    await reassign.selectOption(tenant.member.memberId);
    await jonas.getByRole('button', { name: 'Tildel' }).click();
    await status.getByText(`${tenant.member.name} er nu primær kontaktperson for ${anders.name}.`).waitFor();
    expect(await memberCard(page, tenant.member.name).locator('.member-citizens').textContent()).toContain(anders.name);
    await expectNoSeriousAxeViolations(page);

    // The citizen page names the primary contact and, in Danish dates, the one before.
    await page.goto(`/citizens/${anders.id}`);
    await page.getByRole('heading', { level: 1, name: anders.name }).waitFor();
    const primary = page.locator('section[aria-labelledby="primary-heading"]');
    await primary.getByRole('heading', { name: 'Primær kontaktperson' }).waitFor();
    const primaryText = await primary.innerText();
    const danishDate = String.raw`\S+dag den \d+\. \S+ \d{4}`;
    expect(primaryText).toMatch(new RegExp(`${tenant.member.name} siden ${danishDate}`));
    expect(primaryText).toMatch(new RegExp(`Tidligere kontaktpersoner\\s+${spare.name}\\s+Fra ${danishDate} til ${danishDate}`));
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });

  it('on a phone, the leader is refused an FTE below the load (by the field) and grants an exception', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    const { tenant, full } = fx;
    await loginAs(page, tenant.leader.email, tenant.password);
    await page.goto(`/teams/${tenant.team.id}/caseload`);
    await page.getByRole('heading', { level: 1, name: `Borgerfordeling – ${tenant.team.name}` }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);

    const card = memberCard(page, full.name);
    await card.getByRole('button', { name: `Ændr normering ${full.name}` }).click();
    const fte = card.getByLabel(`Normering for ${full.name} (årsværk)`);
    await fte.fill('0,1');
    await card.getByRole('button', { name: 'Gem normering' }).click();
    const refusal = card.locator('[role="alert"][data-code="CASELOAD_LIMIT_EXCEEDED"]');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/Pia Holm er primær kontaktperson for 2 borgere\. Med normering 0,1 kan det højst være 1\./);
    expect(await fte.getAttribute('aria-describedby')).toContain(await refusal.getAttribute('id'));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
    await card.getByRole('button', { name: 'Annuller' }).click();

    await card.getByRole('button', { name: `Giv undtagelse ${full.name}` }).click();
    await card.getByLabel('Antal ekstra borgere').selectOption('1');
    await card.getByLabel('Begrundelse').fill('Kollega på barsel, Pia tager en borger ekstra i en måned.');
    const until = new Date(Date.now() + 30 * DAY_MS).toISOString().slice(0, 10);
    await card.getByLabel('Sidste dag undtagelsen gælder').fill(until);
    await card.getByRole('button', { name: 'Giv undtagelse', exact: true }).click();
    await page.locator('p[role="status"].notice--success').getByText(/^Pia Holm må nu have 1 borger ekstra til og med /).waitFor();
    const exception = card.locator('.exception');
    await exception.waitFor();
    expect(await exception.innerText()).toContain('Kollega på barsel');
    expect(await exception.innerText()).toMatch(/Undtagelse: 1 borger ekstra til og med \S+dag den \d+\. \S+ \d{4}/);
    expect(await card.innerText()).toMatch(/2 af 2 \(\+ undtagelse: højst 3\)/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
    if (process.env.E2E_SCREENSHOTS === '1') {
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: SCREENSHOT_PHONE });
    }
    await context.close();
  });

  it('a team member sees the caseload read-only on a phone, and "Mine borgere"', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    const { tenant } = fx;
    await loginAs(page, tenant.member.email, tenant.password);
    expect(await menuItems(page)).toEqual(['Forside', 'Mine teams', 'Borgere', 'Mine borgere', 'Min dag', 'Min uge', 'Teamets besøg', 'Mine opgaver', 'Parathed']);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine teams' }).click();
    await page.locator(`a[href="/teams/${tenant.team.id}"]`).click();
    await page.getByRole('link', { name: 'Se borgerfordelingen (max-10-reglen)' }).click();
    await page.getByRole('heading', { level: 1, name: `Borgerfordeling – ${tenant.team.name}` }).waitFor();
    await page.getByText('Det er teamlederen, der tildeler og flytter borgere.').waitFor();
    expect(await page.getByRole('button', { name: 'Tildel' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Foreslå fordeling' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Ændr normering/ }).count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine borgere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine borgere' }).waitFor();
    await page.locator('.load__text').waitFor();
    expect(await page.locator('.load__text').innerText()).toMatch(/^\d+ af 8/);
    // The nurse took over Anders in the first test.
    await page.getByRole('link', { name: fx.waiting[0].name }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });

  it('the steering group sees caseload figures per team, without names', async () => {
    const { context, page } = await newSession(browser);
    const { tenant } = fx;
    await loginAs(page, tenant.steeringGroup.email, tenant.password);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Overblik' }).click();
    const table = page.getByRole('table', { name: 'Borgere pr. årsværk, kø og undtagelser pr. team' });
    await table.waitFor();
    const row = table.getByRole('row', { name: new RegExp(tenant.team.name) });
    await row.waitFor();
    // team, ratio, active, waiting 0, over capacity 0, exceptions 1 (granted above)
    const cells = (await row.getByRole('cell').allInnerTexts()).map((s) => s.trim());
    expect(cells.slice(2)).toEqual(['0', '0', '1']);
    const body = await page.locator('body').innerText();
    for (const name of ['Pia Holm', 'Bente Venter', 'Carl Fuld']) expect(body).not.toContain(name);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });
});
