/**
 * Issue 13, defect 5: the login limits with their real configuration (no override). Only
 * failures count, so a whole office behind one address can log in; one address guessing is
 * stopped; a guessed account is slowed down progressively, never locked; and the counters live in
 * Redis, so two API instances share them. The API trusts its loopback proxy (TRUSTED_PROXIES
 * default), so each test claims client addresses of its own through X-Forwarded-For, as the
 * proxy would send them.
 */
import { closeOwnerDataSource, createTestTenant, type TestTenant } from '@act/db/testing';
import { randomInt } from 'node:crypto';
import { loadConfig } from '../config';
import { type ApiHarness, startApi } from '../testing/api-harness';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`;
const WRONG = 'Forkert-Kodeord-123';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** An address no other test (or earlier run) has used. */
const freshAddress = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;

interface Answer {
  code: string;
  message?: string;
  retryAfterSeconds?: number;
}

async function login(api: ApiHarness, address: string, email: string, password: string): Promise<Answer> {
  const res = await api.gql(LOGIN, { input: { email, password } }, undefined, { 'x-forwarded-for': address });
  const error = res.errors?.[0];
  if (!error) return { code: 'OK' };
  return { code: String(error.extensions?.code), message: error.message, retryAfterSeconds: error.extensions?.retryAfterSeconds };
}
const codes = (answers: Answer[]) => answers.map((a) => a.code);

describe('fair login limits, as configured by default (issue 13, defect 5)', () => {
  const { perAddress, freeFailures, maxDelaySeconds } = loadConfig({}).login;
  let api: ApiHarness;
  let second: ApiHarness;
  let t: TestTenant;

  beforeAll(async () => {
    [api, second, t] = await Promise.all([startApi(), startApi(), createTestTenant()]);
  });
  afterAll(async () => {
    await Promise.all([api?.close(), second?.close()]);
    await closeOwnerDataSource();
  });

  it('has the documented defaults (30 failures per address per 15 minutes; 5 free per account; waits up to 60 s)', () => {
    expect({ perAddress, freeFailures, maxDelaySeconds }).toEqual({ perAddress: 30, freeFailures: 5, maxDelaySeconds: 60 });
  });

  it('never refuses 100 good logins from one office address, even right after 29 failures there', async () => {
    const office = freshAddress();
    const failures: Answer[] = [];
    for (let i = 0; i < perAddress - 1; i++) failures.push(await login(api, office, `ingen-${i}-${randomInt(1e9)}@test.dk`, WRONG));
    expect(codes(failures)).toEqual(Array<string>(perAddress - 1).fill('INVALID_CREDENTIALS'));
    const users = [t.admin, t.leader, t.member, t.otherMember, t.steeringGroup];
    const good: Answer[] = [];
    for (let i = 0; i < 100; i++) good.push(await login(i % 2 ? api : second, office, users[i % users.length].email, t.password));
    expect(codes(good)).toEqual(Array<string>(100).fill('OK'));
    // The successes left the failures as they were: one more failure is allowed, then the address waits.
    expect((await login(api, office, `ingen-sidste-${randomInt(1e9)}@test.dk`, WRONG)).code).toBe('INVALID_CREDENTIALS');
    expect((await login(api, office, t.member.email, t.password)).code).toBe('TOO_MANY_ATTEMPTS');
  }, 180_000);

  it('stops an address after the limit of failures — also for the right password — and not its neighbour', async () => {
    const guesser = freshAddress();
    const answers: Answer[] = [];
    for (let i = 0; i < perAddress; i++) answers.push(await login(api, guesser, `ingen-${i}-${randomInt(1e9)}@test.dk`, WRONG));
    expect(codes(answers)).toEqual(Array<string>(perAddress).fill('INVALID_CREDENTIALS'));
    const refused = await login(api, guesser, t.member.email, t.password);
    expect(refused.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.retryAfterSeconds).toBeGreaterThan(60); // the rest of the 15-minute window
    expect(refused.message).toMatch(/Vent \d+ minutter/);
    expect((await login(api, freshAddress(), t.member.email, t.password)).code).toBe('OK');
  }, 120_000);

  it('shares the per-address counters between two API instances (the limit does not double)', async () => {
    const guesser = freshAddress();
    const answers: Answer[] = [];
    for (let i = 0; i < perAddress; i++) answers.push(await login(i % 2 ? second : api, guesser, `ingen-${i}-${randomInt(1e9)}@test.dk`, WRONG));
    expect(codes(answers)).toEqual(Array<string>(perAddress).fill('INVALID_CREDENTIALS'));
    expect((await login(api, guesser, `ingen-x-${randomInt(1e9)}@test.dk`, WRONG)).code).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(second, guesser, `ingen-y-${randomInt(1e9)}@test.dk`, WRONG)).code).toBe('TOO_MANY_ATTEMPTS');
  }, 120_000);

  it('slows a guessed account down progressively across addresses and instances, and the right password ends it', async () => {
    const victim = await createTestTenant();
    const email = victim.member.email;
    const failures: Answer[] = [];
    // Each guess from another address and alternately through the other instance.
    for (let i = 0; i < freeFailures; i++) failures.push(await login(i % 2 ? second : api, freshAddress(), email, WRONG));
    expect(codes(failures)).toEqual(Array<string>(freeFailures).fill('INVALID_CREDENTIALS'));

    const wait1 = await login(second, freshAddress(), email, victim.password);
    expect(wait1).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 1 });
    expect(wait1.message).toMatch(/^For mange forsøg på at logge ind\. Vent 1 sekund,/);
    await sleep(1100);
    expect((await login(api, freshAddress(), email, WRONG)).code).toBe('INVALID_CREDENTIALS');
    const wait2 = await login(api, freshAddress(), email, victim.password);
    expect(wait2).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 2 });
    await sleep(2100);
    // The owner gets in after seconds, not a quarter of an hour, and the failures are forgotten.
    expect((await login(second, freshAddress(), email, victim.password)).code).toBe('OK');
    const fresh: Answer[] = [];
    for (let i = 0; i < freeFailures; i++) fresh.push(await login(api, freshAddress(), email, WRONG));
    expect(codes(fresh)).toEqual(Array<string>(freeFailures).fill('INVALID_CREDENTIALS'));
  }, 60_000);

  it('limits an unknown e-mail exactly like a real one (the limits tell nobody who has an account)', async () => {
    const unknown = `ingen-${randomInt(1e9)}@test.dk`;
    const answers: Answer[] = [];
    for (let i = 0; i <= freeFailures; i++) answers.push(await login(api, freshAddress(), unknown, WRONG));
    expect(codes(answers)).toEqual([...Array<string>(freeFailures).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS']);
    expect(answers[freeFailures].retryAfterSeconds).toBe(1);
  });
});
