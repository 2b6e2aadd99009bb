/**
 * The per-address login limit with its real configuration (no override): only failed attempts
 * count, so a whole office behind one address can log in, while one address guessing is stopped.
 * The API trusts its loopback proxy (TRUSTED_PROXIES default), so each test claims its own
 * client address through X-Forwarded-For, as the proxy would send it.
 */
import { closeOwnerDataSource, createTestTenant, type TestTenant } from '@act/db/testing';
import { loadConfig } from '../config';
import { type ApiHarness, startApi } from '../testing/api-harness';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`;

describe('per-address login limit, as configured by default', () => {
  const limit = loadConfig({}).login.perIpPerWindow;
  let api: ApiHarness;
  let t: TestTenant;

  beforeAll(async () => {
    api = await startApi();
    t = await createTestTenant();
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  async function login(address: string, email: string, password: string): Promise<string> {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
    });
    const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return String(body.errors?.[0]?.extensions?.code ?? 'OK');
  }

  it('is the documented default (30 failures per 15 minutes)', () => {
    expect(limit).toBe(30);
  });

  it('lets 60 good logins from one office address through (twice the limit)', async () => {
    const users = [t.admin, t.leader, t.member, t.otherMember, t.steeringGroup];
    const codes: string[] = [];
    for (let i = 0; i < 2 * limit; i++) codes.push(await login('198.51.100.10', users[i % users.length].email, t.password));
    expect(codes).toEqual(Array<string>(2 * limit).fill('OK'));
  }, 120_000);

  it('stops an address after the limit of failures — also for the right password — and not its neighbour', async () => {
    const guesser = '198.51.100.20';
    const codes: string[] = [];
    for (let i = 0; i < limit; i++) codes.push(await login(guesser, `ingen-${i}@test.dk`, 'Forkert-Kodeord-123'));
    expect(codes).toEqual(Array<string>(limit).fill('INVALID_CREDENTIALS'));
    expect(await login(guesser, t.member.email, t.password)).toBe('TOO_MANY_ATTEMPTS');
    expect(await login('198.51.100.21', t.member.email, t.password)).toBe('OK');
  }, 120_000);
});
