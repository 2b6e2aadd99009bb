import { Citizen } from '@act/db';
import { audit } from '../access-log/audit.buffer';
import { canReadCitizensOfTeam, requireViewer } from '../auth/access-policy';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import type { RequestContext } from '../common/request/request-context';
import { CarePlanErrorCode, CarePlanException } from './care-plan.exception';

const CITIZEN_NOT_FOUND = 'Borgeren findes ikke. Tjek, at du har valgt den rigtige borger.';

/**
 * The citizen, if the viewer's team has them (need-to-know); a refused attempt is logged.
 * Another tenant's citizen is invisible (RLS) and answers NOT_FOUND.
 */
export async function citizenInScope(ctx: RequestContext, citizenId: string): Promise<Citizen> {
  const viewer = requireViewer(ctx.viewer);
  const citizen = await ctx.db.findOne(Citizen, { where: { id: citizenId } });
  if (!citizen) throw new CarePlanException(CarePlanErrorCode.NotFound, CITIZEN_NOT_FOUND, 'citizenId');
  assertCitizenInScope(ctx, citizen.id, citizen.teamId);
  return citizen;
}

export function assertCitizenInScope(ctx: RequestContext, citizenId: string, teamId: string): void {
  const viewer = requireViewer(ctx.viewer);
  if (!canReadCitizensOfTeam(viewer, teamId)) {
    // Kept even when the mutation rolls back: a refused attempt is itself access to record (ADR 0004).
    audit(ctx, { operation: 'citizen.read.denied', citizenId, keepOnFailure: true });
    throw new AuthException(AuthErrorCode.Forbidden);
  }
}

/** The Copenhagen calendar day, YYYY-MM-DD. */
export { toCopenhagenIsoDate as isoDay } from '@act/domain';
