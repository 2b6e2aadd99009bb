import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const TransitionStageEnum = {
  WAITING: 'waiting',
  ADMITTED: 'admitted',
  DISCHARGED: 'discharged',
  RETURNED: 'returned',
  WITHDRAWN: 'withdrawn',
} as const;

registerEnumType(TransitionStageEnum, {
  name: 'TransitionStage',
  description: 'WAITING: referred, not yet admitted. WITHDRAWN: the referral did not lead to an admission.',
});

@ObjectType('RegionalTreatmentCourse', {
  description: "A citizen's course to and from regional dual-diagnosis treatment. Read and written by the citizen's team only.",
})
export class RegionalTreatmentCourseModel {
  @Field(() => ID)
  id!: string;

  citizenId!: string;
  recordedBy!: string;

  @Field({ description: 'The receiving unit.' })
  unit!: string;

  @Field({ description: 'YYYY-MM-DD' })
  referredOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  admittedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dischargedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, back with the team.' })
  returnedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the referral was withdrawn (never admitted).' })
  withdrawnOn!: string | null;

  @Field(() => Int, { description: 'Send it back with an update; a newer version in between is a conflict.' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}
