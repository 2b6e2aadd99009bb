import { SessionEndReason } from '@act/db';
import { Inject, Injectable } from '@nestjs/common';
import { AUDIT_OPERATIONS } from '../access-log/audit-entry';
import { audit } from '../access-log/audit.buffer';
import { requireViewer } from '../auth/access-policy';
import { SessionService } from '../auth/session.service';
import type { RequestContext } from '../common/request/request-context';
import { API_CONFIG, type ApiConfig } from '../config';
import type { SessionModel } from './session.model';
import { SessionErrorCode, SessionException } from './session.exception';

interface SessionRow {
  id: string;
  browser: string | null;
  os: string | null;
  created_at: Date;
  last_seen_at: Date;
  via_sso: boolean;
}

/**
 * A person's own live sessions, and an admin's "log out everywhere" for a user. Every end is an
 * UPDATE of `user_session` in the request's transaction, recording why and by whom, and an
 * access-log row (purpose access-security; the criterion names the session or the user and how
 * many ended); a session's own cookie stops working with the commit. Row-level security keeps
 * all of it in the tenant.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** The viewer's live sessions, the current one first, then by last use. */
  async mine(ctx: RequestContext): Promise<SessionModel[]> {
    const viewer = requireViewer(ctx.viewer);
    const rows = (await ctx.queryRunner.query(
      `SELECT s.id, s.browser, s.os, s.created_at, s.last_seen_at, s.via_sso FROM user_session s
       WHERE s.user_id = $2 AND ${SessionService.LIVE}
       ORDER BY s.id = $3 DESC, s.last_seen_at DESC, s.created_at DESC`,
      [this.config.session.idleSeconds, viewer.userId, viewer.sessionId],
    )) as SessionRow[];
    return rows.map((r) => ({
      id: r.id,
      browser: r.browser,
      os: r.os,
      startedAt: r.created_at,
      lastUsedAt: r.last_seen_at,
      current: r.id === viewer.sessionId,
      viaSso: r.via_sso,
    }));
  }

  /**
   * Ends one of the viewer's other sessions. Another person's session answers exactly like one
   * that does not exist; one of the viewer's own that has already ended is simply still ended.
   */
  async endOwn(ctx: RequestContext, id: string): Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    if (id === viewer.sessionId) throw new SessionException(SessionErrorCode.IsCurrent, 'id');
    const own = (await ctx.queryRunner.query(`SELECT 1 FROM user_session WHERE id = $1 AND user_id = $2`, [id, viewer.userId])) as unknown[];
    if (!own.length) throw new SessionException(SessionErrorCode.NotFound, 'id');
    const ended = await this.sessions.endSessions(ctx, { userId: viewer.userId, only: id }, SessionEndReason.EndedByUser, viewer.userId);
    audit(ctx, { operation: AUDIT_OPERATIONS.SESSION_END, criterion: `session:${id} ended:${ended.length}` });
    return true;
  }

  /** Ends every session of the viewer but the one of this request; answers how many ended. */
  async endOthers(ctx: RequestContext): Promise<number> {
    const viewer = requireViewer(ctx.viewer);
    const ended = await this.sessions.endSessions(ctx, { userId: viewer.userId, except: viewer.sessionId }, SessionEndReason.EndedByUser, viewer.userId);
    audit(ctx, { operation: AUDIT_OPERATIONS.SESSION_END_OTHERS, criterion: `ended:${ended.length}` });
    return ended.length;
  }

  /** An admin ends every session of a user of the tenant (their own under Mine sessioner). */
  async endUserSessions(ctx: RequestContext, userId: string): Promise<number> {
    const viewer = requireViewer(ctx.viewer);
    if (userId === viewer.userId) throw new SessionException(SessionErrorCode.OwnSessions, 'userId');
    const user = (await ctx.queryRunner.query(`SELECT 1 FROM app_user WHERE id = $1`, [userId])) as unknown[];
    if (!user.length) throw new SessionException(SessionErrorCode.UserNotFound, 'userId');
    const ended = await this.sessions.endSessions(ctx, { userId }, SessionEndReason.EndedByAdmin, viewer.userId);
    audit(ctx, { operation: AUDIT_OPERATIONS.USER_SESSIONS_END, criterion: `user:${userId} ended:${ended.length}` });
    return ended.length;
  }
}
