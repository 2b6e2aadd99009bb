import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { DisciplineEnum } from '../common/graphql/enums';
import { ConnectionType } from '../common/graphql/connection';

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('TeamMember')
export class TeamMemberModel {
  @Field(() => ID)
  id!: string;

  teamId!: string;
  userId!: string;

  @Field(() => DisciplineEnum)
  discipline!: string;

  @Field(() => Float, { description: 'Employment fraction; 37 hours a week = 1.0.' })
  fte!: number;

  @Field()
  isTeamLeader!: boolean;

  @Field({ description: 'False for members who are never primary contact (capacity 0).' })
  carriesCaseload!: boolean;

  // joinedOn, leftOn, leaveReason: resolved in TeamMembersResolver (some readers build members from raw rows).
  joinedOn?: string;
  leftOn?: string | null;
  leaveReason?: string | null;
}

@ObjectType('TeamMemberSpan', { description: "A stretch of days with one FTE and discipline in a member's staffing history." })
export class TeamMemberSpanModel {
  @Field({ description: 'First day (YYYY-MM-DD).' })
  from!: string;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD), null while open.' })
  to!: string | null;

  @Field(() => Float)
  fte!: number;

  @Field(() => DisciplineEnum)
  discipline!: string;
}

export const TeamConnection = ConnectionType(TeamModel, 'Team');
export const TeamMemberConnection = ConnectionType(TeamMemberModel, 'TeamMember');
