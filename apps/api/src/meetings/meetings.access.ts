import type { Viewer } from '../common/request/request-context';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import { leadsTeam } from '../auth/access-policy';

/** Rhythm, creating, preparing and closing meetings: the leader of the team only. */
export function assertLeadsMeetingsOf(viewer: Viewer, teamId: string): void {
  if (!leadsTeam(viewer, teamId)) {
    throw new AuthException(AuthErrorCode.Forbidden, 'Kun teamlederen for dette team kan planlægge og afslutte teammøder. Kontakt din teamleder.');
  }
}
