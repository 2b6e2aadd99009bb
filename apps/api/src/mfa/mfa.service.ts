import { MfaChallengePurpose, SessionEndReason } from '@act/db';
import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verify } from 'otplib';
import { toString as qrSvg } from 'qrcode';
import { AUDIT_OPERATIONS } from '../access-log/audit-entry';
import { audit } from '../access-log/audit.buffer';
import { requireViewer } from '../auth/access-policy';
import { LoginLimits, type LoginLimitKeys } from '../auth/login-throttle';
import { hashToken, SessionService } from '../auth/session.service';
import type { RequestContext, Viewer } from '../common/request/request-context';
import { setTenant } from '../common/request/request-lifecycle';
import { mfaStatusOf } from './mfa-challenge';
import { asTotpCode, hashRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from './mfa-codes';
import { MfaErrorCode, MfaException } from './mfa.exception';
import type { MfaEnrolmentModel, MfaStatusModel } from './mfa.model';

/** Wrong codes one challenge allows before the password must be given again. */
const CHALLENGE_MAX_FAILURES = 5;
/** ±1 time step of 30 s for clock drift between phone and server. */
const EPOCH_TOLERANCE = 30;
const ISSUER = 'ACT';

interface Challenge {
  id: string;
  tenantId: string;
  userId: string;
  purpose: MfaChallengePurpose;
}

/**
 * TOTP second factor for password logins (ADR 0018): the pending challenge between password and
 * code, enrolment with a confirming code, recovery codes, and the code step that starts the
 * session. Secrets and codes never leave this service except to their owner at enrolment.
 */
@Injectable()
export class MfaService {
  constructor(
    private readonly sessions: SessionService,
    private readonly limits: LoginLimits,
  ) {}

  /** The code step: a TOTP or recovery code against a login challenge; starts the session. */
  async verifyLoginCode(ctx: RequestContext, token: string, code: string): Promise<Viewer> {
    const challenge = await this.findChallenge(ctx, token);
    await this.limits.check(this.limitKeys(ctx, challenge.userId));
    const totp = asTotpCode(code);
    const ok = totp
      ? await this.acceptTotp(ctx, challenge.userId, totp, 'secret')
      : await this.useRecoveryCode(ctx, challenge.userId, code);
    if (!ok) await this.refuseCode(ctx, challenge);
    return this.completeLogin(ctx, challenge);
  }

  /** A new secret to scan for the logged-in viewer (also a session that may only enrol). */
  async startEnrolment(ctx: RequestContext): Promise<MfaEnrolmentModel> {
    const { tenantId, userId } = this.own(ctx);
    if ((await mfaStatusOf(ctx, userId)).enrolled) throw new MfaException(MfaErrorCode.AlreadyEnrolled);
    const secret = generateSecret();
    await ctx.queryRunner.query(
      `INSERT INTO mfa_factor (tenant_id, user_id, pending_secret) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET pending_secret = EXCLUDED.pending_secret`,
      [tenantId, userId, secret],
    );
    const rows = (await ctx.queryRunner.query(`SELECT email FROM app_user WHERE id = $1`, [userId])) as Array<{ email: string }>;
    const otpauthUri = generateURI({ issuer: ISSUER, label: rows[0].email, secret });
    const svg = await qrSvg(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, otpauthUri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  }

  /**
   * Confirms the pending secret with a code from the app and hands out ten new recovery codes
   * (shown this once). A session that could only enrol is replaced by a new, full one (a new
   * cookie: the rights changed, so the token does too); its viewer is returned.
   */
  async confirmEnrolment(ctx: RequestContext, code: string): Promise<{ recoveryCodes: string[]; viewer: Viewer | null }> {
    const viewer = requireViewer(ctx.viewer);
    const { tenantId, userId } = viewer;
    if ((await mfaStatusOf(ctx, userId)).enrolled) throw new MfaException(MfaErrorCode.AlreadyEnrolled);
    await this.limits.check(this.limitKeys(ctx, userId));
    const pending = (await ctx.queryRunner.query(`SELECT pending_secret FROM mfa_factor WHERE user_id = $1`, [userId])) as Array<{
      pending_secret: string | null;
    }>;
    if (!pending[0]?.pending_secret) throw new MfaException(MfaErrorCode.NoEnrolment);
    if (!(await this.acceptTotp(ctx, userId, asTotpCode(code) ?? '', 'pending_secret'))) {
      throw new MfaException(MfaErrorCode.WrongCode, 'code');
    }
    await this.limits.recordSuccess(this.limitKeys(ctx, userId));
    await ctx.queryRunner.query(
      `UPDATE mfa_factor SET secret = pending_secret, pending_secret = NULL, confirmed_at = now() WHERE user_id = $1`,
      [userId],
    );
    const recoveryCodes = await this.replaceRecoveryCodes(ctx, tenantId, userId);
    if (!viewer.mfaEnrolmentRequired) return { recoveryCodes, viewer: null };
    await this.sessions.end(ctx, { clearCookie: false });
    const sessionId = await this.sessions.start(ctx, tenantId, userId);
    const full = await this.sessions.loadViewer(ctx, userId, sessionId);
    if (!full) throw new MfaException(MfaErrorCode.UserNotFound);
    ctx.viewer = full;
    return { recoveryCodes, viewer: full };
  }

  /**
   * Turns the viewer's own second factor off, with a current code or a recovery code, when the
   * tenant's policy does not require it. Logged (the way in became weaker).
   */
  async disable(ctx: RequestContext, code: string): Promise<MfaStatusModel> {
    const { userId } = this.own(ctx);
    const status = await mfaStatusOf(ctx, userId);
    if (!status.enrolled) throw new MfaException(MfaErrorCode.NoEnrolment);
    if (status.required) throw new MfaException(MfaErrorCode.RequiredByPolicy);
    await this.limits.check(this.limitKeys(ctx, userId));
    const totp = asTotpCode(code);
    const ok = totp ? await this.acceptTotp(ctx, userId, totp, 'secret') : await this.useRecoveryCode(ctx, userId, code);
    if (!ok) throw new MfaException(MfaErrorCode.WrongCode, 'code');
    await this.limits.recordSuccess(this.limitKeys(ctx, userId));
    await this.removeFactor(ctx, userId);
    audit(ctx, { operation: AUDIT_OPERATIONS.MFA_DISABLE, criterion: userId });
    return mfaStatusOf(ctx, userId);
  }

  /**
   * An admin removes a user's authenticator and recovery codes (a lost phone) and ends the user's
   * sessions (the lost phone may hold one; the admin's own current session stays). Where the
   * policy requires a factor, the next password login may only enrol. Logged.
   */
  async resetUser(ctx: RequestContext, userId: string): Promise<MfaStatusModel> {
    const viewer = requireViewer(ctx.viewer);
    await mfaStatusOf(ctx, userId); // NOT_FOUND for a user of another tenant (row security) or none
    await this.removeFactor(ctx, userId);
    await this.sessions.endSessions(ctx, { userId, except: viewer.sessionId }, SessionEndReason.EndedByAdmin, viewer.userId);
    audit(ctx, { operation: AUDIT_OPERATIONS.MFA_RESET, criterion: userId });
    return mfaStatusOf(ctx, userId);
  }

  /** Ten new recovery codes for the viewer (the old ones stop working); needs a current code. */
  async regenerateRecoveryCodes(ctx: RequestContext, code: string): Promise<string[]> {
    const { tenantId, userId } = this.own(ctx);
    if (!(await mfaStatusOf(ctx, userId)).enrolled) throw new MfaException(MfaErrorCode.NoEnrolment);
    if (!(await this.acceptTotp(ctx, userId, asTotpCode(code) ?? '', 'secret'))) throw new MfaException(MfaErrorCode.WrongCode, 'code');
    return this.replaceRecoveryCodes(ctx, tenantId, userId);
  }

  async status(ctx: RequestContext): Promise<MfaStatusModel> {
    return mfaStatusOf(ctx, this.own(ctx).userId);
  }

  /** The factor, its recovery codes and any open code step go; the user starts from scratch. */
  private async removeFactor(ctx: RequestContext, userId: string): Promise<void> {
    await ctx.queryRunner.query(`DELETE FROM mfa_recovery_code WHERE user_id = $1`, [userId]);
    await ctx.queryRunner.query(`DELETE FROM mfa_factor WHERE user_id = $1`, [userId]);
    await ctx.queryRunner.query(`UPDATE mfa_challenge SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  private own(ctx: RequestContext): { tenantId: string; userId: string } {
    const viewer = requireViewer(ctx.viewer);
    return { tenantId: viewer.tenantId, userId: viewer.userId };
  }

  /** A live login challenge, its tenant set for the rest of the request; else "log in again". */
  private async findChallenge(ctx: RequestContext, token: string): Promise<Challenge> {
    const rows = (await ctx.queryRunner.query(
      `SELECT challenge_id, tenant_id, user_id, purpose FROM auth_mfa_challenge_lookup($1)`,
      [hashToken(token)],
    )) as Array<{ challenge_id: string; tenant_id: string; user_id: string; purpose: MfaChallengePurpose }>;
    const row = rows[0];
    if (!row || row.purpose !== MfaChallengePurpose.Login) throw new MfaException(MfaErrorCode.ChallengeExpired);
    await setTenant(ctx, row.tenant_id);
    // Lock the challenge: two parallel code steps of one challenge run one after the other.
    const live = (await ctx.queryRunner.query(
      `SELECT id FROM mfa_challenge WHERE id = $1 AND used_at IS NULL AND expires_at > now() FOR UPDATE`,
      [row.challenge_id],
    )) as unknown[];
    if (!live.length) throw new MfaException(MfaErrorCode.ChallengeExpired);
    return { id: row.challenge_id, tenantId: row.tenant_id, userId: row.user_id, purpose: row.purpose };
  }

  /**
   * The code step has the login limits of a password (ADR 0016): per address, and per account
   * under its own name (`mfa:<user>`), which only a right code resets — so a stolen password
   * does not open unlimited guessing of codes. Counted as failed until `completeLogin`.
   */
  private limitKeys(ctx: RequestContext, userId: string): LoginLimitKeys {
    return { address: ctx.ip, account: `mfa:${userId}` };
  }

  /** A wrong code: counted on the challenge (spent at the limit) and kept although the request fails. */
  private async refuseCode(ctx: RequestContext, challenge: Challenge): Promise<never> {
    ctx.commitOnError = true;
    await ctx.queryRunner.query(
      `UPDATE mfa_challenge SET failed_attempts = failed_attempts + 1,
         used_at = CASE WHEN failed_attempts + 1 >= $2 THEN now() ELSE used_at END
       WHERE id = $1`,
      [challenge.id, CHALLENGE_MAX_FAILURES],
    );
    throw new MfaException(MfaErrorCode.WrongCode, 'code');
  }

  /**
   * Verifies a TOTP code against the user's (pending) secret. A code is accepted once: its time
   * step must be later than the last accepted one, and is stored in the same locked row.
   */
  private async acceptTotp(ctx: RequestContext, userId: string, code: string, which: 'secret' | 'pending_secret'): Promise<boolean> {
    if (!code) return false;
    const rows = (await ctx.queryRunner.query(
      `SELECT ${which} AS secret, last_used_step FROM mfa_factor WHERE user_id = $1 FOR UPDATE`,
      [userId],
    )) as Array<{ secret: string | null; last_used_step: string | null }>;
    const factor = rows[0];
    if (!factor?.secret) return false;
    const result = await verify({
      secret: factor.secret,
      token: code,
      epochTolerance: EPOCH_TOLERANCE,
      ...(factor.last_used_step ? { afterTimeStep: Number(factor.last_used_step) } : {}),
    });
    if (!result.valid || !('timeStep' in result)) return false;
    await ctx.queryRunner.query(`UPDATE mfa_factor SET last_used_step = $2 WHERE user_id = $1`, [userId, result.timeStep]);
    return true;
  }

  /** Marks an unused recovery code used; false when it is unknown or spent. */
  private async useRecoveryCode(ctx: RequestContext, userId: string, code: string): Promise<boolean> {
    const rows = (await ctx.queryRunner.query(
      `WITH used AS (UPDATE mfa_recovery_code SET used_at = now()
         WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id) SELECT id FROM used`,
      [userId, hashRecoveryCode(userId, code)],
    )) as unknown[];
    return rows.length === 1;
  }

  private async replaceRecoveryCodes(ctx: RequestContext, tenantId: string, userId: string): Promise<string[]> {
    await ctx.queryRunner.query(`DELETE FROM mfa_recovery_code WHERE user_id = $1`, [userId]);
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await ctx.queryRunner.query(
      `INSERT INTO mfa_recovery_code (tenant_id, user_id, code_hash) SELECT $1, $2, unnest($3::bytea[])`,
      [tenantId, userId, codes.map((c) => hashRecoveryCode(userId, c))],
    );
    return codes;
  }

  /** Spends the challenge, clears the account's attempts and starts the session. */
  private async completeLogin(ctx: RequestContext, challenge: Challenge): Promise<Viewer> {
    await ctx.queryRunner.query(`UPDATE mfa_challenge SET used_at = now() WHERE id = $1`, [challenge.id]);
    await this.limits.recordSuccess(this.limitKeys(ctx, challenge.userId));
    if (ctx.viewer) await this.sessions.end(ctx, { clearCookie: false });
    const sessionId = await this.sessions.start(ctx, challenge.tenantId, challenge.userId);
    const viewer = await this.sessions.loadViewer(ctx, challenge.userId, sessionId);
    if (!viewer) throw new MfaException(MfaErrorCode.ChallengeExpired);
    ctx.viewer = viewer;
    return viewer;
  }
}
