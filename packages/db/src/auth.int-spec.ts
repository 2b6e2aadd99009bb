/**
 * Login and session lookup run before a tenant is known, through narrow SECURITY DEFINER
 * functions. Checked as the application role with no tenant set.
 */
import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { verifyPassword } from './password-hash';
import {
  type TestTenant,
  closeOwnerDataSource,
  createSession,
  createTestTenant,
  createUser,
  ownerDataSource,
  sessionTokenHash,
} from './testing/factories';
import { appClient, ownerClient } from './testing/pg';

let app: Client;
let owner: Client;
let a: TestTenant;

const IDLE_SECONDS = 3600;
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

beforeAll(async () => {
  app = await appClient();
  owner = await ownerClient();
  a = await createTestTenant();
});

afterAll(async () => {
  await Promise.all([app?.end(), owner?.end()]);
  await closeOwnerDataSource();
});

const lookupSession = async (token: string, idle = IDLE_SECONDS) =>
  (await app.query('SELECT * FROM auth_session_lookup($1, $2)', [sessionTokenHash(token), idle])).rows;

describe('auth_login_lookup', () => {
  it('finds a user by e-mail without a tenant set', async () => {
    const { rows } = await app.query('SELECT * FROM auth_login_lookup($1)', [a.leader.email]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ user_id: a.leader.id, tenant_id: a.tenantId, disabled: false, locked_until: null });
    expect(await verifyPassword(rows[0].password_hash, a.password)).toBe(true);
    expect(await verifyPassword(rows[0].password_hash, 'forkert-adgangskode')).toBe(false);
    // …while the table itself stays closed without a tenant.
    const direct = await app.query('SELECT count(*)::int AS n FROM app_user WHERE email = $1', [a.leader.email]);
    expect(direct.rows[0].n).toBe(0);
  });

  it('returns nothing for an unknown e-mail', async () => {
    const { rows } = await app.query('SELECT * FROM auth_login_lookup($1)', [`ukendt-${randomBytes(4).toString('hex')}@test.dk`]);
    expect(rows).toEqual([]);
  });

  it('reports a disabled account', async () => {
    const ds = await ownerDataSource();
    const user = await createUser(ds, a.tenantId, { disabledAt: new Date() });
    const { rows } = await app.query('SELECT disabled FROM auth_login_lookup($1)', [user.email]);
    expect(rows).toEqual([{ disabled: true }]);
  });

  it('auth_login_failed locks after the maximum attempts; auth_login_succeeded resets', async () => {
    const ds = await ownerDataSource();
    const user = await createUser(ds, a.tenantId);
    for (let i = 0; i < 2; i++) await app.query('SELECT auth_login_failed($1, 3, 600)', [user.id]);
    let state = (await owner.query('SELECT failed_login_count, locked_until FROM app_user WHERE id = $1', [user.id])).rows[0];
    expect(state).toEqual({ failed_login_count: 2, locked_until: null });
    await app.query('SELECT auth_login_failed($1, 3, 600)', [user.id]);
    const { rows } = await app.query('SELECT locked_until FROM auth_login_lookup($1)', [user.email]);
    expect(rows[0].locked_until.getTime()).toBeGreaterThan(Date.now() + 500_000);
    await app.query('SELECT auth_login_succeeded($1)', [user.id]);
    state = (await owner.query('SELECT failed_login_count, locked_until FROM app_user WHERE id = $1', [user.id])).rows[0];
    expect(state).toEqual({ failed_login_count: 0, locked_until: null });
  });
});

describe('auth_session_lookup', () => {
  it('finds a live session without a tenant set and touches last_seen_at', async () => {
    const ds = await ownerDataSource();
    const { session, token } = await createSession(ds, a.tenantId, a.member.id, { lastSeenAt: minutesAgo(10) });
    expect(await lookupSession(token)).toEqual([{ session_id: session.id, tenant_id: a.tenantId, user_id: a.member.id }]);
    const { rows } = await owner.query('SELECT last_seen_at FROM user_session WHERE id = $1', [session.id]);
    expect(rows[0].last_seen_at.getTime()).toBeGreaterThan(minutesAgo(1).getTime());
  });

  it('ignores an unknown token', async () => {
    expect(await lookupSession(randomBytes(32).toString('base64url'))).toEqual([]);
  });

  it('respects ended_at', async () => {
    const { token } = await createSession(await ownerDataSource(), a.tenantId, a.member.id, { endedAt: minutesAgo(1) });
    expect(await lookupSession(token)).toEqual([]);
  });

  it('respects expires_at (absolute timeout)', async () => {
    const { token } = await createSession(await ownerDataSource(), a.tenantId, a.member.id, {
      lastSeenAt: minutesAgo(1),
      expiresAt: minutesAgo(0.5),
    });
    expect(await lookupSession(token)).toEqual([]);
  });

  it('respects the idle timeout, and does not revive an idle session', async () => {
    const { token } = await createSession(await ownerDataSource(), a.tenantId, a.member.id, { lastSeenAt: minutesAgo(61) });
    expect(await lookupSession(token, IDLE_SECONDS)).toEqual([]);
    expect(await lookupSession(token, IDLE_SECONDS)).toEqual([]);
    // A longer idle limit accepts the same session (the limit is the caller's).
    expect(await lookupSession(token, 2 * IDLE_SECONDS)).toHaveLength(1);
  });

  it('refuses sessions of a disabled user', async () => {
    const ds = await ownerDataSource();
    const user = await createUser(ds, a.tenantId);
    const { token } = await createSession(ds, a.tenantId, user.id);
    expect(await lookupSession(token)).toHaveLength(1);
    await owner.query('UPDATE app_user SET disabled_at = now() WHERE id = $1', [user.id]);
    expect(await lookupSession(token)).toEqual([]);
  });
});
