import { dummyPasswordHash, verifyPassword } from '@act/db';
import { normaliseEmail } from '@act/domain';
import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../config';
import type { RequestContext, Viewer } from '../common/request/request-context';
import { setTenant } from '../common/request/request-lifecycle';
import { AuthErrorCode, AuthException } from './auth.exception';
import { LoginThrottle } from './login-throttle';
import { SessionService } from './session.service';

interface LoginRow {
  user_id: string;
  tenant_id: string;
  password_hash: string;
  disabled: boolean;
  locked_until: Date | null;
}

@Injectable()
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly sessions: SessionService,
  ) {
    this.throttle = new LoginThrottle(config.login.perIpPerWindow, config.login.windowSeconds * 1000);
  }

  async login(ctx: RequestContext, emailInput: string, password: string): Promise<Viewer> {
    if (this.throttle.isBlocked(ctx.ip)) throw new AuthException(AuthErrorCode.TooManyAttempts);
    const email = normaliseEmail(emailInput);
    const rows = (await ctx.queryRunner.query(
      `SELECT user_id, tenant_id, password_hash, disabled, locked_until FROM auth_login_lookup($1)`,
      [email],
    )) as LoginRow[];
    const user = rows[0];
    if (!user) {
      await verifyPassword(await dummyPasswordHash(), password); // same time as a real check
      this.throttle.recordFailure(ctx.ip);
      throw new AuthException(AuthErrorCode.InvalidCredentials);
    }
    // Reserve the attempt first, atomically (the row stays locked until this request ends), so
    // concurrent guesses cannot get past the limit. Uses the request's own connection.
    const reserved = (await ctx.queryRunner.query(
      `SELECT auth_login_attempt($1, $2, $3)`,
      [user.user_id, this.config.login.maxAttempts, this.config.login.lockSeconds],
    )) as Array<{ auth_login_attempt: boolean | null }>;
    if (!reserved[0]?.auth_login_attempt) {
      await verifyPassword(await dummyPasswordHash(), password); // same time as a real check
      this.throttle.recordFailure(ctx.ip);
      throw new AuthException(AuthErrorCode.TooManyAttempts);
    }
    const valid = await verifyPassword(user.password_hash, password);
    if (!valid || user.disabled) {
      ctx.commitOnError = true; // keep the counted attempt although the login fails
      this.throttle.recordFailure(ctx.ip);
      throw new AuthException(AuthErrorCode.InvalidCredentials);
    }
    if (ctx.viewer) await this.sessions.end(ctx); // a new login replaces the old session
    await ctx.queryRunner.query(`SELECT auth_login_succeeded($1)`, [user.user_id]);
    await setTenant(ctx, user.tenant_id);
    const sessionId = await this.sessions.start(ctx, user.tenant_id, user.user_id);
    const viewer = await this.sessions.loadViewer(ctx, user.user_id, sessionId);
    if (!viewer) throw new AuthException(AuthErrorCode.InvalidCredentials);
    ctx.viewer = viewer;
    return viewer;
  }

  async logout(ctx: RequestContext): Promise<void> {
    await this.sessions.end(ctx);
    ctx.viewer = null;
  }
}
