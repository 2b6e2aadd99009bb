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
