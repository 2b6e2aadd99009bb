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

  @Field({
    description:
      "The tenant requires a second factor of this user, who has none yet: this session may only set one up (MFA_ENROLMENT_REQUIRED elsewhere).",
  })
  mfaEnrolmentRequired!: boolean;
}

@ObjectType()
export class LoginPayload {
  @Field(() => ViewerModel, { nullable: true, description: 'Set when logged in; null while a second step (mfa) remains.' })
  viewer!: ViewerModel | null;

  @Field(() => MfaChallengeModel, { nullable: true, description: 'The code step, when the account uses a second factor.' })
  mfa!: MfaChallengeModel | null;
}
