/**
 * Ending a citizen's course in Chromium (issue 14, gap 1): the team leader, on a phone (360 px),
 * opens the form on the citizen page, is told by field what is missing, chooses why the course
 * ends, confirms, and reads what happened (a planned visit removed); a plain member sees no form.
 * axe clean and no sideways scrolling at every step.
 */
import { createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import type { Browser, Page } from 'playwright-core';
import { loginAs } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(120_000);

const PHONE = { width: 360, height: 740 };

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

describe('ending a citizen course', () => {
  let browser: Browser;
  let tenant: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTestTenant();
    const db = await ownerDataSource();
    await db.query(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id, started_at) VALUES ($1, $2, $3, now() - interval '90 days')`, [
      tenant.tenantId,
      tenant.citizen.id,
      tenant.member.memberId,
    ]);
    const [{ id }] = await db.query(
      `INSERT INTO visit (tenant_id, citizen_id, planned_start, planned_end, place_kind) VALUES ($1, $2, now() + interval '3 days', now() + interval '3 days 1 hour', 'home') RETURNING id`,
      [tenant.tenantId, tenant.citizen.id],
    );
    await db.query(`INSERT INTO visit_member (tenant_id, visit_id, member_id) VALUES ($1, $2, $3)`, [tenant.tenantId, id, tenant.member.memberId]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a plain member sees no form to end the course', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.member.email, tenant.password);
    await page.goto(`/citizens/${tenant.citizen.id}`);
    await page.getByRole('heading', { level: 1, name: tenant.citizen.name }).waitFor();
    await page.getByRole('heading', { name: 'Besøg' }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Afslut forløbet …' }).count()).toBe(0);
    await context.close();
  });

  it('the team leader ends the course: errors by field, a confirm step, then what happened (360 px)', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, tenant.leader.email, tenant.password);
    await page.goto(`/citizens/${tenant.citizen.id}`);
    await page.getByRole('heading', { level: 1, name: tenant.citizen.name }).waitFor();
    await page.getByRole('button', { name: 'Afslut forløbet …' }).click();
    const date = page.getByLabel('Slutdato');
    await date.waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);

    // Nothing chosen: the summary takes focus and names the field.
    await page.getByRole('button', { name: 'Gå videre' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Ret venligst følgende' });
    await summary.getByRole('link', { name: 'Vælg, hvorfor forløbet slutter.' }).waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Hvorfor slutter forløbet?').selectOption({ label: 'Borgeren er flyttet' });
    await page.getByLabel(/^Note/).fill('Flyttet til Aarhus');
    await page.getByRole('button', { name: 'Gå videre' }).click();
    const question = page.getByRole('heading', { name: 'Er du sikker?' });
    await question.waitFor();
    expect(await page.getByRole('group', { name: 'Er du sikker?' }).innerText()).toContain('"Borgeren er flyttet"');
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);

    // Back keeps what was typed.
    await page.getByRole('button', { name: 'Tilbage til formularen' }).click();
    await expect(page.getByLabel(/^Note/).inputValue()).resolves.toBe('Flyttet til Aarhus');
    await page.getByRole('button', { name: 'Gå videre' }).click();
    await page.getByRole('button', { name: 'Ja, afslut forløbet' }).click();
    await page.getByRole('status').filter({ hasText: 'Forløbet er afsluttet. 1 planlagt besøg blev slettet.' }).waitFor();
    await page.getByText(/Forløbet sluttede .*: Borgeren er flyttet\./).waitFor();
    await page.getByText('Flyttet til Aarhus').first().waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);

    const db = await ownerDataSource();
    const [row] = await db.query(`SELECT c.status::text, pa.end_kind::text FROM citizen c JOIN primary_assignment pa ON pa.citizen_id = c.id WHERE c.id = $1`, [tenant.citizen.id]);
    expect(row).toEqual({ status: 'ended', end_kind: 'moved_away' });
    await context.close();
  });
});
