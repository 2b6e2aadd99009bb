/**
 * Sessions a person can see (issue 13): the own live sessions with device and last use, ending
 * one or all others; an admin's "log out everywhere" for a user of the tenant; disabling a user
 * ends their sessions at once. Real PostgreSQL (RLS, the application role), real cookies.
 */
import { closeOwnerDataSource, createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { errorCodes } from '../testing/db-state';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`;
const ME = `{ me { id } }`;
const MINE = `{ mySessions { id browser os startedAt lastUsedAt current viaSso } }`;
const END = `mutation($id: ID!) { endSession(id: $id) }`;
const END_OTHERS = `mutation { endOtherSessions }`;
const END_USER = `mutation($userId: ID!) { endUserSessions(userId: $userId) }`;
const DISABLE = `mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { disabled } }`;

const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

interface Session {
  id: string;
  browser: string | null;
  os: string | null;
  startedAt: string;
  lastUsedAt: string;
  current: boolean;
  viaSso: boolean;
}

describe('sessions a person can see and end', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let other: TestTenant;

  beforeAll(async () => {
    api = await startApi();
    [t, other] = await Promise.all([createTestTenant(), createTestTenant()]);
  });
  afterAll(async () => {
    await api.close();
    await closeOwnerDataSource();
  });

  /** Logs in from a browser with the given User-Agent; the cookie and the new session's id. */
  async function loginFrom(email: string, userAgent = CHROME_ANDROID, tenant = t): Promise<{ cookie: string; id: string }> {
    const res = await api.gql(LOGIN, { input: { email, password: tenant.password } }, undefined, { 'user-agent': userAgent });
    expect(res.errors).toBeUndefined();
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    const mine = await api.gql<{ mySessions: Session[] }>(MINE, {}, cookie);
    return { cookie, id: mine.data!.mySessions.find((s) => s.current)!.id };
  }

  const works = async (cookie: string) => (await api.gql(ME, {}, cookie)).data?.me !== null;
  const ended = async (id: string) => {
    const owner = await ownerDataSource();
    const [row] = await owner.query(`SELECT ended_at, end_reason, ended_by_user_id FROM user_session WHERE id = $1`, [id]);
    return { ended: row.ended_at !== null, reason: row.end_reason as string | null, by: row.ended_by_user_id as string | null };
  };
  const code = (res: GqlResult) => errorCodes(res)[0];
  /** The access-log rows of a request (by the id the server answered with). */
  const logged = async (res: GqlResult) => {
    const owner = await ownerDataSource();
    return owner.query(`SELECT operation, purpose, actor_user_id AS actor, criterion FROM access_log WHERE request_id = $1 ORDER BY id`, [
      res.headers.get('x-request-id'),
    ]);
  };

  it('lists the own live sessions with device, start and last use; the current one first and marked', async () => {
    const tenant = await createTestTenant(); // a user of their own, so no other test's sessions show
    const phone = await loginFrom(tenant.leader.email, CHROME_ANDROID, tenant);
    const pc = await loginFrom(tenant.leader.email, FIREFOX_WINDOWS, tenant);
    await loginFrom(tenant.member.email, CHROME_ANDROID, tenant); // someone else's: not in the list

    const before = Date.now();
    const res = await api.gql<{ mySessions: Session[] }>(MINE, {}, pc.cookie);
    expect(res.errors).toBeUndefined();
    const list = res.data!.mySessions;
    expect(list.map((s) => s.id)).toEqual([pc.id, phone.id]);
    expect(list[0]).toMatchObject({ current: true, browser: 'Firefox', os: 'Windows', viaSso: false });
    expect(list[1]).toMatchObject({ current: false, browser: 'Chrome', os: 'Android' });
    for (const s of list) {
      expect(Date.parse(s.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(s.startedAt));
      expect(Date.parse(s.lastUsedAt)).toBeLessThanOrEqual(before + 1000);
    }
    // Seen from the phone, the phone is the current one.
    const fromPhone = (await api.gql<{ mySessions: Session[] }>(MINE, {}, phone.cookie)).data!.mySessions;
    expect(fromPhone.map((s) => [s.id, s.current])).toEqual([
      [phone.id, true],
      [pc.id, false],
    ]);
    // Ended and expired sessions are not listed.
    const owner = await ownerDataSource();
    await owner.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [phone.id]);
    expect((await api.gql<{ mySessions: Session[] }>(MINE, {}, pc.cookie)).data!.mySessions.map((s) => s.id)).toEqual([pc.id]);
  });

  it('keeps the browser and system names only — not the User-Agent header, not the client address', async () => {
    const { id } = await loginFrom(t.steeringGroup.email, CHROME_ANDROID);
    const owner = await ownerDataSource();
    const [row] = await owner.query(`SELECT to_jsonb(s) AS row FROM user_session s WHERE id = $1`, [id]);
    const text = JSON.stringify(row.row);
    expect(row.row).toMatchObject({ browser: 'Chrome', os: 'Android' });
    expect(text).not.toContain('Pixel');
    expect(text).not.toContain('Mozilla');
    expect(text).not.toContain(api.address);
  });

  it('ends one other session: its cookie stops working at once, the current one goes on', async () => {
    const a = await loginFrom(t.member.email, FIREFOX_WINDOWS);
    const b = await loginFrom(t.member.email, CHROME_ANDROID);
    const res = await api.gql(END, { id: b.id }, a.cookie);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ endSession: true });
    expect(await works(b.cookie)).toBe(false);
    expect(code(await api.gql(MINE, {}, b.cookie))).toBe('UNAUTHENTICATED');
    expect(await works(a.cookie)).toBe(true);
    expect(await ended(b.id)).toEqual({ ended: true, reason: 'ended_by_user', by: t.member.id });
    expect(await logged(res)).toEqual([
      { operation: 'session.end', purpose: 'access-security', actor: t.member.id, criterion: `session:${b.id} ended:1` },
    ]);
    // Ending it again changes nothing and is no error; the current one is ended by logging out.
    expect((await api.gql(END, { id: b.id }, a.cookie)).data).toEqual({ endSession: true });
    const current = await api.gql(END, { id: a.id }, a.cookie);
    expect(code(current)).toBe('BAD_USER_INPUT');
    expect(current.errors![0].message).toMatch(/Log ud/);
    expect(await works(a.cookie)).toBe(true);
  });

  it('ends all other sessions and answers how many; the current one survives', async () => {
    const user = t.otherMember;
    const a = await loginFrom(user.email);
    const b = await loginFrom(user.email, FIREFOX_WINDOWS);
    const c = await loginFrom(user.email);
    const res = await api.gql(END_OTHERS, {}, a.cookie);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ endOtherSessions: 2 });
    expect(await logged(res)).toEqual([{ operation: 'session.end-others', purpose: 'access-security', actor: user.id, criterion: 'ended:2' }]);
    expect([await works(a.cookie), await works(b.cookie), await works(c.cookie)]).toEqual([true, false, false]);
    expect((await api.gql<{ mySessions: Session[] }>(MINE, {}, a.cookie)).data!.mySessions.map((s) => s.id)).toEqual([a.id]);
    expect((await api.gql(END_OTHERS, {}, a.cookie)).data).toEqual({ endOtherSessions: 0 });
  });

  it('a member cannot end another person’s session (same team, another tenant): it answers as not found and the session lives on', async () => {
    const mine = await loginFrom(t.member.email);
    const colleague = await loginFrom(t.leader.email);
    const stranger = await loginFrom(other.member.email, CHROME_ANDROID, other);
    for (const target of [colleague, stranger]) {
      const res = await api.gql(END, { id: target.id }, mine.cookie);
      expect([code(res), res.data]).toEqual(['NOT_FOUND', null]);
      expect(await logged(res)).toEqual([]);
      expect(await works(target.cookie)).toBe(true);
      expect((await ended(target.id)).ended).toBe(false);
    }
    // …and their own list never shows anyone else's.
    const list = (await api.gql<{ mySessions: Session[] }>(MINE, {}, mine.cookie)).data!.mySessions.map((s) => s.id);
    expect(list).not.toContain(colleague.id);
    expect(list).not.toContain(stranger.id);
    // Malformed ids are bad input, not a database error.
    expect(code(await api.gql(END, { id: 'not-an-id' }, mine.cookie))).toBe('BAD_USER_INPUT');
  });

  it("an admin logs a user out everywhere; another tenant's user is refused; only the admin may", async () => {
    const admin = await loginFrom(t.admin.email, FIREFOX_WINDOWS);
    const victim = await createTestTenant(); // fresh users whose sessions no other test ends
    const target = await loginFrom(victim.admin.email, CHROME_ANDROID, victim);
    const phone = await loginFrom(t.leader.email, CHROME_ANDROID);
    const pc = await loginFrom(t.leader.email, FIREFOX_WINDOWS);

    const refused = await api.gql(END_USER, { userId: victim.admin.id }, admin.cookie);
    expect([code(refused), refused.data]).toEqual(['NOT_FOUND', null]);
    expect(await works(target.cookie)).toBe(true);

    const byMember = await api.gql(END_USER, { userId: t.leader.id }, (await loginFrom(t.member.email)).cookie);
    expect([code(byMember), byMember.data]).toEqual(['FORBIDDEN', null]);
    expect(await works(phone.cookie)).toBe(true);

    const res = await api.gql<{ endUserSessions: number }>(END_USER, { userId: t.leader.id }, admin.cookie);
    expect(res.errors).toBeUndefined();
    expect(res.data!.endUserSessions).toBeGreaterThanOrEqual(2);
    expect([await works(phone.cookie), await works(pc.cookie), await works(admin.cookie)]).toEqual([false, false, true]);
    expect(await ended(pc.id)).toEqual({ ended: true, reason: 'ended_by_admin', by: t.admin.id });
    expect(await logged(res)).toEqual([
      { operation: 'user.sessions.end', purpose: 'access-security', actor: t.admin.id, criterion: `user:${t.leader.id} ended:${res.data!.endUserSessions}` },
    ]);
    // The leader can log in again at once (not a disable).
    expect(await works((await loginFrom(t.leader.email)).cookie)).toBe(true);
    // The admin's own sessions are ended from their own list.
    expect(code(await api.gql(END_USER, { userId: t.admin.id }, admin.cookie))).toBe('BAD_USER_INPUT');
    expect(await works(admin.cookie)).toBe(true);
  });

  it('disabling a user ends all their sessions at once, in the same request', async () => {
    const tenant = await createTestTenant();
    const admin = await loginFrom(tenant.admin.email, FIREFOX_WINDOWS, tenant);
    const a = await loginFrom(tenant.member.email, CHROME_ANDROID, tenant);
    const b = await loginFrom(tenant.member.email, FIREFOX_WINDOWS, tenant);
    const res = await api.gql(DISABLE, { input: { id: tenant.member.id, disabled: true } }, admin.cookie);
    expect(res.errors).toBeUndefined();
    expect([await works(a.cookie), await works(b.cookie)]).toEqual([false, false]);
    expect(await ended(a.id)).toEqual({ ended: true, reason: 'user_disabled', by: tenant.admin.id });
    expect(await ended(b.id)).toEqual({ ended: true, reason: 'user_disabled', by: tenant.admin.id });
    expect(await logged(res)).toEqual([
      { operation: 'user.sessions.end', purpose: 'access-security', actor: tenant.admin.id, criterion: `user:${tenant.member.id} ended:2 disabled` },
    ]);
    // Enabling again does not bring an ended session back.
    await api.gql(DISABLE, { input: { id: tenant.member.id, disabled: false } }, admin.cookie);
    expect(await works(a.cookie)).toBe(false);
  });

  it('records a logout as the person’s own end', async () => {
    const a = await loginFrom(t.steeringGroup.email);
    await api.gql(`mutation { logout }`, {}, a.cookie);
    expect(await ended(a.id)).toEqual({ ended: true, reason: 'logout', by: t.steeringGroup.id });
  });
});
