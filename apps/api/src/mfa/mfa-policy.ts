import { MfaPolicy, Role } from '@act/db';

/**
 * Does the tenant's policy require a second factor of this user? Admins and team leaders: the
 * role team leader, or the leader of a team. Kept free of imports from auth, which uses it.
 */
export function policyRequires(policy: MfaPolicy, role: Role, leadsATeam: boolean): boolean {
  if (policy === MfaPolicy.Everyone) return true;
  if (policy === MfaPolicy.AdminsAndTeamLeaders) return role === Role.Admin || role === Role.TeamLeader || leadsATeam;
  return false;
}
