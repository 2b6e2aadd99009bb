import { MfaChallengePurpose, type MfaPolicy, type Role } from '@act/db';
import { randomBytes } from 'node:crypto';
import { hashToken } from '../auth/session.service';
import type { RequestContext } from '../common/request/request-context';
import { MfaErrorCode, MfaException } from './mfa.exception';
import type { MfaChallengeModel, MfaStatusModel } from './mfa.model';
import { policyRequires } from './mfa-policy';

export { policyRequires };

/** A challenge lives this long; the code step after a right password takes well under a minute. */
const CHALLENGE_SECONDS = 5 * 60;

/** Whether the user has a confirmed factor, whether the tenant's policy requires one, codes left. */
export async function mfaStatusOf(ctx: RequestContext, userId: string): Promise<MfaStatusModel> {
  const rows = (await ctx.queryRunner.query(
    `SELECT t.mfa_policy, u.role,
            EXISTS (SELECT 1 FROM team_member m WHERE m.user_id = u.id AND m.is_team_leader AND member_is_current(m.left_on)) AS leads,
            COALESCE(f.confirmed_at IS NOT NULL, false) AS enrolled,
            (SELECT count(*)::int FROM mfa_recovery_code r WHERE r.user_id = u.id AND r.used_at IS NULL) AS codes_left
     FROM app_user u JOIN tenant t ON t.id = u.tenant_id LEFT JOIN mfa_factor f ON f.user_id = u.id
     WHERE u.id = $1`,
    [userId],
  )) as Array<{ mfa_policy: MfaPolicy; role: Role; leads: boolean; enrolled: boolean; codes_left: number }>;
  const row = rows[0];
  if (!row) throw new MfaException(MfaErrorCode.UserNotFound);
  return { enrolled: row.enrolled, required: policyRequires(row.mfa_policy, row.role, row.leads), recoveryCodesLeft: row.codes_left };
}

/**
 * Called by the password step once the password is right (tenant already set): a challenge (the
 * code step) when the user has a factor, else null — log in. A user the policy requires who has
 * no factor yet gets a session that may only enrol (`Viewer.mfaEnrolmentRequired`, ADR 0018).
 * A function, not a provider, so AuthModule need not import MfaModule (which imports AuthModule
 * for the login limits).
 */
export async function secondStep(ctx: RequestContext, tenantId: string, userId: string): Promise<MfaChallengeModel | null> {
  const { enrolled } = await mfaStatusOf(ctx, userId);
  if (!enrolled) return null;
  const token = randomBytes(32).toString('base64url');
  await ctx.queryRunner.query(
    `INSERT INTO mfa_challenge (tenant_id, user_id, token_hash, purpose, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
    [tenantId, userId, hashToken(token), MfaChallengePurpose.Login, CHALLENGE_SECONDS],
  );
  return { token };
}
