/**
 * The team's staffing history in Chromium (ADR 0025): on the team page the leader changes a
 * member's FTE from a day and registers that a member leaves (a member who is still a primary
 * contact is refused with what to do); the member then appears under former members. The admin's
 * team page lists the existing normering spans. axe clean and no sideways scrolling at 360 px.
 */
import { createTestTenant, createUser, addTeamMember, ownerDataSource, type TestTenant } from '@act/db/testing';
import { Role } from '@act/db';
import { addDays, copenhagenToday } from '@act/domain';
import type { Browser, Page } from 'playwright-core';
import { loginAs } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(240_000);

const PHONE = { width: 360, height: 740 };

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

describe('staffing history', () => {
  let browser: Browser;
  let t: TestTenant;
  let leaverName: string;
  const today = copenhagenToday();

  beforeAll(async () => {
    browser = await launchBrowser();
    t = await createTestTenant();
    const db = await ownerDataSource();
    // A member with no citizens who will leave, and the plain member is primary contact for the team's citizen.
    const user = await createUser(db, t.tenantId, { role: Role.TeamMember, name: 'Karen Fratræder' });
    leaverName = user.name;
    await addTeamMember(db, t.tenantId, t.team.id, user.id, { fte: 0.5 });
    // Everybody has been on the team for a year.
    await db.query(`UPDATE team_member SET joined_on = $2::date WHERE tenant_id = $1`, [t.tenantId, addDays(today, -365)]);
    await db.query(`INSERT INTO primary_assignment (tenant_id, citizen_id, member_id) VALUES ($1, $2, $3)`, [t.tenantId, t.citizen.id, t.member.memberId]);
    await db.query(`INSERT INTO team_budgeted_positions (tenant_id, team_id, fte, start_date, created_by) VALUES ($1, $2, 4, $3, $4)`, [
      t.tenantId,
      t.team.id,
      addDays(today, -200),
      t.admin.id,
    ]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the leader changes an FTE from a day and registers that a member leaves (360 px)', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, t.leader.email, t.password);
    await page.goto(`/teams/${t.team.id}`);
    const staffing = page.getByRole('region', { name: 'Ændringer i bemandingen' });
    await staffing.waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);

    // A new FTE from two weeks ago.
    const fteForm = staffing.getByRole('form', { name: 'Nyt årsværk fra en dato' });
    await fteForm.getByLabel('Medarbejder').selectOption({ label: t.member.name });
    await fteForm.getByLabel('Nyt årsværk').fill('0,6');
    await fteForm.getByLabel('Gælder fra').fill(addDays(today, -14));
    await fteForm.getByRole('button', { name: 'Gem årsværk' }).click();
    await fteForm.getByRole('status').filter({ hasText: `Gemt: ${t.member.name} har 0,6 årsværk fra` }).waitFor();

    // The plain member is still a primary contact: refused, and told what to do.
    const leaveForm = staffing.getByRole('form', { name: 'En medarbejder stopper' });
    await leaveForm.getByLabel('Medarbejder').selectOption({ label: t.member.name });
    await leaveForm.getByLabel('Hvorfor').selectOption({ label: 'Har sagt op eller er opsagt' });
    await leaveForm.getByRole('button', { name: 'Registrér, at medarbejderen stopper' }).click();
    await page.getByText(/er stadig primær kontaktperson for 1 borger\. Giv borgerne en anden kontaktperson på siden Caseload/).first().waitFor();
    await expectNoSeriousAxeViolations(page);

    // The member without citizens leaves yesterday: a former member now.
    await leaveForm.getByLabel('Medarbejder').selectOption({ label: leaverName });
    await leaveForm.getByLabel('Sidste dag i teamet').fill(addDays(today, -1));
    await leaveForm.getByLabel('Hvorfor').selectOption({ label: 'Flyttet til et andet team' });
    await leaveForm.getByRole('button', { name: 'Registrér, at medarbejderen stopper' }).click();
    await leaveForm.getByRole('status').filter({ hasText: `Registreret: ${leaverName} stopper i teamet.` }).waitFor();
    const former = page.getByRole('region', { name: 'Tidligere medarbejdere' });
    await former.getByText(leaverName).waitFor();
    await former.getByText('Flyttet til et andet team').waitFor();
    const current = page.getByRole('region', { name: 'Medlemmer' });
    await expect(current.getByText(leaverName).count()).resolves.toBe(0);
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await context.close();
  });

  it("the admin's team page lists the normering in force (360 px)", async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await loginAs(page, t.admin.email, t.password);
    await page.goto(`/admin/teams/${t.team.id}`);
    const budget = page.getByRole('region', { name: 'Normering' });
    await budget.getByRole('listitem').filter({ hasText: /^4(,0+)? årsværk fra / }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await context.close();
  });
});
