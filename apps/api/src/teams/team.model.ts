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
}

export const TeamConnection = ConnectionType(TeamModel, 'Team');
export const TeamMemberConnection = ConnectionType(TeamMemberModel, 'TeamMember');
