import { closeOwnerDataSource, createTestTenant, ownerDataSource, type TestTenant } from '@act/db/testing';
import { generate } from 'otplib';
import { loadConfig } from '../config';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { id } mfa { token } } }`;
const VERIFY = `mutation($input: VerifyLoginCodeInput!) { verifyLoginCode(input: $input) { viewer { id role } mfa { token } } }`;
const START = `mutation { startMfaEnrolment { secret otpauthUri qrCode } }`;
const CONFIRM = `mutation($input: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes viewer { id } } }`;
const STATUS = `{ mfaStatus { enrolled required recoveryCodesLeft } }`;
const ME = `{ me { id } }`;

/** A code of the time step `steps` away from now (the server accepts the previous, current and next). */
const codeAt = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
const cookieOf = (res: GqlResult) => (res.headers.get('set-cookie') ?? '').split(';')[0];
const codes = (res: GqlResult) => (res.errors ?? []).map((e) => e.extensions?.code);

/** Waits out the last seconds of a 30-second step, so a test's codes stay in the steps it means. */
async function freshStep(): Promise<void> {
  const intoStep = (Date.now() / 1000) % 30;
  if (intoStep > 22) await new Promise((r) => setTimeout(r, (30 - intoStep + 0.5) * 1000));
}

describe('multi-factor login (TOTP + recovery codes)', () => {
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

  /** Enrols `email` from a password session; returns the secret and the recovery codes. */
  async function enrol(email: string): Promise<{ secret: string; recoveryCodes: string[]; cookie: string }> {
    const cookie = await api.login(email, t.password);
    const started = await api.gql(START, {}, cookie);
    expect(started.errors).toBeUndefined();
    const { secret } = started.data!.startMfaEnrolment;
    const confirmed = await api.gql(CONFIRM, { input: { code: await codeAt(secret, -1) } }, cookie);
    expect(confirmed.errors).toBeUndefined();
    return { secret, recoveryCodes: confirmed.data!.confirmMfaEnrolment.recoveryCodes, cookie };
  }

  async function passwordStep(email: string): Promise<string> {
    const res = await api.gql(LOGIN, { input: { email, password: t.password } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.viewer).toBeNull();
    return res.data!.login.mfa.token;
  }

  it('enrols with a QR code and a confirming code, and shows ten single-use recovery codes once (kept only as hashes)', async () => {
    await freshStep();
    const cookie = await api.login(t.member.email, t.password);
    expect((await api.gql(STATUS, {}, cookie)).data!.mfaStatus).toEqual({ enrolled: false, required: false, recoveryCodesLeft: 0 });
    const started = (await api.gql(START, {}, cookie)).data!.startMfaEnrolment;
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.otpauthUri).toBe(`otpauth://totp/ACT:${encodeURIComponent(t.member.email)}?secret=${started.secret}&issuer=ACT`);
    expect(Buffer.from(started.qrCode.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toMatch(/^<svg/);

    const wrong = await api.gql(CONFIRM, { input: { code: (Number(await codeAt(started.secret)) + 1).toString().padStart(6, '0').slice(-6) } }, cookie);
    expect(codes(wrong)).toEqual(['INVALID_CREDENTIALS']);
    expect((await api.gql(STATUS, {}, cookie)).data!.mfaStatus.enrolled).toBe(false);

    const confirmed = await api.gql(CONFIRM, { input: { code: await codeAt(started.secret) } }, cookie);
    expect(confirmed.errors).toBeUndefined();
    const recovery: string[] = confirmed.data!.confirmMfaEnrolment.recoveryCodes;
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
    recovery.forEach((c) => expect(c).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/));
    expect(confirmed.data!.confirmMfaEnrolment.viewer).toBeNull(); // already logged in
    expect((await api.gql(STATUS, {}, cookie)).data!.mfaStatus).toEqual({ enrolled: true, required: false, recoveryCodesLeft: 10 });

    const owner = await ownerDataSource();
    const stored: Array<{ code_hash: Buffer }> = await owner.query(`SELECT code_hash FROM mfa_recovery_code WHERE user_id = $1`, [t.member.id]);
    expect(stored).toHaveLength(10);
    const dump = stored.map((r) => r.code_hash.toString('latin1')).join('');
    recovery.forEach((c) => expect(dump).not.toContain(c.replace(/-/g, '')));
  });

  it('logs in in two steps: the password gives a challenge and no session; the code gives the session; a used code is refused', async () => {
    await freshStep();
    const { secret } = await enrol(t.leader.email);
    const login = await api.gql(LOGIN, { input: { email: t.leader.email, password: t.password } });
    expect(login.errors).toBeUndefined();
    expect(login.data!.login).toEqual({ viewer: null, mfa: { token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) } });
    expect(login.headers.get('set-cookie')).toBeNull();
    const challenge = login.data!.login.mfa.token;
    // The challenge is no session.
    expect((await api.gql(ME, {}, `__Host-act_session=${challenge}`)).data!.me).toBeNull();

    const code = await codeAt(secret, 0); // the enrolment used the previous step
    const ok = await api.gql(VERIFY, { input: { challenge, code } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.verifyLoginCode.viewer).toEqual({ id: t.leader.id, role: 'TEAM_LEADER' });
    const cookie = cookieOf(ok);
    expect(cookie).toMatch(/^__Host-act_session=[A-Za-z0-9_-]{43}$/);
    expect((await api.gql(ME, {}, cookie)).data!.me).toEqual({ id: t.leader.id });

    // The challenge is spent; the same code on a new challenge is a replay.
    expect(codes(await api.gql(VERIFY, { input: { challenge, code } }))).toEqual(['UNAUTHENTICATED']);
    const again = await passwordStep(t.leader.email);
    const replay = await api.gql(VERIFY, { input: { challenge: again, code } });
    expect(codes(replay)).toEqual(['INVALID_CREDENTIALS']);
    expect(replay.headers.get('set-cookie')).toBeNull();
    // The next step's code works on the same challenge (one wrong code is allowed).
    const next = await api.gql(VERIFY, { input: { challenge: again, code: await codeAt(secret, 1) } });
    expect(next.errors).toBeUndefined();
  });

  it('logs in with a recovery code, once', async () => {
    const other = await createTestTenant();
    const cookie = await api.login(other.admin.email, other.password);
    const { secret } = (await api.gql(START, {}, cookie)).data!.startMfaEnrolment;
    const recovery: string[] = (await api.gql(CONFIRM, { input: { code: await codeAt(secret) } }, cookie)).data!.confirmMfaEnrolment.recoveryCodes;

    const login = async () => (await api.gql(LOGIN, { input: { email: other.admin.email, password: other.password } })).data!.login.mfa.token;
    const typed = recovery[3].toLowerCase().replace(/-/g, ' '); // as typed from paper
    const ok = await api.gql(VERIFY, { input: { challenge: await login(), code: typed } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.verifyLoginCode.viewer.id).toBe(other.admin.id);
    expect((await api.gql(STATUS, {}, cookieOf(ok))).data!.mfaStatus.recoveryCodesLeft).toBe(9);

    const reused = await api.gql(VERIFY, { input: { challenge: await login(), code: recovery[3] } });
    expect(codes(reused)).toEqual(['INVALID_CREDENTIALS']);
    // Another user's code is no use either.
    expect(codes(await api.gql(VERIFY, { input: { challenge: await login(), code: 'ABCD-EFGH-JKMN-PQRS' } }))).toEqual(['INVALID_CREDENTIALS']);
  });

  it("counts wrong codes in the login limits under the account's own name: a right password does not reset them", async () => {
    await freshStep();
    const other = await createTestTenant();
    const cookie = await api.login(other.member.email, other.password);
    const secret = (await api.gql(START, {}, cookie)).data!.startMfaEnrolment.secret;
    await api.gql(CONFIRM, { input: { code: await codeAt(secret, -1) } }, cookie);
    const { freeFailures } = loadConfig({}).login;
    expect(freeFailures).toBe(5);

    const first = await passwordStep(other.member.email);
    for (let i = 0; i < freeFailures - 1; i++) {
      expect(codes(await api.gql(VERIFY, { input: { challenge: first, code: '000000' } }))).toEqual(['INVALID_CREDENTIALS']);
    }
    // A right password starts a new challenge but forgets none of the code failures: the fifth
    // failure is free, and the account must then wait before the next try — even a right code.
    const second = await passwordStep(other.member.email);
    expect(codes(await api.gql(VERIFY, { input: { challenge: second, code: '000000' } }))).toEqual(['INVALID_CREDENTIALS']);
    const right = await codeAt(secret, 0);
    const waiting = await api.gql(VERIFY, { input: { challenge: second, code: right } });
    expect(codes(waiting)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(waiting.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(waiting.headers.get('set-cookie')).toBeNull();
    // After the wait the right code works (the refused try tested nothing, so the code is unused).
    await new Promise((r) => setTimeout(r, waiting.errors![0].extensions!.retryAfterSeconds * 1000 + 100));
    const ok = await api.gql(VERIFY, { input: { challenge: second, code: right } });
    expect(ok.errors).toBeUndefined();
  });

  it('spends a challenge after five wrong codes', async () => {
    const other = await createTestTenant();
    const cookie = await api.login(other.leader.email, other.password);
    const s = (await api.gql(START, {}, cookie)).data!.startMfaEnrolment.secret;
    await api.gql(CONFIRM, { input: { code: await codeAt(s) } }, cookie);
    const challenge = (await api.gql(LOGIN, { input: { email: other.leader.email, password: other.password } })).data!.login.mfa.token;
    for (let i = 0; i < 5; i++) {
      expect(codes(await api.gql(VERIFY, { input: { challenge, code: '000000' } }))).toEqual(['INVALID_CREDENTIALS']);
    }
    // Spent (checked before the account's wait, which would otherwise answer first).
    expect(codes(await api.gql(VERIFY, { input: { challenge, code: await codeAt(s, 1) } }))).toEqual(['UNAUTHENTICATED']);
  });
});
