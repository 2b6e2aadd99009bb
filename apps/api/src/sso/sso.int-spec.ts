import { closeOwnerDataSource, createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import { randomUUID } from 'node:crypto';
import { type ApiHarness, startApi } from '../testing/api-harness';
import { startTestProvider, type TestProvider } from '../testing/oidc-test-provider';
import { TestBrowser } from '../testing/sso-browser';

const ME = `{ me { id email signedInWithSso } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`;
const SAVE = `mutation($input: SaveSsoSettingsInput!) { saveSsoSettings(input: $input) {
  enabled issuer clientId clientSecretEnv clientSecretAvailable ssoRequired breakGlassUserId redirectUri postLogoutRedirectUri linkedUsers } }`;
const SESSION = '__Host-act_session';
const SECRET = 'test-client-secret-not-a-real-one';

describe('single sign-on with OpenID Connect (a real oidc-provider)', () => {
  let api: ApiHarness;
  let idp: TestProvider;
  let base: string;
  let t: TestTenant;
  let adminCookie: string;

  const settings = (over: Record<string, unknown> = {}) => ({
    enabled: true,
    issuer: idp.issuer,
    clientId: 'act-platform',
    clientSecretEnv: 'SSO_CLIENT_SECRET_TEST',
    ssoRequired: false,
    breakGlassUserId: null,
    ...over,
  });

  /** Start → IdP (signed in as `account`) → the callback URL the IdP sends the browser to (not yet visited). */
  async function toCallback(browser: TestBrowser, tenantId: string, account: Parameters<TestProvider['signInAs']>[0]): Promise<string> {
    await idp.signInAs(account);
    const start = await browser.get(`${base}/auth/sso/start?tenant=${tenantId}`);
    expect(start.status).toBe(303);
    const location = start.headers.get('location')!;
    expect(location.startsWith(`${idp.issuer}/`)).toBe(true);
    return browser.follow(location, `${base}/auth/sso/callback`);
  }

  async function landing(browser: TestBrowser, callback: string): Promise<string> {
    const res = await browser.get(callback);
    expect(res.status).toBe(303);
    return res.headers.get('location')!;
  }

  const account = (email: string, over: Record<string, unknown> = {}) => ({
    sub: `sub-${randomUUID()}`,
    email,
    email_verified: true,
    name: 'Test Person',
    ...over,
  });

  beforeAll(async () => {
    api = await startApi({ SSO_CLIENT_SECRET_TEST: SECRET });
    base = api.url.replace(/\/graphql$/, '');
    idp = await startTestProvider([
      {
        client_id: 'act-platform',
        client_secret: SECRET,
        redirect_uris: [`${base}/auth/sso/callback`],
        post_logout_redirect_uris: [`${base}/login`],
      },
    ]);
    t = await createTestTenant();
    adminCookie = await api.login(t.admin.email, t.password);
    const saved = await api.gql(SAVE, { input: settings() }, adminCookie);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveSsoSettings).toMatchObject({
      enabled: true,
      clientSecretAvailable: true,
      redirectUri: `${base}/auth/sso/callback`,
      postLogoutRedirectUri: `${base}/login`,
    });
  });
  afterAll(async () => {
    await api.close();
    await idp.stop();
    await closeOwnerDataSource();
  });

  it('lists the municipality on the login page without a session', async () => {
    const res = await api.gql(`{ ssoLoginOptions { tenantId tenantName } }`);
    expect(res.data!.ssoLoginOptions).toContainEqual({ tenantId: t.tenantId, tenantName: t.tenantName });
  });

  it('links a pre-provisioned user by verified e-mail, then recognises the subject alone', async () => {
    const browser = new TestBrowser();
    const person = account(t.member.email.toUpperCase());
    expect(await landing(browser, await toCallback(browser, t.tenantId, person))).toBe(`${base}/`);
    const cookie = browser.cookie(SESSION)!;
    expect(cookie).toMatch(/^__Host-act_session=[A-Za-z0-9_-]{43}$/);
    expect((await api.gql(ME, {}, cookie)).data!.me).toEqual({ id: t.member.id, email: t.member.email, signedInWithSso: true });
    const stored = await (await ownerDataSource()).query(`SELECT sso_subject FROM app_user WHERE id = $1`, [t.member.id]);
    expect(stored[0].sso_subject).toBe(person.sub);

    // The IdP's e-mail may change later: the stable subject is what counts.
    const again = new TestBrowser();
    const callback = await toCallback(again, t.tenantId, { ...person, email: 'nyt-navn@kommune.example' });
    expect(await landing(again, callback)).toBe(`${base}/`);
    expect((await api.gql(ME, {}, again.cookie(SESSION))).data!.me.id).toBe(t.member.id);
  });

  it('refuses an unknown user, an unverified e-mail and another tenant’s user, creating nothing', async () => {
    const other = await createTestTenant();
    const cases = [
      account(`ukendt-${randomUUID()}@kommune.example`),
      account(t.leader.email, { email_verified: false }),
      account(other.leader.email),
    ];
    for (const person of cases) {
      const browser = new TestBrowser();
      expect(await landing(browser, await toCallback(browser, t.tenantId, person))).toBe(`${base}/login?sso=SSO_UNKNOWN_USER`);
      expect(browser.cookie(SESSION)).toBeUndefined();
    }
    const linked = await (await ownerDataSource()).query(`SELECT count(*)::int AS n FROM app_user WHERE id = ANY($1) AND sso_subject IS NOT NULL`, [
      [t.leader.id, other.leader.id],
    ]);
    expect(linked[0].n).toBe(0);
  });

  it('refuses a replayed callback, and a used code even with a fresh state', async () => {
    const browser = new TestBrowser();
    const callback = await toCallback(browser, t.tenantId, account(t.leader.email));
    const stateCookie = browser.cookie('__Host-act_sso')!;
    expect(await landing(browser, callback)).toBe(`${base}/`);

    // The same answer again (an attacker who saw the URL, with the victim's state cookie).
    const replay = new TestBrowser();
    const res = await replay.get(callback, { headers: { cookie: stateCookie } });
    expect(res.headers.get('location')).toBe(`${base}/login?sso=SSO_EXPIRED`);
    expect(replay.cookie(SESSION)).toBeUndefined();

    // The used code with a new attempt's state: the IdP (and PKCE) refuse it.
    const fresh = new TestBrowser();
    const freshCallback = new URL(await toCallback(fresh, t.tenantId, account(t.leader.email)));
    freshCallback.searchParams.set('code', new URL(callback).searchParams.get('code')!);
    expect(await landing(fresh, freshCallback.href)).toBe(`${base}/login?sso=SSO_FAILED`);
    expect(fresh.cookie(SESSION)).toBeUndefined();
  });

  it('refuses a callback in another browser than the one that started (state), and without a state cookie', async () => {
    const victim = new TestBrowser();
    const attacker = new TestBrowser();
    const attackerCallback = await toCallback(attacker, t.tenantId, account(t.leader.email));
    await toCallback(victim, t.tenantId, account(t.leader.email)); // the victim has a state cookie of its own
    expect(await landing(victim, attackerCallback)).toBe(`${base}/login?sso=SSO_FAILED`);
    expect(victim.cookie(SESSION)).toBeUndefined();

    const noCookie = new TestBrowser();
    const callback = await toCallback(new TestBrowser(), t.tenantId, account(t.leader.email));
    expect(await landing(noCookie, callback)).toBe(`${base}/login?sso=SSO_EXPIRED`);
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    const browser = new TestBrowser();
    const callback = await toCallback(browser, t.tenantId, account(t.leader.email));
    // Our stored nonce no longer matches the one the IdP put in the token.
    const changed = await (await ownerDataSource()).query(
      `UPDATE sso_login_attempt SET nonce = 'not-the-nonce-sent' WHERE tenant_id = $1 AND created_at > now() - interval '1 minute' RETURNING 1`,
      [t.tenantId],
    );
    expect(changed[0].length).toBeGreaterThan(0);
    expect(await landing(browser, callback)).toBe(`${base}/login?sso=SSO_FAILED`);
    expect(browser.cookie(SESSION)).toBeUndefined();
  });

  it('refuses an IdP whose metadata names another issuer', async () => {
    const wrong = await createTestTenant();
    const wrongIssuer = idp.issuer.replace('127.0.0.1', 'localhost');
    await (await ownerDataSource()).query(
      `INSERT INTO tenant_sso (tenant_id, enabled, issuer, client_id, client_secret_env) VALUES ($1, true, $2, 'act-platform', 'SSO_CLIENT_SECRET_TEST')`,
      [wrong.tenantId, wrongIssuer],
    );
    const browser = new TestBrowser();
    const res = await browser.get(`${base}/auth/sso/start?tenant=${wrong.tenantId}`);
    expect(res.headers.get('location')).toBe(`${base}/login?sso=SSO_FAILED`);
    // ...and an admin cannot switch it on either.
    const admin = await api.login(wrong.admin.email, wrong.password);
    const saved = await api.gql(SAVE, { input: settings({ issuer: wrongIssuer }) }, admin);
    expect(saved.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(saved.errors![0].message).toMatch(/issuer/);
  });

  it('answers the login page for a tenant without SSO, and for a malformed tenant id', async () => {
    const plain = await createTestTenant();
    for (const tenant of [plain.tenantId, 'ikke-et-id']) {
      const res = await new TestBrowser().get(`${base}/auth/sso/start?tenant=${tenant}`);
      expect(res.headers.get('location')).toBe(`${base}/login?sso=SSO_NOT_CONFIGURED`);
    }
  });
  it('ends the platform session and the IdP’s at logout; a password session just goes to the login page', async () => {
    const browser = new TestBrowser();
    expect(await landing(browser, await toCallback(browser, t.tenantId, account(t.otherMember.email)))).toBe(`${base}/`);
    const cookie = browser.cookie(SESSION)!;
    const out = await browser.get(`${base}/auth/sso/logout`, { method: 'POST' });
    expect(out.status).toBe(303);
    const endSession = new URL(out.headers.get('location')!);
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(endSession.searchParams.get('client_id')).toBe('act-platform');
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${base}/login`);
    expect((await api.gql(ME, {}, cookie)).data!.me).toBeNull();
    // The IdP asks "log out?" (a form the test provider's page submits by script), ends its
    // session and sends the browser back to our login page.
    const page = await (await browser.get(endSession.href)).text();
    const [, action, xsrf] = /action="([^"]+)"[\s\S]*name="xsrf" value="([^"]+)"/.exec(page)!;
    const confirmed = await browser.get(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(await browser.follow(new URL(confirmed.headers.get('location')!, action).href, `${base}/login`)).toBe(`${base}/login`);

    const password = await api.login(t.steeringGroup.email, t.password);
    const plain = await fetch(`${base}/auth/sso/logout`, { method: 'POST', redirect: 'manual', headers: { cookie: password } });
    expect(plain.headers.get('location')).toBe(`${base}/login`);
    expect((await api.gql(ME, {}, password)).data!.me).toBeNull();
  });

  it('requires SSO for everyone but the break-glass admin once the tenant says so', async () => {
    const strict = await createTestTenant();
    const admin = await api.login(strict.admin.email, strict.password);
    const refused = await api.gql(SAVE, { input: settings({ ssoRequired: true }) }, admin);
    expect(refused.errors![0].message).toMatch(/nødadgang/);
    const notAdmin = await api.gql(SAVE, { input: settings({ ssoRequired: true, breakGlassUserId: strict.leader.id }) }, admin);
    expect(notAdmin.errors![0].message).toMatch(/aktiv administrator/);
    const saved = await api.gql(SAVE, { input: settings({ ssoRequired: true, breakGlassUserId: strict.admin.id }) }, admin);
    expect(saved.errors).toBeUndefined();

    const member = await api.gql(LOGIN, { input: { email: strict.member.email, password: strict.password } });
    expect(member.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(member.errors![0].message).toMatch(/fælles log-ind/);
    expect(member.headers.get('set-cookie')).toBeNull();
    // A wrong password says nothing about the tenant's rule.
    const wrong = await api.gql(LOGIN, { input: { email: strict.member.email, password: 'forkert-adgangskode' } });
    expect(wrong.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    // The break-glass admin still gets in with a password; others through the IdP.
    const breakGlass = await api.gql(LOGIN, { input: { email: strict.admin.email, password: strict.password } });
    expect(breakGlass.errors).toBeUndefined();
    const browser = new TestBrowser();
    expect(await landing(browser, await toCallback(browser, strict.tenantId, account(strict.member.email)))).toBe(`${base}/`);
    // Other tenants keep their password login.
    expect((await api.gql(LOGIN, { input: { email: t.steeringGroup.email, password: t.password } })).errors).toBeUndefined();
  });
});
