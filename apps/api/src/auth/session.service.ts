import { type MfaPolicy, type Role, SessionEndReason } from '@act/db';
import { deviceFromUserAgent } from '@act/domain';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { API_CONFIG, type ApiConfig } from '../config';
import { policyRequires } from '../mfa/mfa-policy';
import type { Membership, RequestContext, Viewer } from '../common/request/request-context';

export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

/** Which of a user's live sessions to end: all, all but one (the caller's own), or one. */
export type SessionSelection = { userId: string; except?: string } | { userId: string; only: string };

interface ViewerRow {
  id: string;
  tenant_id: string;
  name: string;
  email: string;
  role: Role;
  tenant_name: string;
  memberships: Membership[];
  mfa_policy: MfaPolicy;
  mfa_enrolled: boolean;
  via_sso: boolean;
}

function toViewer(u: ViewerRow, sessionId: string): Viewer {
  // SSO sessions: the IdP does the second factor (ADR 0018).
  const leads = u.memberships.some((m) => m.isTeamLeader);
  const mfaEnrolmentRequired = !u.via_sso && !u.mfa_enrolled && policyRequires(u.mfa_policy, u.role, leads);
  return {
    userId: u.id,
    tenantId: u.tenant_id,
    sessionId,
    role: u.role,
    name: u.name,
    email: u.email,
    tenantName: u.tenant_name,
    memberships: u.memberships,
    mfaEnrolmentRequired,
  };
}

/** Server-side sessions: a 256-bit random token in an httpOnly cookie, its hash in PostgreSQL. */
@Injectable()
export class SessionService {
  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  /**
   * Looks the session up (touching it), sets the request's tenant and loads the viewer, in one
   * statement (`auth_session_lookup_viewer`; issue 16: it was two round trips on every request).
   */
  async resolve(ctx: RequestContext, token: string): Promise<Viewer | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const rows = (await ctx.queryRunner.query(
      `SELECT session_id, user_id AS id, tenant_id, name, email, role, tenant_name, memberships, mfa_policy, mfa_enrolled, via_sso
       FROM auth_session_lookup_viewer($1, $2)`,
      [hashToken(token), this.config.session.idleSeconds],
    )) as Array<ViewerRow & { session_id: string }>;
    const row = rows[0];
    return row ? toViewer(row, row.session_id) : null;
  }

  async loadViewer(ctx: RequestContext, userId: string, sessionId: string): Promise<Viewer | null> {
    const rows = (await ctx.queryRunner.query(
      `SELECT u.id, u.tenant_id, u.name, u.email, u.role, t.name AS tenant_name,
              COALESCE((SELECT json_agg(json_build_object('memberId', m.id, 'teamId', m.team_id,
                          'teamName', tm.name, 'isTeamLeader', m.is_team_leader) ORDER BY tm.name)
                        FROM team_member m JOIN team tm ON tm.id = m.team_id
                        WHERE m.user_id = u.id AND member_is_current(m.left_on)), '[]'::json) AS memberships,
              t.mfa_policy,
              EXISTS (SELECT 1 FROM mfa_factor f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL) AS mfa_enrolled,
              COALESCE((SELECT s.via_sso FROM user_session s WHERE s.id = $2), false) AS via_sso
       FROM app_user u JOIN tenant t ON t.id = u.tenant_id
       WHERE u.id = $1 AND u.disabled_at IS NULL`,
      [userId, sessionId],
    )) as ViewerRow[];
    const u = rows[0];
    return u ? toViewer(u, sessionId) : null;
  }

  /**
   * Creates a session inside the (already tenant-scoped) transaction and sets the cookie. The
   * device is kept as the browser's and system's names only; the client's address is not stored
   * (it says little behind a municipal NAT or on a phone, and would be one more personal datum).
   */
  async start(ctx: RequestContext, tenantId: string, userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const device = deviceFromUserAgent(ctx.req.header('user-agent'));
    const rows = (await ctx.queryRunner.query(
      `INSERT INTO user_session (tenant_id, user_id, token_hash, expires_at, browser, os)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4), $5, $6) RETURNING id`,
      [tenantId, userId, hashToken(token), this.config.session.absoluteSeconds, device.browser, device.os],
    )) as Array<{ id: string }>;
    const { cookieName, secureCookie, absoluteSeconds } = this.config.session;
    ctx.res.cookie(cookieName, token, {
      httpOnly: true,
      secure: secureCookie,
      sameSite: 'strict',
      path: '/',
      maxAge: absoluteSeconds * 1000,
    });
    return rows[0].id;
  }

  /** SQL condition of a live session of `user_session s`: not ended, not expired, not idle ($1 = idle seconds). */
  static readonly LIVE = `s.ended_at IS NULL AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $1)`;

  /**
   * Ends live sessions of one user (RLS keeps it inside the request's tenant), recording why and
   * by whom; returns the ids ended. In the request's transaction, so it takes effect with the
   * rest of the change or not at all.
   */
  async endSessions(ctx: RequestContext, which: SessionSelection, reason: SessionEndReason, endedBy: string): Promise<string[]> {
    const params: unknown[] = [this.config.session.idleSeconds, which.userId, reason, endedBy];
    let extra = '';
    if ('only' in which) extra = ` AND s.id = $${params.push(which.only)}`;
    else if (which.except) extra = ` AND s.id <> $${params.push(which.except)}`;
    const rows = (await ctx.queryRunner.query(
      `UPDATE user_session s SET ended_at = now(), end_reason = $3, ended_by_user_id = $4
       WHERE s.user_id = $2 AND ${SessionService.LIVE}${extra} RETURNING s.id`,
      params,
    )) as [Array<{ id: string }>, number];
    return rows[0].map((r) => r.id);
  }

  /** Ends the request's session; `clearCookie: false` when a new session's cookie follows in the same answer. */
  async end(ctx: RequestContext, { clearCookie = true } = {}): Promise<void> {
    if (ctx.viewer) {
      await ctx.queryRunner.query(
        `UPDATE user_session SET ended_at = now(), end_reason = $2, ended_by_user_id = $3 WHERE id = $1 AND ended_at IS NULL`,
        [ctx.viewer.sessionId, SessionEndReason.Logout, ctx.viewer.userId],
      );
    }
    if (!clearCookie) return;
    const { cookieName, secureCookie } = this.config.session;
    ctx.res.clearCookie(cookieName, { httpOnly: true, secure: secureCookie, sameSite: 'strict', path: '/' });
  }
}
