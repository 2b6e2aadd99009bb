export enum Role {
  Admin = 'admin',
  TeamLeader = 'team_leader',
  TeamMember = 'team_member',
  SteeringGroup = 'steering_group',
}

export enum CitizenStatus {
  Referred = 'referred',
  Active = 'active',
  Paused = 'paused',
  Ended = 'ended',
}

/** Why a membership ended (staff turnover counts every kind). */
export enum MemberLeaveReason {
  Resigned = 'resigned',
  MovedTeam = 'moved_team',
  Retired = 'retired',
  Other = 'other',
}

export enum Discipline {
  Psychiatry = 'psychiatry',
  Nursing = 'nursing',
  SubstanceAbuse = 'substance_abuse',
  SocialPedagogy = 'social_pedagogy',
  Employment = 'employment',
  Casework = 'casework',
  Peer = 'peer',
  Other = 'other',
}

export enum CarePlanStatus {
  Draft = 'draft',
  Agreed = 'agreed',
}

export enum AgreedHow {
  Meeting = 'meeting',
  HomeVisit = 'home_visit',
  Phone = 'phone',
}

export enum GoalStatus {
  Active = 'active',
  Achieved = 'achieved',
  Paused = 'paused',
  Dropped = 'dropped',
}

export enum StageOfChange {
  Precontemplation = 'precontemplation',
  Contemplation = 'contemplation',
  Preparation = 'preparation',
  Action = 'action',
  Maintenance = 'maintenance',
  Relapse = 'relapse',
}
