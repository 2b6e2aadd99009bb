import { normaliseEmail } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import { SessionService } from '../auth/session.service';
import type { RequestContext } from '../common/request/request-context';
import { setTenant } from '../common/request/request-lifecycle';
import { OidcClients, ssoFailure, type TenantSsoSettings } from './oidc-clients';
import { SsoErrorCode, SsoException } from './sso.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SCOPE = 'openid email profile';
const hashState = (state: string): Buffer => createHash('sha256').update(state).digest();

/** The redirect URI the IdP must have registered for us: one per installation. */
export const callbackUrl = (baseUrl: string): string => `${baseUrl}/auth/sso/callback`;

/**
 * Authorization code flow with PKCE, state and nonce (ADR 0017). The attempt (state hash,
 * nonce, code verifier) is kept server-side for 10 minutes and taken once by the callback; the
 * state also sits in a cookie of the browser that started, so a callback from another browser
 * (login CSRF) or a replayed one is refused. Users are matched by the IdP's `sub`, linked on
 * first login by a verified e-mail of an account the admin created; nobody is created here.
 */
@Injectable()
export class SsoLoginService {
  constructor(
    private readonly clients: OidcClients,
    private readonly sessions: SessionService,
  ) {}

  /** The IdP's authorization URL for the tenant, and the state to keep in the browser's cookie. */
  async start(ctx: RequestContext, tenantId: string, baseUrl: string): Promise<{ url: string; state: string }> {
    if (!UUID.test(tenantId)) throw new SsoException(SsoErrorCode.NotConfigured);
    await setTenant(ctx, tenantId);
    const settings = await loadSettings(ctx, tenantId);
    if (!settings?.enabled) throw new SsoException(SsoErrorCode.NotConfigured);
    const config = await this.clients.get(settings);
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const verifier = oidc.randomPKCECodeVerifier();
    await ctx.queryRunner.query(
      `INSERT INTO sso_login_attempt (state_hash, tenant_id, code_verifier, nonce) VALUES ($1, $2, $3, $4)`,
      [hashState(state), tenantId, verifier, nonce],
    );
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: callbackUrl(baseUrl),
      scope: SCOPE,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /**
   * Checks the IdP's answer and starts a platform session. `browserState` is the state cookie of
   * this browser. The attempt is taken first: even a refused callback uses it up.
   */
  async callback(ctx: RequestContext, currentUrl: URL, browserState: string | undefined): Promise<void> {
    const state = currentUrl.searchParams.get('state');
    if (!state || !browserState) throw new SsoException(SsoErrorCode.Expired);
    const attempts = (await ctx.queryRunner.query(`SELECT tenant_id, code_verifier, nonce FROM sso_attempt_take($1)`, [
      hashState(state),
    ])) as Array<{ tenant_id: string; code_verifier: string; nonce: string }>;
    const attempt = attempts[0];
    if (!attempt) throw new SsoException(SsoErrorCode.Expired);
    if (state !== browserState) throw new SsoException(SsoErrorCode.Failed);
    await setTenant(ctx, attempt.tenant_id);
    const settings = await loadSettings(ctx, attempt.tenant_id);
    if (!settings?.enabled) throw new SsoException(SsoErrorCode.NotConfigured);
    const config = await this.clients.get(settings);
    let claims: { sub: string; email?: unknown; email_verified?: unknown };
    try {
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: attempt.code_verifier,
        expectedState: state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims()!;
      // Many IdPs put the e-mail in the ID token; others only answer it at the userinfo endpoint.
      if (claims.email === undefined) claims = { ...claims, ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)) };
    } catch (error) {
      throw ssoFailure(error);
    }
    const userId = await this.findOrLink(ctx, claims);
    if (ctx.viewer) await this.sessions.end(ctx); // a new login replaces the old session
    const sessionId = await this.sessions.start(ctx, attempt.tenant_id, userId);
    await ctx.queryRunner.query(`UPDATE user_session SET via_sso = true WHERE id = $1`, [sessionId]);
  }

  /** By `sub`; else, once, by a verified e-mail of an account not yet linked to another subject. */
  private async findOrLink(ctx: RequestContext, claims: { sub: string; email?: unknown; email_verified?: unknown }): Promise<string> {
    const bySubject = (await ctx.queryRunner.query(`SELECT id, disabled_at FROM app_user WHERE sso_subject = $1`, [
      claims.sub,
    ])) as Array<{ id: string; disabled_at: Date | null }>;
    if (bySubject[0]) {
      if (bySubject[0].disabled_at) throw new SsoException(SsoErrorCode.UnknownUser);
      return bySubject[0].id;
    }
    if (claims.email_verified !== true || typeof claims.email !== 'string') throw new SsoException(SsoErrorCode.UnknownUser);
    const linked = (await ctx.queryRunner.query(
      `WITH linked AS (UPDATE app_user SET sso_subject = $2
         WHERE email = $1 AND sso_subject IS NULL AND disabled_at IS NULL RETURNING id) SELECT id FROM linked`,
      [normaliseEmail(claims.email), claims.sub],
    )) as Array<{ id: string }>;
    if (!linked[0]) throw new SsoException(SsoErrorCode.UnknownUser);
    return linked[0].id;
  }

  /**
   * Ends the platform session; answers where to send the browser next: the IdP's end-session
   * endpoint when the session came from SSO and the IdP offers one, else the login page.
   */
  async logout(ctx: RequestContext, baseUrl: string): Promise<string> {
    const loginPage = `${baseUrl}/login`;
    const viewer = ctx.viewer;
    let viaSso = false;
    if (viewer) {
      const rows = (await ctx.queryRunner.query(`SELECT via_sso FROM user_session WHERE id = $1`, [viewer.sessionId])) as Array<{
        via_sso: boolean;
      }>;
      viaSso = rows[0]?.via_sso ?? false;
    }
    await this.sessions.end(ctx);
    ctx.viewer = null;
    if (!viewer || !viaSso) return loginPage;
    const settings = await loadSettings(ctx, viewer.tenantId);
    if (!settings?.enabled) return loginPage;
    try {
      const config = await this.clients.get(settings);
      if (!config.serverMetadata().end_session_endpoint) return loginPage;
      return oidc.buildEndSessionUrl(config, { client_id: settings.clientId, post_logout_redirect_uri: loginPage }).href;
    } catch {
      return loginPage; // the platform session is ended either way
    }
  }
}

interface SettingsRow {
  tenant_id: string;
  enabled: boolean;
  issuer: string;
  client_id: string;
  client_secret_env: string | null;
  sso_required: boolean;
  break_glass_user_id: string | null;
}

export async function loadSettings(ctx: RequestContext, tenantId: string): Promise<TenantSsoSettings | null> {
  const rows = (await ctx.queryRunner.query(
    `SELECT tenant_id, enabled, issuer, client_id, client_secret_env, sso_required, break_glass_user_id
     FROM tenant_sso WHERE tenant_id = $1`,
    [tenantId],
  )) as SettingsRow[];
  const r = rows[0];
  if (!r) return null;
  return {
    tenantId: r.tenant_id,
    enabled: r.enabled,
    issuer: r.issuer,
    clientId: r.client_id,
    clientSecretEnv: r.client_secret_env,
    ssoRequired: r.sso_required,
    breakGlassUserId: r.break_glass_user_id,
  };
}
