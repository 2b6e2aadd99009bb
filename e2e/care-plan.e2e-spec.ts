import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import type { Browser, Page } from 'playwright-core';
import { loginAs } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(120_000);

const PHONE = { width: 360, height: 740 };
const SCREENSHOT = resolve(__dirname, '../docs/user-guide/img/indsatsplan.png');
const SCREENSHOT_PRINT = resolve(__dirname, '../docs/user-guide/img/indsatsplan-udskrift.png');
const SCREENSHOT_OVERVIEW = resolve(__dirname, '../docs/user-guide/img/borgeroverblik.png');

const WHAT_MATTERS = 'At have ro i min lejlighed og se min datter';
const GOAL_HOUSING = 'Jeg vil blive boende og betale husleje til tiden';
const GOAL_SUBSTANCE = 'Jeg vil drikke mindre, når jeg er alene i weekenden';

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function screenshot(page: Page, path: string, fullPage = true) {
  if (process.env.E2E_SCREENSHOTS !== '1') return;
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage });
}

describe('the citizen\'s ACT plan (indsatsplan)', () => {
  let browser: Browser;
  let t: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    t = await createTestTenant();
    const db = await ownerDataSource();
    await db.query(`UPDATE citizen SET name = 'Lise Mortensen' WHERE id = $1`, [t.citizen.id]);
    await db.query(`UPDATE app_user SET name = 'Sofie Berg' WHERE id = $1`, [t.member.id]);
    await db.query(`UPDATE app_user SET name = 'Jens Holm' WHERE id = $1`, [t.leader.id]);
    await db.query('INSERT INTO primary_assignment (tenant_id, citizen_id, member_id) VALUES ($1, $2, $3)', [t.tenantId, t.citizen.id, t.member.memberId]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a member drafts a plan with two goals in the citizen\'s words, agrees it, starts a follow-up and prints it — on a 360 px phone', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, t.member.email, t.password);

    // The citizen overview: no plan yet.
    await page.goto(`/citizens/${t.citizen.id}`);
    await page.getByRole('heading', { level: 1, name: 'Lise Mortensen' }).waitFor();
    // One screen: status, primary contact and team above the plan.
    expect(await page.locator('section[aria-labelledby="primary-heading"]').innerText()).toContain('Sofie Berg');
    const planSection = page.locator('section[aria-labelledby="plan-heading"]');
    await planSection.getByText('Borgeren har endnu ingen aftalt plan.').waitFor();
    await expectNoSeriousAxeViolations(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await planSection.getByRole('link', { name: 'Åbn planen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan for Lise Mortensen' }).waitFor();
    await page.getByRole('button', { name: 'Start en plan med borgeren' }).click();
    await page.getByRole('heading', { name: 'Kladde til version 1' }).waitFor();

    // The citizen's words and two goals, each with a step.
    await page.getByLabel('Det vigtigste for borgeren – med borgerens egne ord').fill(WHAT_MATTERS);
    await page.getByRole('button', { name: 'Tilføj mål' }).click();
    await page.locator('#goals-0-lifeAreaId').selectOption({ label: 'Bolig' });
    await page.locator('#goals-0-citizenWords').fill(GOAL_HOUSING);
    await page.locator('#goals-0-steps-0-description').fill('Vi sætter fast overførsel op til huslejen');
    await page.locator('#goals-0-steps-0-responsibleMemberId').selectOption({ label: 'Sofie Berg (Sygepleje)' });
    await page.locator('#goals-0-steps-0-dueOn').fill('2027-01-15');
    await page.getByRole('button', { name: 'Tilføj mål' }).click();
    await page.locator('#goals-1-lifeAreaId').selectOption({ label: 'Rusmidler' });
    await page.locator('#goals-1-citizenWords').fill(GOAL_SUBSTANCE);
    await page.getByLabel('Forandringsstadie (rusmidler)').selectOption({ label: 'Overvejer en ændring' });
    await page.locator('#goals-1-steps-0-description').fill('Samtale med misbrugskonsulenten');
    await page.locator('#goals-1-steps-0-responsibleMemberId').selectOption({ label: 'Jens Holm (Socialpædagogik/bostøtte)' });
    await page.getByLabel('Næste opfølgning på planen').fill('2027-03-01');
    await page.getByRole('button', { name: 'Gem kladden' }).click();
    await page.locator('p[role="status"].notice--success').getByText('Kladden er gemt.').waitFor();
    await expectNoSeriousAxeViolations(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // Agreed with the citizen at a home visit.
    await page.getByLabel('Hvem var med?').fill('Lise, Sofie (kontaktperson) og Lises datter');
    await page.getByRole('button', { name: 'Marker som aftalt' }).click();
    await page.getByRole('heading', { name: 'Den aftalte plan (version 1)' }).waitFor();
    const current = page.locator('section[aria-labelledby="current-heading"]');
    expect(await current.innerText()).toContain(GOAL_HOUSING);
    expect(await current.innerText()).toContain('ved et hjemmebesøg');
    await screenshot(page, SCREENSHOT);

    // Follow-up: a new draft from the active goals; version 1 stays in the history.
    await page.getByRole('button', { name: 'Start opfølgning (ny version)' }).click();
    await page.getByRole('heading', { name: 'Kladde til version 2' }).waitFor();
    expect(await page.locator('#goals-0-citizenWords').inputValue()).toBe(GOAL_HOUSING);
    expect(await page.locator('#goals-1-citizenWords').inputValue()).toBe(GOAL_SUBSTANCE);
    const history = page.locator('section[aria-labelledby="history-heading"]');
    expect(await history.getByRole('link').allInnerTexts()).toEqual(['Version 2 – Kladde', 'Version 1 – Aftalt']);
    await expectNoSeriousAxeViolations(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // The overview shows the plan in force with the next step, date and follow-up.
    await page.goto(`/citizens/${t.citizen.id}`);
    await planSection.getByText(GOAL_SUBSTANCE).waitFor();
    const overviewText = await planSection.innerText();
    expect(overviewText).toContain('Næste skridt: Vi sætter fast overførsel op til huslejen – Sofie Berg, senest fredag den 15. januar 2027');
    expect(overviewText).toContain('Der er en kladde til version 2');
    await page.locator('section[aria-labelledby="changes-heading"]').getByText(/Planen blev aftalt – Sofie Berg/).waitFor();
    await expectNoSeriousAxeViolations(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // The citizen's copy: their words, plain Danish, no staff terms.
    await planSection.getByRole('link', { name: 'Udskrift til borgeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Min plan – Lise Mortensen' }).waitFor();
    const print = page.locator('article.print-plan');
    const printText = await print.innerText();
    for (const words of [WHAT_MATTERS, GOAL_HOUSING, GOAL_SUBSTANCE]) expect(printText).toContain(words);
    expect(printText).toContain('Jeg tænker over at ændre noget');
    expect(printText).toContain('Vi kigger på planen igen: mandag den 1. marts 2027');
    expect(printText).not.toMatch(/forandringsstadie|kontemplation|indsatsplan|livsområde|Sygepleje/i);
    // The citizen's own words are the largest body text.
    const sizes = await print.evaluate((el) => {
      const px = (node: Element | null) => (node ? parseFloat(getComputedStyle(node).fontSize) : 0);
      return { words: px(el.querySelector('.citizen-words')), body: px(el.querySelector('p')) };
    });
    expect(sizes.words).toBeGreaterThan(sizes.body);
    await expectNoSeriousAxeViolations(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // Print styles: no menus or buttons on paper.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Udskriv eller gem som PDF' }).isVisible()).toBe(false);
    expect(await print.getByText(GOAL_HOUSING).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await screenshot(page, SCREENSHOT_PRINT);
    await context.close();
  });

  it('a stale edit is refused with a clear message and the user\'s text is kept; the overview shows consents and relatives', async () => {
    const a = await newSession(browser, { viewport: { width: 1100, height: 900 } });
    const b = await newSession(browser, { viewport: { width: 1100, height: 900 } });
    await loginAs(a.page, t.member.email, t.password);
    await loginAs(b.page, t.leader.email, t.password);
    for (const { page } of [a, b]) {
      await page.goto(`/citizens/${t.citizen.id}/plan`);
      await page.getByRole('heading', { name: 'Kladde til version 2' }).waitFor();
    }
    await b.page.locator('#goals-0-citizenWords').fill('Jens skrev dette først');
    await b.page.getByRole('button', { name: 'Gem kladden' }).click();
    await b.page.locator('p[role="status"].notice--success').getByText('Kladden er gemt.').waitFor();

    const mine = 'Sofies tekst må ikke forsvinde';
    await a.page.locator('#goals-0-citizenWords').fill(mine);
    await a.page.getByRole('button', { name: 'Gem kladden' }).click();
    const alert = a.page.locator('.conflict[role="alert"]');
    await alert.getByRole('heading', { name: 'Planen er blevet ændret af en anden' }).waitFor();
    expect(await alert.innerText()).toContain('Planen er blevet gemt af Jens Holm');
    expect(await alert.innerText()).toContain('Jens skrev dette først');
    expect(await a.page.locator('#goals-0-citizenWords').inputValue()).toBe(mine);
    await expectNoSeriousAxeViolations(a.page);
    await alert.getByRole('button', { name: 'Gem mine ændringer oven på den nyeste udgave' }).click();
    await a.page.locator('p[role="status"].notice--success').getByText('Kladden er gemt.').waitFor();
    expect(await a.page.locator('.conflict').count()).toBe(0);

    // Consents and relatives on the overview.
    const { page } = a;
    await page.goto(`/citizens/${t.citizen.id}`);
    await page.getByRole('button', { name: 'Registrer samtykke' }).click();
    await page.getByLabel('Samarbejdspartner').fill('Jobcenter Silkeborg');
    await page.getByLabel('Hvad må deles og hvorfor?').fill('Planens mål om arbejde, så vi kan koordinere');
    await page.getByRole('button', { name: 'Gem samtykke' }).click();
    await page.locator('.consents').getByText('Jobcenter Silkeborg', { exact: true }).waitFor();
    expect(await page.locator('.consents').innerText()).toContain('Gælder');
    await page.getByRole('button', { name: 'Tilføj pårørende' }).click();
    await page.getByLabel('Navn', { exact: true }).fill('Maja Mortensen');
    await page.getByLabel('Hvem er personen for borgeren?').fill('datter');
    await page.getByLabel('Borgeren ønsker, at personen inddrages').check();
    await page.getByRole('button', { name: 'Gem pårørende' }).click();
    await page.locator('.relatives').getByText('Maja Mortensen', { exact: true }).waitFor();
    expect(await page.locator('.relatives').innerText()).toContain('Borgeren ønsker personen inddraget');
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, SCREENSHOT_OVERVIEW);
    await a.context.close();
    await b.context.close();
  });
});
