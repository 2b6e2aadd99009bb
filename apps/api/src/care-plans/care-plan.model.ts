import { AgreedHow, CarePlanStatus, GoalStatus, StageOfChange } from '@act/db';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const CarePlanStatusEnum = { DRAFT: CarePlanStatus.Draft, AGREED: CarePlanStatus.Agreed } as const;
export const AgreedHowEnum = { MEETING: AgreedHow.Meeting, HOME_VISIT: AgreedHow.HomeVisit, PHONE: AgreedHow.Phone } as const;
export const GoalStatusEnum = {
  ACTIVE: GoalStatus.Active,
  ACHIEVED: GoalStatus.Achieved,
  PAUSED: GoalStatus.Paused,
  DROPPED: GoalStatus.Dropped,
} as const;
export const StageOfChangeEnum = {
  PRECONTEMPLATION: StageOfChange.Precontemplation,
  CONTEMPLATION: StageOfChange.Contemplation,
  PREPARATION: StageOfChange.Preparation,
  ACTION: StageOfChange.Action,
  MAINTENANCE: StageOfChange.Maintenance,
  RELAPSE: StageOfChange.Relapse,
} as const;
export const FollowUpStateEnum = { NONE: 'none', OVERDUE: 'overdue', DUE_SOON: 'due-soon', PLANNED: 'planned' } as const;
export const ConsentStateEnum = { ACTIVE: 'active', NOT_YET: 'not-yet', EXPIRED: 'expired', WITHDRAWN: 'withdrawn' } as const;
export const PlanChangeKindEnum = {
  CITIZEN_WORDS: 'citizen-words',
  NEXT_FOLLOW_UP: 'next-follow-up',
  GOAL_ADDED: 'goal-added',
  GOAL_REMOVED: 'goal-removed',
  GOAL_WORDS: 'goal-words',
  GOAL_LIFE_AREA: 'goal-life-area',
  GOAL_STATUS: 'goal-status',
  GOAL_STAGE: 'goal-stage',
  STEP_ADDED: 'step-added',
  STEP_REMOVED: 'step-removed',
  DECLINED_ADDED: 'declined-added',
  DECLINED_REMOVED: 'declined-removed',
  DECLINED_WORDS: 'declined-words',
} as const;

registerEnumType(CarePlanStatusEnum, { name: 'CarePlanStatus' });
registerEnumType(AgreedHowEnum, { name: 'AgreedHow', description: 'How the plan was agreed with the citizen.' });
registerEnumType(GoalStatusEnum, { name: 'GoalStatus' });
registerEnumType(StageOfChangeEnum, { name: 'StageOfChange', description: 'For substance-use goals; a relapse restarts at precontemplation.' });
registerEnumType(FollowUpStateEnum, { name: 'FollowUpState' });
registerEnumType(ConsentStateEnum, { name: 'ConsentState' });
registerEnumType(PlanChangeKindEnum, { name: 'PlanChangeKind' });

@ObjectType('LifeArea', { description: "A life area a goal belongs to; data per municipality." })
export class LifeAreaModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'Goals here may record the stage of change (substance use).' })
  tracksStageOfChange!: boolean;
}

@ObjectType('CarePlanStep')
export class CarePlanStepModel {
  @Field(() => ID)
  id!: string;

  responsibleMemberId!: string | null;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn!: string | null;
}

@ObjectType('CarePlanGoal')
export class CarePlanGoalModel {
  @Field(() => ID)
  id!: string;

  lifeAreaId!: string;

  @Field(() => ID, { description: 'The same goal keeps its key in every version; send it back when saving a draft.' })
  goalKey!: string;

  @Field({ description: "The goal in the citizen's own words." })
  citizenWords!: string;

  @Field(() => GoalStatusEnum)
  status!: string;

  @Field(() => StageOfChangeEnum, { nullable: true })
  stageOfChange!: string | null;
}

@ObjectType('DeclinedArea', { description: 'A life area the citizen does not want support with now, in their words.' })
export class DeclinedAreaModel {
  @Field(() => ID)
  id!: string;

  lifeAreaId!: string;

  @Field()
  citizenWords!: string;
}

@ObjectType('CarePlanVersion')
export class CarePlanVersionModel {
  @Field(() => ID)
  id!: string;

  citizenId!: string;
  createdBy!: string | null;
  updatedBy!: string | null;
  agreedBy!: string | null;

  @Field(() => Int)
  number!: number;

  @Field(() => CarePlanStatusEnum)
  status!: string;

  @Field(() => ID, { nullable: true })
  previousVersionId!: string | null;

  @Field(() => String, { nullable: true, description: "What matters to the citizen, in their own words." })
  citizenWords!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  nextFollowUpOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  agreedOn!: string | null;

  @Field(() => AgreedHowEnum, { nullable: true })
  agreedHow!: string | null;

  @Field(() => String, { nullable: true })
  participants!: string | null;

  @Field(() => Int, { description: 'Send it back when saving or agreeing; a stale one is refused (CONFLICT).' })
  revision!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  agreedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('CarePlan', { description: "A citizen's plan: the agreed version in force, a draft if any, and every version." })
export class CarePlanModel {
  citizenId!: string;
  versions!: CarePlanVersionModel[];
}

@ObjectType('PlanChange', { description: 'One difference between two plan versions.' })
export class PlanChangeModel {
  @Field(() => PlanChangeKindEnum)
  kind!: string;

  @Field(() => ID, { nullable: true })
  goalKey!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the life area concerned.' })
  lifeAreaName!: string | null;

  @Field(() => String, { nullable: true, description: 'Words, date, status or stage code before (for a life-area change: its name).' })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType('Consent', { description: "The citizen's informed consent to share with a partner." })
export class ConsentModel {
  @Field(() => ID)
  id!: string;

  citizenId!: string;
  recordedBy!: string | null;

  @Field()
  partner!: string;

  @Field({ description: 'What may be shared and why.' })
  purpose!: string;

  @Field({ description: 'YYYY-MM-DD' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; empty = until withdrawn.' })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  withdrawnOn!: string | null;

  @Field(() => ID, { nullable: true, description: 'The cooperation agreement the sharing rests on, if any.' })
  agreementId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('Relative')
export class RelativeModel {
  @Field(() => ID)
  id!: string;

  citizenId!: string;

  @Field()
  name!: string;

  @Field({ description: "How they are related, in the citizen's words." })
  relation!: string;

  @Field({ description: 'The citizen wants them involved.' })
  wantsInvolved!: boolean;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('CitizenChange', { description: "A recent change to the citizen's data: what, who, when." })
export class CitizenChangeModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The access-log operation, e.g. care-plan.agree.' })
  operation!: string;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;
}
