import { dummyPasswordHash, verifyPassword } from '@act/db';
import { normaliseEmail } from '@act/domain';
import { Injectable } from '@nestjs/common';
import type { RequestContext, Viewer } from '../common/request/request-context';
import { setTenant } from '../common/request/request-lifecycle';
import { AuthErrorCode, AuthException } from './auth.exception';
import { LoginLimits } from './login-throttle';
import { SessionService } from './session.service';
import { secondStep } from '../mfa/mfa-challenge';
import type { MfaChallengeModel } from '../mfa/mfa.model';

interface LoginRow {
  user_id: string;
  tenant_id: string;
  password_hash: string;
  disabled: boolean;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly sessions: SessionService,
    private readonly limits: LoginLimits,
  ) {}

  /** The viewer, or the second step when the account uses (or the tenant requires) a code. */
  async login(ctx: RequestContext, emailInput: string, password: string): Promise<Viewer | { mfa: MfaChallengeModel }> {
    const email = normaliseEmail(emailInput);
    // Keyed by the e-mail as typed (normalised), so an unknown address is limited exactly like a
    // real one and the limits say nothing about who has an account.
    const keys = { address: ctx.ip, account: `login:${email}` };
    await this.limits.check(keys); // counts this attempt as failed until recordSuccess
    const rows = (await ctx.queryRunner.query(
      `SELECT user_id, tenant_id, password_hash, disabled FROM auth_login_lookup($1)`,
      [email],
    )) as LoginRow[];
    const user = rows[0];
    if (!user) {
      await verifyPassword(await dummyPasswordHash(), password); // same time as a real check
      throw new AuthException(AuthErrorCode.InvalidCredentials);
    }
    const valid = await verifyPassword(user.password_hash, password);
    if (!valid || user.disabled) throw new AuthException(AuthErrorCode.InvalidCredentials);
    // A tenant that requires single sign-on lets only its break-glass admin use a password
    // (said only after the right password, so it tells a guesser nothing).
    const allowed = (await ctx.queryRunner.query(`SELECT auth_password_login_allowed($1) AS ok`, [user.user_id])) as Array<{ ok: boolean }>;
    if (!allowed[0].ok) throw new AuthException(AuthErrorCode.SsoRequired);
    await this.limits.recordSuccess(keys);
    await setTenant(ctx, user.tenant_id);
    // The code step has limits of its own (`mfa:<user>`), which the right password does not reset.
    const mfa = await secondStep(ctx, user.tenant_id, user.user_id);
    if (mfa) return { mfa };
    if (ctx.viewer) await this.sessions.end(ctx); // a new login replaces the old session
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
