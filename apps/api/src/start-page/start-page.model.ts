import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AttentionCitizen', { description: 'A citizen on a start-page list: name, and days waiting or not seen.' })
export class AttentionCitizenModel {
  @Field(() => ID)
  citizenId!: string;

  @Field()
  citizenName!: string;

  @Field(() => Int, { nullable: true, description: 'Days waiting, or days since last seen face to face (null: never seen).' })
  days!: number | null;
}

@ObjectType('CarePlanFollowUpDue', { description: 'An agreed plan whose follow-up is overdue or due within 14 days.' })
export class CarePlanFollowUpDueModel {
  @Field(() => ID)
  citizenId!: string;

  @Field()
  citizenName!: string;

  @Field(() => ID)
  versionId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dueOn!: string;

  @Field()
  overdue!: boolean;
}

@ObjectType('AttentionMember', { description: 'A member at or over the number of citizens they may have.' })
export class AttentionMemberModel {
  @Field(() => ID)
  memberId!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  load!: number;

  @Field(() => Int, { description: 'Capacity including exceptions in force.' })
  allowed!: number;

  @Field()
  overCapacity!: boolean;
}

@ObjectType('AttentionException', { description: 'A caseload exception that ends within 14 days.' })
export class AttentionExceptionModel {
  @Field(() => ID)
  memberId!: string;

  @Field()
  memberName!: string;

  @Field(() => Int)
  extra!: number;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  validUntil!: string;
}

@ObjectType('AttentionMeeting', { description: 'The next meeting of a kind: when and where.' })
export class AttentionMeetingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field()
  place!: string;
}

@ObjectType('TeamAttention', { description: 'What needs a team leader’s attention in one team they lead.' })
export class TeamAttentionModel {
  @Field(() => ID)
  teamId!: string;

  @Field()
  teamName!: string;

  @Field(() => Int, { description: 'Citizens waiting for a primary contact.' })
  waitingCount!: number;

  @Field(() => [AttentionCitizenModel], { description: 'The longest waiting (at most 5); days = days waiting.' })
  waiting!: AttentionCitizenModel[];

  @Field(() => [AttentionMemberModel])
  membersAtCapacity!: AttentionMemberModel[];

  @Field(() => [AttentionExceptionModel])
  expiringExceptions!: AttentionExceptionModel[];

  @Field(() => Int)
  notSeenThresholdDays!: number;

  @Field(() => Int)
  notSeenCount!: number;

  @Field(() => [AttentionCitizenModel], { description: 'The longest not seen (at most 5); days = days since seen.' })
  notSeen!: AttentionCitizenModel[];

  @Field(() => AttentionMeetingModel, { nullable: true, description: 'The next team meeting not yet closed.' })
  nextTeamMeeting!: AttentionMeetingModel | null;

  @Field(() => AttentionMeetingModel, { nullable: true, description: 'The next planned supervision (the team’s or one member’s).' })
  nextSupervision!: AttentionMeetingModel | null;
}

@ObjectType('StartPage', { description: 'What needs the viewer’s attention today.' })
export class StartPageModel {
  @Field({ description: 'Today, YYYY-MM-DD (Copenhagen).' })
  today!: string;

  @Field(() => [CarePlanFollowUpDueModel], { description: 'Plans of the viewer’s own citizens (primary contact) to follow up.' })
  carePlanFollowUps!: CarePlanFollowUpDueModel[];

  @Field(() => [TeamAttentionModel], { description: 'One entry per team the viewer leads.' })
  ledTeams!: TeamAttentionModel[];

  @Field(() => AttentionMeetingModel, { nullable: true, description: 'The steering group’s next planned meeting (for the steering group only).' })
  nextSteeringMeeting!: AttentionMeetingModel | null;
}
