import { checkPasswordPolicy, describePasswordRefusal } from '@act/domain';
import { requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import { UserErrorCode, UserException } from './user.exception';

/**
 * Every place that sets a password calls this first (today: an admin creating a user). Refuses
 * with BAD_USER_INPUT on the field `password`; the Danish message says why, and the reasons and
 * suggestions travel apart in `extensions.passwordReasons` / `passwordSuggestions`.
 */
export async function assertPasswordAllowed(
  ctx: RequestContext,
  password: string,
  person: { name: string; email: string },
): Promise<void> {
  const viewer = requireViewer(ctx.viewer);
  const [tenant]: Array<{ name: string }> = await ctx.db.query(`SELECT name FROM tenant WHERE id = $1`, [viewer.tenantId]);
  const policy = checkPasswordPolicy(password, { ...person, tenantName: tenant?.name });
  if (policy.ok) return;
  const refusal = describePasswordRefusal(policy);
  throw new UserException(UserErrorCode.WeakPassword, refusal.message, 'password', {
    passwordRefusal: policy.reason,
    passwordReasons: refusal.reasons,
    passwordSuggestions: refusal.suggestions,
  });
}
