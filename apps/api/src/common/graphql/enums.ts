import { CitizenStatus, Discipline, Role } from '@act/db';
import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enum names (SCREAMING_CASE) mapped to the stored values. */
export const RoleEnum = {
  ADMIN: Role.Admin,
  TEAM_LEADER: Role.TeamLeader,
  TEAM_MEMBER: Role.TeamMember,
  STEERING_GROUP: Role.SteeringGroup,
} as const;

export const CitizenStatusEnum = {
  REFERRED: CitizenStatus.Referred,
  ACTIVE: CitizenStatus.Active,
  PAUSED: CitizenStatus.Paused,
  ENDED: CitizenStatus.Ended,
} as const;

export const DisciplineEnum = {
  PSYCHIATRY: Discipline.Psychiatry,
  NURSING: Discipline.Nursing,
  SUBSTANCE_ABUSE: Discipline.SubstanceAbuse,
  SOCIAL_PEDAGOGY: Discipline.SocialPedagogy,
  EMPLOYMENT: Discipline.Employment,
  CASEWORK: Discipline.Casework,
  PEER: Discipline.Peer,
  OTHER: Discipline.Other,
} as const;

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(CitizenStatusEnum, { name: 'CitizenStatus' });
registerEnumType(DisciplineEnum, { name: 'Discipline' });

/** Why a team membership ended (ADR 0025); staff turnover counts every kind. */
export const MemberLeaveReasonEnum = {
  RESIGNED: 'resigned',
  MOVED_TEAM: 'moved_team',
  RETIRED: 'retired',
  OTHER: 'other',
} as const;
registerEnumType(MemberLeaveReasonEnum, { name: 'MemberLeaveReason', description: 'Why a team membership ended: resigned, moved to another team, retired, other.' });

/** Why a citizen's course ended (ADR 0021): the fidelity model's retention leaves out moves and deaths. */
export const CourseEndKindEnum = {
  MOVED_AWAY: 'moved_away',
  DIED: 'died',
  TRANSFERRED: 'transferred',
  COMPLETED: 'completed',
  OTHER: 'other',
} as const;
registerEnumType(CourseEndKindEnum, { name: 'CourseEndKind', description: "Why a citizen's course ended (the fidelity model's retention leaves out moves and deaths)." });
