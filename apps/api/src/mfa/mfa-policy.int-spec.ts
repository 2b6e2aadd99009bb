import { closeOwnerDataSource, createSession, createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import { generate } from 'otplib';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';

/**
 * The tenant's MFA policy (ADR 0018): who it covers, a password session that may only enrol until
 * the factor is confirmed, the admin's policy setting and reset (both access-logged), SSO sessions
 * left to the IdP, and other tenants out of reach.
 */
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { id mfaEnrolmentRequired } mfa { token } } }`;
const VERIFY = `mutation($input: VerifyLoginCodeInput!) { verifyLoginCode(input: $input) { viewer { id mfaEnrolmentRequired } } }`;
const START = `mutation { startMfaEnrolment { secret } }`;
const CONFIRM = `mutation($input: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes viewer { id mfaEnrolmentRequired } } }`;
const STATUS = `{ mfaStatus { enrolled required recoveryCodesLeft } }`;
const ME = `{ me { id mfaEnrolmentRequired } }`;
const TEAMS = `{ teams(first: 10) { totalCount } }`;
const CITIZEN = `query($id: ID!) { citizen(id: $id) { id name } }`;
const SET_POLICY = `mutation($input: SetMfaPolicyInput!) { setMfaPolicy(input: $input) { mfaPolicy minGroupSize } }`;
const SETTINGS = `{ tenantSettings { mfaPolicy } }`;
const RESET = `mutation($input: ResetUserMfaInput!) { resetUserMfa(input: $input) { enrolled required recoveryCodesLeft } }`;
const DISABLE = `mutation($input: DisableMfaInput!) { disableMfa(input: $input) { enrolled required recoveryCodesLeft } }`;
const REGENERATE = `mutation($input: RegenerateRecoveryCodesInput!) { regenerateMfaRecoveryCodes(input: $input) }`;

const codeAt = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
const cookieOf = (res: GqlResult) => (res.headers.get('set-cookie') ?? '').split(';')[0];
const codes = (res: GqlResult) => (res.errors ?? []).map((e) => e.extensions?.code);

async function freshStep(): Promise<void> {
  const intoStep = (Date.now() / 1000) % 30;
  if (intoStep > 20) await new Promise((r) => setTimeout(r, (30 - intoStep + 0.5) * 1000));
}

describe('MFA policy of the tenant', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api.close();
    await closeOwnerDataSource();
  });

  /**
   * Sets up a factor (step -1, so the caller's codes of steps 0 and 1 stay unused); the cookie to
   * go on with is the new one when the session could only enrol.
   */
  async function enrol(cookie: string): Promise<{ secret: string; recoveryCodes: string[]; cookie: string }> {
    const started = await api.gql(START, {}, cookie);
    expect(started.errors).toBeUndefined();
    const { secret } = started.data!.startMfaEnrolment;
    const confirmed = await api.gql(CONFIRM, { input: { code: await codeAt(secret, -1) } }, cookie);
    expect(confirmed.errors).toBeUndefined();
    const renewed = confirmed.data!.confirmMfaEnrolment.viewer ? cookieOf(confirmed) : cookie;
    return { secret, recoveryCodes: confirmed.data!.confirmMfaEnrolment.recoveryCodes, cookie: renewed };
  }

  /** The admin enrols (required before the policy may cover admins) and sets the policy. */
  async function requireOfLeaders(t: TestTenant): Promise<{ adminCookie: string }> {
    const adminCookie = await api.login(t.admin.email, t.password);
    const first = await api.gql(SET_POLICY, { input: { policy: 'ADMINS_AND_TEAM_LEADERS' } }, adminCookie);
    expect(codes(first)).toEqual(['BAD_USER_INPUT']);
    expect(first.errors![0].message).toMatch(/for dig selv først/);
    await enrol(adminCookie);
    const set = await api.gql(SET_POLICY, { input: { policy: 'ADMINS_AND_TEAM_LEADERS' } }, adminCookie);
    expect(set.errors).toBeUndefined();
    expect(set.data!.setMfaPolicy.mfaPolicy).toBe('ADMINS_AND_TEAM_LEADERS');
    return { adminCookie };
  }

  async function mfaLogRows(tenantId: string): Promise<Array<{ operation: string; criterion: string; purpose: string; actor_user_id: string; citizen_id: string | null }>> {
    const owner = await ownerDataSource();
    return owner.query(
      `SELECT operation, criterion, purpose, actor_user_id, citizen_id FROM access_log WHERE tenant_id = $1 AND operation LIKE 'mfa.%' ORDER BY id`,
      [tenantId],
    );
  }

  it('lets a required leader without a factor log in with the password to a session that may only enrol; the enrolment gives a new, full session', async () => {
    await freshStep();
    const t = await createTestTenant();
    const before = await api.login(t.leader.email, t.password); // a session from before the policy
    expect((await api.gql(TEAMS, {}, before)).errors).toBeUndefined();
    const { adminCookie } = await requireOfLeaders(t);
    expect((await api.gql(SETTINGS, {}, adminCookie)).data!.tenantSettings.mfaPolicy).toBe('ADMINS_AND_TEAM_LEADERS');
    expect(await mfaLogRows(t.tenantId)).toEqual([
      { operation: 'mfa.policy.set', criterion: 'admins_and_team_leaders', purpose: 'access-security', actor_user_id: t.admin.id, citizen_id: null },
    ]);
    // The session from before the policy is held to it at once.
    expect(codes(await api.gql(TEAMS, {}, before))).toEqual(['MFA_ENROLMENT_REQUIRED']);

    const login = await api.gql(LOGIN, { input: { email: t.leader.email, password: t.password } });
    expect(login.errors).toBeUndefined();
    expect(login.data!.login).toEqual({ viewer: { id: t.leader.id, mfaEnrolmentRequired: true }, mfa: null });
    const limited = cookieOf(login);
    expect(limited).toMatch(/^__Host-act_session=/);

    // Only the enrolment (and who am I, the status, logging out) is open.
    expect((await api.gql(ME, {}, limited)).data!.me).toEqual({ id: t.leader.id, mfaEnrolmentRequired: true });
    expect((await api.gql(STATUS, {}, limited)).data!.mfaStatus).toEqual({ enrolled: false, required: true, recoveryCodesLeft: 0 });
    const refused = await api.gql(CITIZEN, { id: t.citizen.id }, limited);
    expect(codes(refused)).toEqual(['MFA_ENROLMENT_REQUIRED']);
    expect(refused.data?.citizen ?? null).toBeNull();
    expect(refused.errors![0].message).toMatch(/totrinsbekræftelse/);
    expect(codes(await api.gql(TEAMS, {}, limited))).toEqual(['MFA_ENROLMENT_REQUIRED']);
    expect(codes(await api.gql(REGENERATE, { input: { code: '123456' } }, limited))).toEqual(['MFA_ENROLMENT_REQUIRED']);
    expect(codes(await api.gql(DISABLE, { input: { code: '123456' } }, limited))).toEqual(['MFA_ENROLMENT_REQUIRED']);
    const owner = await ownerDataSource();
    const reads: unknown[] = await owner.query(`SELECT 1 FROM access_log WHERE actor_user_id = $1 AND (citizen_id IS NOT NULL OR citizen_ids IS NOT NULL)`, [t.leader.id]);
    expect(reads).toHaveLength(0);

    const { secret } = (await api.gql(START, {}, limited)).data!.startMfaEnrolment;
    const wrong = await api.gql(CONFIRM, { input: { code: '000000' } }, limited);
    expect(codes(wrong)).toEqual(['INVALID_CREDENTIALS']);
    const done = await api.gql(CONFIRM, { input: { code: await codeAt(secret) } }, limited);
    expect(done.errors).toBeUndefined();
    expect(done.data!.confirmMfaEnrolment.viewer).toEqual({ id: t.leader.id, mfaEnrolmentRequired: false });
    expect(done.data!.confirmMfaEnrolment.recoveryCodes).toHaveLength(10);
    const full = cookieOf(done);
    expect(full).toMatch(/^__Host-act_session=/);
    expect(full).not.toBe(limited);
    // The limited session's token is spent; the new one has full access.
    expect((await api.gql(ME, {}, limited)).data!.me).toBeNull();
    expect((await api.gql(TEAMS, {}, full)).errors).toBeUndefined();
    const read = await api.gql(CITIZEN, { id: t.citizen.id }, full);
    expect(read.errors).toBeUndefined();
    expect(read.data!.citizen.id).toBe(t.citizen.id);
    // The session from before the policy is now back to full access too (the factor exists).
    expect((await api.gql(TEAMS, {}, before)).errors).toBeUndefined();
    // From now on the password step leads to the code step.
    const next = await api.gql(LOGIN, { input: { email: t.leader.email, password: t.password } });
    expect(next.data!.login.viewer).toBeNull();
    const ok = await api.gql(VERIFY, { input: { challenge: next.data!.login.mfa.token, code: await codeAt(secret, 1) } });
    expect(ok.data!.verifyLoginCode.viewer).toEqual({ id: t.leader.id, mfaEnrolmentRequired: false });
  });

  it('does not require it of a member under "admins and team leaders", who may also turn an own factor off (logged); a leader may not', async () => {
    await freshStep();
    const t = await createTestTenant();
    await requireOfLeaders(t);
    const login = await api.gql(LOGIN, { input: { email: t.member.email, password: t.password } });
    expect(login.data!.login.viewer).toEqual({ id: t.member.id, mfaEnrolmentRequired: false });
    const member = cookieOf(login);
    expect((await api.gql(STATUS, {}, member)).data!.mfaStatus).toEqual({ enrolled: false, required: false, recoveryCodesLeft: 0 });
    expect((await api.gql(CITIZEN, { id: t.citizen.id }, member)).errors).toBeUndefined();

    // Voluntary: set up, then off with a recovery code.
    const { recoveryCodes } = await enrol(member);
    expect(codes(await api.gql(DISABLE, { input: { code: 'AAAA-BBBB-CCCC-DDDD' } }, member))).toEqual(['INVALID_CREDENTIALS']);
    const off = await api.gql(DISABLE, { input: { code: recoveryCodes[0] } }, member);
    expect(off.errors).toBeUndefined();
    expect(off.data!.disableMfa).toEqual({ enrolled: false, required: false, recoveryCodesLeft: 0 });
    expect((await mfaLogRows(t.tenantId)).filter((r) => r.operation === 'mfa.disable')).toEqual([
      { operation: 'mfa.disable', criterion: t.member.id, purpose: 'access-security', actor_user_id: t.member.id, citizen_id: null },
    ]);
    expect((await api.gql(LOGIN, { input: { email: t.member.email, password: t.password } })).data!.login.viewer).not.toBeNull();

    // The leader is required: no turning it off.
    const { secret, cookie: leaderLogin } = await enrol(await api.login(t.leader.email, t.password));
    const kept = await api.gql(DISABLE, { input: { code: await codeAt(secret) } }, leaderLogin);
    expect(codes(kept)).toEqual(['BAD_USER_INPUT']);
    expect((await api.gql(STATUS, {}, leaderLogin)).data!.mfaStatus.enrolled).toBe(true);
  });

  it("lets an admin reset a user's factor (a lost phone): the user's sessions end, the reset is logged, and the next login must enrol again", async () => {
    await freshStep();
    const t = await createTestTenant();
    const { adminCookie } = await requireOfLeaders(t);
    const leaderLimited = cookieOf(await api.gql(LOGIN, { input: { email: t.leader.email, password: t.password } }));
    const { secret } = (await api.gql(START, {}, leaderLimited)).data!.startMfaEnrolment;
    const leaderFull = cookieOf(await api.gql(CONFIRM, { input: { code: await codeAt(secret, -1) } }, leaderLimited));
    expect((await api.gql(TEAMS, {}, leaderFull)).errors).toBeUndefined();

    // Only an admin resets.
    expect(codes(await api.gql(RESET, { input: { userId: t.member.id } }, leaderFull))).toEqual(['FORBIDDEN']);

    const reset = await api.gql(RESET, { input: { userId: t.leader.id } }, adminCookie);
    expect(reset.errors).toBeUndefined();
    expect(reset.data!.resetUserMfa).toEqual({ enrolled: false, required: true, recoveryCodesLeft: 0 });
    expect((await mfaLogRows(t.tenantId)).filter((r) => r.operation === 'mfa.reset')).toEqual([
      { operation: 'mfa.reset', criterion: t.leader.id, purpose: 'access-security', actor_user_id: t.admin.id, citizen_id: null },
    ]);
    expect((await api.gql(ME, {}, leaderFull)).data!.me).toBeNull(); // ended
    expect((await api.gql(ME, {}, adminCookie)).data!.me).not.toBeNull(); // the admin's own stays

    const again = await api.gql(LOGIN, { input: { email: t.leader.email, password: t.password } });
    expect(again.data!.login).toEqual({ viewer: { id: t.leader.id, mfaEnrolmentRequired: true }, mfa: null });
    expect(codes(await api.gql(TEAMS, {}, cookieOf(again)))).toEqual(['MFA_ENROLMENT_REQUIRED']);
  });

  it("refuses another tenant's admin: no reset of a user out of their tenant, and each tenant's policy is its own", async () => {
    await freshStep();
    const a = await createTestTenant();
    const b = await createTestTenant();
    const leaderA = await api.login(a.leader.email, a.password);
    await enrol(leaderA);
    const { adminCookie: adminB } = await requireOfLeaders(b);

    const reset = await api.gql(RESET, { input: { userId: a.leader.id } }, adminB);
    expect(codes(reset)).toEqual(['NOT_FOUND']);
    expect((await api.gql(STATUS, {}, leaderA)).data!.mfaStatus).toEqual({ enrolled: true, required: false, recoveryCodesLeft: 10 });
    expect((await api.gql(ME, {}, leaderA)).data!.me).not.toBeNull();
    expect(await mfaLogRows(a.tenantId)).toEqual([]);
    // B's policy does not reach A: A's admin is not required, A's settings unchanged.
    const adminA = await api.gql(LOGIN, { input: { email: a.admin.email, password: a.password } });
    expect(adminA.data!.login.viewer).toEqual({ id: a.admin.id, mfaEnrolmentRequired: false });
    expect((await api.gql(SETTINGS, {}, cookieOf(adminA))).data!.tenantSettings.mfaPolicy).toBe('OPTIONAL');
  });

  it('leaves SSO sessions to the IdP: a required user without a factor has full access through SSO', async () => {
    const t = await createTestTenant();
    await requireOfLeaders(t);
    const owner = await ownerDataSource();
    const { session, token } = await createSession(owner, t.tenantId, t.leader.id);
    await owner.query(`UPDATE user_session SET via_sso = true WHERE id = $1`, [session.id]);
    const cookie = `__Host-act_session=${token}`;
    expect((await api.gql(ME, {}, cookie)).data!.me).toEqual({ id: t.leader.id, mfaEnrolmentRequired: false });
    expect((await api.gql(TEAMS, {}, cookie)).errors).toBeUndefined();
    // The same user's password session is held to the policy.
    const { token: local } = await createSession(owner, t.tenantId, t.leader.id);
    expect(codes(await api.gql(TEAMS, {}, `__Host-act_session=${local}`))).toEqual(['MFA_ENROLMENT_REQUIRED']);
  });

  it('covers a member made team leader at once, and everyone under "everyone"', async () => {
    const t = await createTestTenant();
    const { adminCookie } = await requireOfLeaders(t);
    const member = await api.login(t.member.email, t.password);
    const owner = await ownerDataSource();
    await owner.query(`UPDATE team_member SET is_team_leader = true WHERE id = $1`, [t.member.memberId]);
    expect(codes(await api.gql(TEAMS, {}, member))).toEqual(['MFA_ENROLMENT_REQUIRED']);

    expect((await api.gql(SET_POLICY, { input: { policy: 'EVERYONE' } }, adminCookie)).errors).toBeUndefined();
    const steering = await api.gql(LOGIN, { input: { email: t.steeringGroup.email, password: t.password } });
    expect(steering.data!.login.viewer.mfaEnrolmentRequired).toBe(true);
    expect(codes(await api.gql(SET_POLICY, { input: { policy: 'OPTIONAL' } }, cookieOf(steering)))).toEqual(['MFA_ENROLMENT_REQUIRED']);
    expect((await api.gql(SET_POLICY, { input: { policy: 'OPTIONAL' } }, adminCookie)).errors).toBeUndefined();
    expect((await api.gql(ME, {}, cookieOf(steering))).data!.me.mfaEnrolmentRequired).toBe(false);
  });
});
