import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../common/graphql/enums';

@ObjectType({ description: 'A team the viewer belongs to.' })
export class TeamRef {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  isTeamLeader!: boolean;
}

@ObjectType('Viewer', { description: 'The logged-in user.' })
export class ViewerModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: string;

  @Field()
  tenantName!: string;

  @Field(() => [TeamRef])
  teams!: TeamRef[];
}

@ObjectType()
export class LoginPayload {
  @Field(() => ViewerModel)
  viewer!: ViewerModel;
}
