import { dummyPasswordHash, verifyPassword } from '@act/db';
import { normaliseEmail } from '@act/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../config';
import type { RequestContext, Viewer } from '../common/request/request-context';
import { setTenant } from '../common/request/request-lifecycle';
import { DATA_SOURCE } from '../database/database.module';
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
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {
    this.throttle = new LoginThrottle(config.login.perIpPerWindow, config.login.windowSeconds * 1000);
  }

  async login(ctx: RequestContext, emailInput: string, password: string): Promise<Viewer> {
    if (!this.throttle.hit(ctx.ip)) throw new AuthException(AuthErrorCode.TooManyAttempts);
    const email = normaliseEmail(emailInput);
    const rows: LoginRow[] = await ctx.queryRunner.query(
      `SELECT user_id, tenant_id, password_hash, disabled, locked_until FROM auth_login_lookup($1)`,
      [email],
    );
    const user = rows[0];
    if (!user) {
      await verifyPassword(await dummyPasswordHash(), password); // same time as a real check
      throw new AuthException(AuthErrorCode.InvalidCredentials);
    }
    if (user.locked_until && new Date(user.locked_until) > new Date()) {
      throw new AuthException(AuthErrorCode.TooManyAttempts);
    }
    const valid = await verifyPassword(user.password_hash, password);
    if (!valid || user.disabled) {
      // Outside the request transaction: a failed login rolls back, the count must stay.
      await this.dataSource.query(`SELECT auth_login_failed($1, $2, $3)`, [
        user.user_id,
        this.config.login.maxAttempts,
        this.config.login.lockSeconds,
      ]);
      throw new AuthException(AuthErrorCode.InvalidCredentials);
    }
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
