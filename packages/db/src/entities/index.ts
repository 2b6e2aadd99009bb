import { AccessLogEntry } from './access-log-entry.entity';
import { AppUser } from './app-user.entity';
import { Citizen } from './citizen.entity';
import { Team } from './team.entity';
import { TeamMember } from './team-member.entity';
import { Tenant } from './tenant.entity';
import { UserSession } from './user-session.entity';

export * from './enums';
export { AccessLogEntry, AppUser, Citizen, Team, TeamMember, Tenant, UserSession };

export const entities = [Tenant, AppUser, Team, TeamMember, Citizen, AccessLogEntry, UserSession];
