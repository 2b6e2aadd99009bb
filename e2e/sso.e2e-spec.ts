import { resolve } from 'node:path';
import { createTestTenant, type TestTenant } from '@act/db/testing';
import type { Browser, Page } from 'playwright-core';
import { startTestProvider, type TestProvider } from '../apps/api/src/testing/oidc-test-provider';
import { loginAs } from './support/api';
import { baseUrl, expectNoSeriousAxeViolations, launchBrowser, newSession } from './support/browser';

jest.setTimeout(180_000);

const PHONE = { width: 360, height: 740 };
const IMG = resolve(__dirname, '../docs/user-guide/img');

async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS === '1') await page.screenshot({ path: `${IMG}/${name}.png`, fullPage: true });
}

/** The login page's SSO form: pick the municipality when several offer SSO, then go. */
async function ssoLogin(page: Page, tenant: TestTenant): Promise<void> {
  await page.goto('/login');
  await page.getByRole('heading', { level: 2, name: 'Log ind via din organisation' }).waitFor();
  const select = page.getByLabel('Kommune');
  if (await select.count()) await select.selectOption({ label: tenant.tenantName });
  await page.getByRole('button', { name: /^Log ind via / }).click();
}

describe('single sign-on in the browser (a real OpenID provider)', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let idp: TestProvider;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTestTenant();
    // A public client (PKCE only): the e2e API has no client secret in its environment.
    idp = await startTestProvider([
      {
        client_id: 'act-e2e',
        token_endpoint_auth_method: 'none',
        redirect_uris: [`${baseUrl}/auth/sso/callback`],
        post_logout_redirect_uris: [`${baseUrl}/login`],
      },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await idp?.stop();
  });

  it('the admin sets up SSO with the details for the IdP team shown', async () => {
    const { context, page } = await newSession(browser);
    await loginAs(page, tenant.admin.email, tenant.password);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Fælles log-ind' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fælles log-ind (SSO)' }).waitFor();
    await page.getByText(`${baseUrl}/auth/sso/callback`).waitFor();
    await expectNoSeriousAxeViolations(page);

    // Requiring SSO without a break-glass admin is refused, in words.
    await page.getByLabel('Udbyderens adresse (issuer)').fill(idp.issuer);
    await page.getByLabel('Klient-id').fill('act-e2e');
    await page.getByLabel('Slå fælles log-ind til').check();
    await page.getByLabel('Kræv fælles log-ind for alle').check();
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Vælg en administrator som nødadgang, før fælles log-ind kræves af alle.').first().waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Kræv fælles log-ind for alle').uncheck();
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('status').filter({ hasText: 'Indstillingerne er gemt.' }).waitFor();
    await screenshot(page, 'sso-admin');
    await context.close();
  });

  it('a pre-provisioned member logs in through the IdP on a phone, and logs out there too', async () => {
    await idp.signInAs({ sub: `e2e-${tenant.member.id}`, email: tenant.member.email, email_verified: true, name: tenant.member.name });
    const { context, page } = await newSession(browser, { viewport: PHONE });
    await page.goto('/login');
    await page.getByRole('heading', { level: 2, name: 'Log ind via din organisation' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'sso-login');
    await ssoLogin(page, tenant);
    await page.waitForURL((url) => url.pathname !== '/login' && url.origin === baseUrl);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);

    // Logout ends our session, then the IdP's, and comes back to the login page.
    await page.getByRole('button', { name: 'Log ud' }).first().click();
    await page.waitForURL(`${baseUrl}/login`);
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await context.close();
  });

  it('someone the platform does not know is sent back with a plain explanation', async () => {
    await idp.signInAs({ sub: `e2e-unknown-${tenant.tenantId}`, email: `ukendt-${tenant.tenantId}@kommune.example`, email_verified: true });
    const { context, page } = await newSession(browser);
    await ssoLogin(page, tenant);
    await page.waitForURL(/\/login\?sso=SSO_UNKNOWN_USER/);
    await page.getByRole('alert').filter({ hasText: 'Du har ikke en bruger i systemet endnu.' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });
});
