import { Role } from '@act/db';
import type { Viewer } from '../common/request/request-context';
import { AuthErrorCode, AuthException } from './auth.exception';

/**
 * Need-to-know inside a tenant. Team members and leaders reach the citizens of the teams they
 * belong to; the admin and the steering group reach teams but no citizen.
 */
export function viewerTeamIds(viewer: Viewer): string[] {
  return viewer.memberships.map((m) => m.teamId);
}

export function canSeeAllTeams(viewer: Viewer): boolean {
  return viewer.role === Role.Admin || viewer.role === Role.SteeringGroup;
}

export function canReadTeam(viewer: Viewer, teamId: string): boolean {
  return canSeeAllTeams(viewer) || viewerTeamIds(viewer).includes(teamId);
}

export function canReadCitizensOfTeam(viewer: Viewer, teamId: string): boolean {
  return (
    (viewer.role === Role.TeamLeader || viewer.role === Role.TeamMember) && viewerTeamIds(viewer).includes(teamId)
  );
}

export function assertCitizensOfTeam(viewer: Viewer, teamId: string): void {
  if (!canReadCitizensOfTeam(viewer, teamId)) throw new AuthException(AuthErrorCode.Forbidden);
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AuthException(AuthErrorCode.Unauthenticated);
  return viewer;
}

/** Team leaders manage the caseload of the teams they lead (not of other teams). */
export function leadsTeam(viewer: Viewer, teamId: string): boolean {
  return viewer.role === Role.TeamLeader && viewer.memberships.some((m) => m.teamId === teamId && m.isTeamLeader);
}

export function assertLeadsTeam(viewer: Viewer, teamId: string): void {
  if (!leadsTeam(viewer, teamId)) {
    throw new AuthException(
      AuthErrorCode.Forbidden,
      'Kun teamlederen for dette team kan ændre fordelingen af borgere. Kontakt din teamleder.',
    );
  }
}
