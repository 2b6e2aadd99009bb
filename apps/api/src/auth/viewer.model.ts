import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../common/graphql/enums';
import { MfaChallengeModel } from '../mfa/mfa.model';

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
  @Field(() => ViewerModel, { nullable: true, description: 'Set when logged in; null while a second step (mfa) remains.' })
  viewer!: ViewerModel | null;

  @Field(() => MfaChallengeModel, { nullable: true, description: 'The second step, when the account uses or must set up a code.' })
  mfa!: MfaChallengeModel | null;
}
