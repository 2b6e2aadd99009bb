import type { Browser, Page } from 'playwright-core';
import { ownerDataSource } from '@act/db/testing';
import { bootstrapTenant, loginAs, type TestTenant } from './support/api';
import { expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(60_000);

async function fillUser(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Navn').fill('Mette Kirstine Holm');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Rolle').selectOption('TEAM_MEMBER');
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Opret bruger' }).click();
}

async function usersWithEmail(email: string): Promise<number> {
  const rows = await (await ownerDataSource()).query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [email]);
  return rows[0].n;
}

describe('admin creates a user: the password is judged and the reasons shown', () => {
  let browser: Browser;
  let tenant: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await bootstrapTenant();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a guessable password with the reasons beside the field, then accepts a passphrase', async () => {
    const { context, page } = await newSession(browser);
    await loginAs(page, tenant.adminEmail, tenant.password);
    await page.goto('/admin/users');
    await page.getByRole('heading', { name: 'Opret bruger' }).waitFor();
    const email = `mette.holm.${Date.now()}@test.dk`;

    await fillUser(page, email, 'Sommer2024!!');
    const fieldError = page.locator('#password-error');
    await fieldError.waitFor();
    const text = await fieldError.innerText();
    expect(text).toMatch(/^Adgangskoden er for let at gætte\./);
    expect(text).toContain('Adgangskoden ligner et almindeligt ord, et navn eller et stednavn.');
    expect(text).toContain('Tal og tegn før eller efter et almindeligt ord gør det ikke meget sværere at gætte.');
    // The field points at its error, and the summary at the top links to the field.
    const password = page.getByLabel('Adgangskode');
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await password.getAttribute('aria-describedby')).toContain('password-error');
    await page.getByRole('alert').getByRole('link', { name: /^Adgangskoden er for let at gætte\./ }).waitFor();
    await expectNoSeriousAxeViolations(page);
    expect(await usersWithEmail(email)).toBe(0);

    // Her own name is refused as well.
    await page.getByLabel('Adgangskode').fill('mette.kirstine.holm');
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    await page.locator('#password-error', { hasText: 'Undgå navn, e-mailadresse og kommunens navn i adgangskoden.' }).waitFor();

    await page.getByLabel('Adgangskode').fill('grøn cykel ved havnen i regnvejr');
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    await page.getByText('Mette Kirstine Holm er oprettet som bruger', { exact: false }).waitFor();
    expect(await page.locator('#password-error').count()).toBe(0);
    expect(await usersWithEmail(email)).toBe(1);
    await context.close();
  });
});
