import { resolve } from 'node:path';
import { createTestTenant, type TestTenant } from '@act/db/testing';
import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { loginAs } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(240_000);

const PHONE = { width: 360, height: 740 };
const IMG = resolve(__dirname, '../docs/user-guide/img');
const MENU = 'Hovedmenu';

async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS === '1') await page.screenshot({ path: `${IMG}/${name}.png`, fullPage: true });
}

/**
 * A code the server has not seen for this secret: the current 30-second step, or the next one
 * when the current was used (the server accepts one step either side), waiting when both were.
 */
const lastStep = new Map<string, number>();
async function freshCode(secret: string): Promise<string> {
  const now = () => Math.floor(Date.now() / 30_000);
  let step = Math.max(now(), (lastStep.get(secret) ?? -1) + 1);
  while (step > now() + 1) await new Promise((r) => setTimeout(r, 1000));
  // Too close to the end of the next step's window: take one later.
  if (step === now() + 1 && Date.now() % 30_000 > 27_000) {
    await new Promise((r) => setTimeout(r, 3500));
    step = Math.max(now(), step);
  }
  lastStep.set(secret, step);
  return generate({ secret, epoch: step * 30 });
}

/** The setup page from the button on: QR code and key, the code from the app, the recovery codes once. */
async function enrolOnPage(page: Page, shoot?: string): Promise<{ secret: string; codes: string[] }> {
  await page.getByRole('heading', { level: 1, name: 'Slå totrinsbekræftelse til' }).waitFor();
  await page.getByRole('button', { name: 'Vis QR-koden' }).click();
  const qr = page.getByRole('img', { name: /QR-kode til din godkendelsesapp/ });
  await qr.waitFor();
  const secret = (await page.locator('.mfa-secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoSeriousAxeViolations(page);
  if (shoot) await screenshot(page, `${shoot}-qr`);

  // A wrong code is refused in words, by the field.
  await page.getByLabel('Kode fra din app').fill('000000');
  await page.getByRole('button', { name: 'Slå totrinsbekræftelse til' }).click();
  await page.locator('#code-error').waitFor();
  expect(await page.locator('#code-error').innerText()).toMatch(/forkert/);

  await page.getByLabel('Kode fra din app').fill(await freshCode(secret));
  await page.getByRole('button', { name: 'Slå totrinsbekræftelse til' }).click();
  await page.getByRole('heading', { level: 2, name: 'Dine gendannelseskoder' }).waitFor();
  await page.getByText('Koderne vises kun denne ene gang.').waitFor();
  await page.getByRole('button', { name: 'Udskriv koderne' }).waitFor();
  await page.getByRole('button', { name: 'Kopiér koderne' }).waitFor();
  const codes = (await page.locator('.recovery-codes li').allInnerTexts()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  codes.forEach((c) => expect(c).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/));
  await expectNoSeriousAxeViolations(page);
  if (shoot) await screenshot(page, `${shoot}-codes`);
  await page.getByRole('button', { name: 'Jeg har gemt koderne – fortsæt' }).click();
  return { secret, codes };
}

async function passwordStep(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
}

async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.getByText('Du er logget ud.').waitFor();
}

describe('two-step verification in the browser', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let adminSecret: string;
  let leaderSecret: string;
  let leaderRecovery: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTestTenant();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the admin turns it on for themselves from "Min konto", then requires it of admins and team leaders', async () => {
    const { context, page } = await newSession(browser);
    await loginAs(page, tenant.admin.email, tenant.password);
    await page.getByRole('link', { name: /Min konto/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();
    await page.getByText('Totrinsbekræftelse er slået fra.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: 'Slå totrinsbekræftelse til' }).click();
    adminSecret = (await enrolOnPage(page)).secret;
    await page.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();
    await page.getByText('Totrinsbekræftelse er slået til.').waitFor();
    await page.getByText('Du har 10 ubrugte gendannelseskoder tilbage.').waitFor();

    await page.getByRole('navigation', { name: MENU }).getByRole('link', { name: 'Indstillinger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indstillinger' }).waitFor();
    const policy = page.getByRole('region', { name: 'Totrinsbekræftelse', exact: true });
    await policy.waitFor();
    expect(await policy.getByLabel('Den enkelte vælger selv').isChecked()).toBe(true);
    await policy.getByLabel('Administratorer og teamledere').check();
    await policy.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Gemt: Administratorer og teamledere.').waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'mfa-policy');
    await context.close();
  });

  it('a team leader is sent to set it up after the password, on a phone, and can do nothing else first', async () => {
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await passwordStep(page, tenant.leader.email, tenant.password);
    await page.waitForURL(/\/mfa\/setup$/);
    await page.getByText(/Din kommune kræver, at du logger ind med en kode/).waitFor();
    expect(await page.getByRole('navigation', { name: MENU }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'mfa-required');
    // Another address leads back to the setup.
    await page.goto('/citizens');
    await page.waitForURL(/\/mfa\/setup$/);

    ({ secret: leaderSecret, codes: leaderRecovery } = await enrolOnPage(page, 'mfa-setup'));
    await page.getByRole('navigation', { name: MENU }).waitFor();
    await page.getByRole('navigation', { name: MENU }).getByRole('link', { name: 'Borgere' }).waitFor();
    await logout(page);
    await context.close();
  });

  it('logs in with the code from the app, and once with a recovery code, which is then used up', async () => {
    const { context, page } = await newSession(browser);
    await passwordStep(page, tenant.leader.email, tenant.password);
    await page.getByRole('heading', { level: 2, name: 'Skriv din kode' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'mfa-login-code');
    await page.getByLabel('Kode fra din app').fill(await freshCode(leaderSecret));
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await page.getByRole('navigation', { name: MENU }).waitFor();
    await logout(page);

    // The leader without the phone: a recovery code.
    await passwordStep(page, tenant.leader.email, tenant.password);
    await page.getByRole('heading', { level: 2, name: 'Skriv din kode' }).waitFor();
    await page.getByRole('button', { name: 'Brug en gendannelseskode' }).click();
    await page.getByLabel('Gendannelseskode').fill(leaderRecovery[0].toLowerCase());
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await page.getByRole('navigation', { name: MENU }).waitFor();
    await page.getByRole('link', { name: /Min konto/ }).click();
    await page.getByText('Du har 9 ubrugte gendannelseskoder tilbage.').waitFor();
    await page.getByText('Din kommune kræver totrinsbekræftelse for dig, så du kan ikke slå den fra.', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'mfa-account');
    await logout(page);

    // The same recovery code again: refused.
    await passwordStep(page, tenant.leader.email, tenant.password);
    await page.getByRole('button', { name: 'Brug en gendannelseskode' }).click();
    await page.getByLabel('Gendannelseskode').fill(leaderRecovery[0]);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await page.locator('#code-error').waitFor();
    expect(await page.locator('#code-error').innerText()).toMatch(/forkert eller allerede brugt/);
    await context.close();
  });

  it("the admin resets the leader's lost phone; the leader must set it up again", async () => {
    const { context, page } = await newSession(browser);
    await passwordStep(page, tenant.admin.email, tenant.password);
    await page.getByLabel('Kode fra din app').fill(await freshCode(adminSecret));
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await page.getByRole('navigation', { name: MENU }).getByRole('link', { name: 'Brugere' }).click();
    await page.getByRole('button', { name: `Nulstil totrinsbekræftelse for ${tenant.leader.name}` }).click();
    await page.getByText(/Appen og gendannelseskoderne holder op med at virke/).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Ja, nulstil' }).click();
    await page.getByText(`Totrinsbekræftelse er nulstillet for ${tenant.leader.name}`, { exact: false }).waitFor();
    await context.close();

    const leader = await newSession(browser);
    await passwordStep(leader.page, tenant.leader.email, tenant.password);
    await leader.page.waitForURL(/\/mfa\/setup$/);
    await leader.page.getByRole('heading', { level: 1, name: 'Slå totrinsbekræftelse til' }).waitFor();
    await leader.context.close();
  });
});
