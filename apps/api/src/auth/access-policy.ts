import { Citizen, Role } from '@act/db';
import { audit } from '../access-log/audit.buffer';
import type { RequestContext, Viewer } from '../common/request/request-context';
import { AuthErrorCode, AuthException } from './auth.exception';

/**
 * Need-to-know inside a tenant — the one place the features ask who may see or act on a team or
 * a citizen. Team members and leaders reach the citizens of the teams they belong to; the admin
 * and the steering group reach teams but no citizen; a leader acts on the teams they lead.
 * Other tenants are invisible before any of this runs (row-level security).
 */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AuthException(AuthErrorCode.Unauthenticated);
  return viewer;
}

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

/**
 * May the viewer see this citizen (of `teamId`)? A refusal is itself access to record: the row is
 * kept even when the request rolls back (ADR 0004).
 */
export function assertMayReadCitizen(ctx: RequestContext, citizenId: string, teamId: string): void {
  if (!canReadCitizensOfTeam(requireViewer(ctx.viewer), teamId)) {
    audit(ctx, { operation: 'citizen.read.denied', citizenId });
    throw new AuthException(AuthErrorCode.Forbidden);
  }
}

/**
 * The citizen, when the viewer may see them; `notFound` builds the feature's own NOT_FOUND error.
 * `forUpdate` locks the row until the request ends (writers that read, check and write).
 */
export async function readableCitizen(
  ctx: RequestContext,
  citizenId: string,
  notFound: () => Error,
  forUpdate = false,
): Promise<Citizen> {
  requireViewer(ctx.viewer);
  const citizen = await ctx.db.findOne(Citizen, {
    where: { id: citizenId },
    ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!citizen) throw notFound();
  assertMayReadCitizen(ctx, citizen.id, citizen.teamId);
  return citizen;
}

/** Team leaders act on the teams they lead (not on other teams). */
export function leadsTeam(viewer: Viewer, teamId: string): boolean {
  return viewer.role === Role.TeamLeader && viewer.memberships.some((m) => m.teamId === teamId && m.isTeamLeader);
}

/** What only the team's leader does; each has its own refusal, so the user knows who to ask. */
const LEADER_ONLY = {
  caseload: 'Kun teamlederen for dette team kan ændre fordelingen af borgere. Kontakt din teamleder.',
  meetings: 'Kun teamlederen for dette team kan planlægge og afslutte teammøder. Kontakt din teamleder.',
  schedule: 'Kun teamlederen for dette team kan planlægge møder og supervision. Kontakt din teamleder.',
} as const;

export function assertLeadsTeam(viewer: Viewer, teamId: string, task: keyof typeof LEADER_ONLY = 'caseload'): void {
  if (!leadsTeam(viewer, teamId)) throw new AuthException(AuthErrorCode.Forbidden, LEADER_ONLY[task]);
}

/**
 * Meeting series and their occurrences (ADR 0013): a team's are read by its leader and members;
 * steering group meetings (no team) by the steering group. Others see aggregates at most.
 */
export function canReadSchedule(viewer: Viewer, teamId: string | null): boolean {
  return teamId === null ? viewer.role === Role.SteeringGroup : canReadCitizensOfTeam(viewer, teamId);
}

export function assertReadsSchedule(viewer: Viewer, teamId: string | null): void {
  if (!canReadSchedule(viewer, teamId)) throw new AuthException(AuthErrorCode.Forbidden);
}

/**
 * Reading one series or occurrence by id: another team's answers exactly like an id that exists
 * nowhere (`notFound`), so a member cannot tell that it exists; a role that reads no team's
 * schedule at all (steering group, admin) is refused as a role.
 */
export function assertFindsSchedule(viewer: Viewer, teamId: string | null, notFound: () => Error): void {
  if (canReadSchedule(viewer, teamId)) return;
  if (teamId !== null && (viewer.role === Role.TeamLeader || viewer.role === Role.TeamMember)) throw notFound();
  throw new AuthException(AuthErrorCode.Forbidden);
}

/** A team's series are planned by its leader; steering group meetings by the steering group. */
export function assertManagesSchedule(viewer: Viewer, teamId: string | null): void {
  if (teamId === null) {
    if (viewer.role !== Role.SteeringGroup) {
      throw new AuthException(AuthErrorCode.Forbidden, 'Kun styregruppen kan planlægge styregruppemøder.');
    }
    return;
  }
  assertLeadsTeam(viewer, teamId, 'schedule');
}

/** Held/planned figures: the steering group sees every team's; a leader those of the teams they lead. */
export function scheduleAggregateTeams(viewer: Viewer): 'all' | string[] {
  if (viewer.role === Role.SteeringGroup) return 'all';
  return viewer.memberships.filter((m) => leadsTeam(viewer, m.teamId)).map((m) => m.teamId);
}
