import { createTestTenant, ownerDataSource, closeOwnerDataSource, shortId, type TestTenant } from '@act/db/testing';
import { type ApiHarness, startApi } from '../testing/api-harness';

const ME = `{ me { id email role tenantName teams { id name isTeamLeader } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { id role } } }`;

describe('login, sessions and logout', () => {
  let api: ApiHarness;
  let t: TestTenant;

  beforeAll(async () => {
    api = await startApi();
    t = await createTestTenant();
  });
  afterAll(async () => {
    await api.close();
    await closeOwnerDataSource();
  });

  it('logs in with a hardened session cookie and answers me with role and teams', async () => {
    const res = await api.gql(LOGIN, { input: { email: t.leader.email.toUpperCase(), password: t.password } });
    expect(res.errors).toBeUndefined();
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^__Host-act_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    const me = await api.gql(ME, {}, cookie.split(';')[0]);
    expect(me.data!.me).toMatchObject({
      id: t.leader.id,
      role: 'TEAM_LEADER',
      tenantName: t.tenantName,
      teams: [{ id: t.team.id, name: t.team.name, isTeamLeader: true }],
    });
  });

  it('refuses a wrong password and an unknown e-mail with the same typed error', async () => {
    const wrong = await api.gql(LOGIN, { input: { email: t.member.email, password: 'forkert-adgangskode' } });
    const unknown = await api.gql(LOGIN, { input: { email: `findes-ikke-${shortId()}@test.dk`, password: t.password } });
    expect(wrong.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('slows an account down after repeated failures — seconds, not a 15-minute lock', async () => {
    const other = await createTestTenant();
    for (let i = 0; i < 5; i++) {
      await api.gql(LOGIN, { input: { email: other.member.email, password: 'forkert-adgangskode' } });
    }
    const res = await api.gql(LOGIN, { input: { email: other.member.email, password: other.password } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 1 });
    expect(res.errors![0].message).toMatch(/Vent 1 sekund,/);
    await new Promise((r) => setTimeout(r, 1100));
    const after = await api.gql(LOGIN, { input: { email: other.member.email, password: other.password } });
    expect(after.errors).toBeUndefined();
  });

  it('ends the session on the server at logout', async () => {
    const cookie = await api.login(t.member.email, t.password);
    expect((await api.gql(ME, {}, cookie)).data!.me).not.toBeNull();
    const out = await api.gql(`mutation { logout }`, {}, cookie);
    expect(out.data).toEqual({ logout: true });
    expect(out.headers.get('set-cookie')).toMatch(/__Host-act_session=;/);
    // The old cookie is worthless now, even if a client kept it.
    expect((await api.gql(ME, {}, cookie)).data!.me).toBeNull();
    const teams = await api.gql(`{ teams { totalCount } }`, {}, cookie);
    expect(teams.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('expires idle sessions and sessions past their absolute lifetime', async () => {
    const owner = await ownerDataSource();
    const idle = await api.login(t.member.email, t.password);
    const absolute = await api.login(t.leader.email, t.password);
    await owner.query(
      `UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1 AND ended_at IS NULL`,
      [t.member.id],
    );
    await owner.query(
      `UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND ended_at IS NULL`,
      [t.leader.id],
    );
    expect((await api.gql(ME, {}, idle)).data!.me).toBeNull();
    expect((await api.gql(ME, {}, absolute)).data!.me).toBeNull();
  });

  it('ends every session of a user the admin disables', async () => {
    const other = await createTestTenant();
    const memberCookie = await api.login(other.member.email, other.password);
    const admin = await api.login(other.admin.email, other.password);
    const res = await api.gql(
      `mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { disabled } }`,
      { input: { id: other.member.id, disabled: true } },
      admin,
    );
    expect(res.data).toEqual({ setUserDisabled: { disabled: true } });
    expect((await api.gql(ME, {}, memberCookie)).data!.me).toBeNull();
    const again = await api.gql(LOGIN, { input: { email: other.member.email, password: other.password } });
    expect(again.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
  });

  it('ignores forged or malformed session cookies', async () => {
    for (const cookie of ['__Host-act_session=abc', `__Host-act_session=${'A'.repeat(43)}`, '__Host-act_session=%00%27']) {
      expect((await api.gql(ME, {}, cookie)).data!.me).toBeNull();
    }
  });

  it('enforces the password policy when the admin creates users', async () => {
    const admin = await api.login(t.admin.email, t.password);
    const create = (password: string) =>
      api.gql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { name: 'Ny Bruger', email: `ny-${Date.now()}-${password.length}@test.dk`, role: 'TEAM_MEMBER', password } },
        admin,
      );
    for (const weak of ['kort', 'password1234', 'aaaaaaaaaaaaaaaa']) {
      const res = await create(weak);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    }
    const ok = await create('Lange-Sætninger-Er-Gode-7');
    expect(ok.errors).toBeUndefined();
    const stored = await (await ownerDataSource()).query(`SELECT password_hash FROM app_user WHERE id = $1`, [
      ok.data!.createUser.id,
    ]);
    expect(stored[0].password_hash).toMatch(/^\$argon2id\$/);
  });
});
