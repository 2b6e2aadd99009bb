import { ReadinessDriver, ReadinessGroup } from '@act/db';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ReadinessDriverEnum = {
  INTERVENTION: ReadinessDriver.Intervention,
  ORGANISATION: ReadinessDriver.Organisation,
  LEADERSHIP: ReadinessDriver.Leadership,
  PEOPLE: ReadinessDriver.People,
  CONTEXT: ReadinessDriver.Context,
} as const;
registerEnumType(ReadinessDriverEnum, { name: 'ReadinessDriver', description: 'The five implementation drivers of the readiness assessment.' });

export const ReadinessGroupEnum = {
  STEERING_GROUP: ReadinessGroup.SteeringGroup,
  TEAM_LEADER: ReadinessGroup.TeamLeader,
  TEAM_MEMBER: ReadinessGroup.TeamMember,
  PARTNER: ReadinessGroup.Partner,
} as const;
registerEnumType(ReadinessGroupEnum, { name: 'ReadinessGroup' });

export const ReadinessRoundStatusEnum = { UPCOMING: 'upcoming', OPEN: 'open', CLOSED: 'closed' } as const;
export type ReadinessRoundStatus = (typeof ReadinessRoundStatusEnum)[keyof typeof ReadinessRoundStatusEnum];
registerEnumType(ReadinessRoundStatusEnum, {
  name: 'ReadinessRoundStatus',
  description: 'UPCOMING: opens later. OPEN: participants can answer. CLOSED: past its closing date or closed early; nothing can change.',
});

@ObjectType('ReadinessStatement', { description: "A statement of the municipality's readiness catalogue." })
export class ReadinessStatementModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReadinessDriverEnum)
  driver!: ReadinessDriver;

  @Field()
  text!: string;

  @Field(() => Int)
  position!: number;

  @Field({ description: 'Started as one of the platform defaults.' })
  isDefault!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Retired: not used in new rounds.' })
  retiredAt!: Date | null;
}

@ObjectType('ReadinessRoundStatement', { description: 'The wording a round was opened with.' })
export class ReadinessRoundStatementModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The catalogue statement it was copied from (used to compare rounds).' })
  statementId!: string | null;

  @Field(() => ReadinessDriverEnum)
  driver!: ReadinessDriver;

  @Field()
  text!: string;

  @Field(() => Int)
  position!: number;
}

@ObjectType('ReadinessGroupCount')
export class ReadinessGroupCountModel {
  @Field(() => ReadinessGroupEnum)
  group!: ReadinessGroup;

  @Field(() => Int)
  invited!: number;
}

@ObjectType('ReadinessRound', { description: 'A readiness assessment round (no individual answers, no names).' })
export class ReadinessRoundModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'First day (Copenhagen date, YYYY-MM-DD).' })
  opensOn!: string;

  @Field({ description: 'Last day to answer (inclusive).' })
  closesOn!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Closed early.' })
  closedAt!: Date | null;

  @Field(() => ReadinessRoundStatusEnum)
  status!: ReadinessRoundStatus;

  @Field(() => Int)
  invited!: number;

  @Field(() => [ReadinessGroupCountModel])
  invitedByGroup!: ReadinessGroupCountModel[];

  @Field(() => Int, { nullable: true, description: 'Participants who submitted; null below the minimum group size.' })
  submitted!: number | null;

  @Field({ description: 'True when fewer than the minimum group size have submitted.' })
  submittedSuppressed!: boolean;

  @Field(() => Int)
  minGroupSize!: number;

  @Field(() => String, { nullable: true })
  strengths!: string | null;

  @Field(() => String, { nullable: true })
  weaknesses!: string | null;

  @Field(() => String, { nullable: true })
  opportunities!: string | null;

  @Field(() => String, { nullable: true })
  threats!: string | null;

  @Field(() => [ReadinessRoundStatementModel])
  statements!: ReadinessRoundStatementModel[];
}

@ObjectType('ReadinessFigures', { description: 'Figures for a set of answers; null + suppressed when from fewer than the minimum group.' })
export class ReadinessFiguresModel {
  @Field(() => Int, { nullable: true })
  answers!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of "ved ikke" answers, 0–1.' })
  dontKnowShare!: number | null;

  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => Float, { nullable: true })
  standardDeviation!: number | null;

  @Field(() => Int, { nullable: true })
  min!: number | null;

  @Field(() => Int, { nullable: true })
  max!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType('ReadinessDriverResult')
export class ReadinessDriverResultModel {
  @Field(() => ReadinessDriverEnum)
  driver!: ReadinessDriver;

  @Field(() => ReadinessFiguresModel)
  figures!: ReadinessFiguresModel;
}

@ObjectType('ReadinessStatementResult')
export class ReadinessStatementResultModel {
  @Field(() => ID)
  roundStatementId!: string;

  @Field(() => ReadinessDriverEnum)
  driver!: ReadinessDriver;

  @Field()
  text!: string;

  @Field(() => ReadinessFiguresModel)
  figures!: ReadinessFiguresModel;

  @Field(() => [String], { description: 'The comments, without who wrote them, in alphabetical order.' })
  comments!: string[];
}

@ObjectType('ReadinessGroupResult', { description: 'Driver figures of one group of participants.' })
export class ReadinessGroupResultModel {
  @Field(() => ReadinessGroupEnum)
  group!: ReadinessGroup;

  @Field(() => Int)
  submitted!: number;

  @Field(() => [ReadinessDriverResultModel])
  drivers!: ReadinessDriverResultModel[];
}

@ObjectType('ReadinessResults', {
  description: 'Results of a round: only once it is closed and at least the minimum group size submitted.',
})
export class ReadinessResultsModel {
  @Field(() => ID)
  roundId!: string;

  @Field({ description: 'False while the round is open: results show when it has closed.' })
  available!: boolean;

  @Field({ description: 'True when fewer than the minimum group size submitted: nothing is shown.' })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true })
  submitted!: number | null;

  @Field(() => Int)
  minGroupSize!: number;

  @Field(() => [ReadinessDriverResultModel])
  drivers!: ReadinessDriverResultModel[];

  @Field(() => [ReadinessStatementResultModel])
  statements!: ReadinessStatementResultModel[];

  @Field({ description: 'True when the figures per group are withheld: one group that answered is smaller than the minimum (or only one group answered).' })
  groupsSuppressed!: boolean;

  @Field(() => [ReadinessGroupResultModel], { description: 'Per group, all or none (see groupsSuppressed).' })
  groups!: ReadinessGroupResultModel[];
}

@ObjectType('ReadinessComparisonRound')
export class ReadinessComparisonRoundModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  closesOn!: string;

  @Field({ description: 'No figures: still open, or fewer than the minimum group size submitted.' })
  suppressed!: boolean;
}

@ObjectType('ReadinessComparisonLine', { description: 'Means in the order of the rounds (null: no figure).' })
export class ReadinessComparisonLineModel {
  @Field(() => ReadinessDriverEnum)
  driver!: ReadinessDriver;

  @Field(() => ID, { nullable: true, description: 'The catalogue statement (null on a driver line).' })
  statementId!: string | null;

  @Field({ description: 'The driver, or the newest wording of the statement.' })
  text!: string;

  @Field(() => [Float], { nullable: 'items' })
  means!: Array<number | null>;
}

@ObjectType('ReadinessComparison', { description: 'Rounds side by side: drivers always; statements matched by their catalogue statement.' })
export class ReadinessComparisonModel {
  @Field(() => [ReadinessComparisonRoundModel])
  rounds!: ReadinessComparisonRoundModel[];

  @Field(() => [ReadinessComparisonLineModel])
  drivers!: ReadinessComparisonLineModel[];

  @Field(() => [ReadinessComparisonLineModel])
  statements!: ReadinessComparisonLineModel[];
}

@ObjectType('ReadinessCandidatePerson', { description: 'Someone outside the teams who can be invited (steering group, management, partners).' })
export class ReadinessCandidatePersonModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field(() => ReadinessGroupEnum, { description: 'The group they answer as unless chosen as a partner.' })
  group!: ReadinessGroup;
}

@ObjectType('ReadinessCandidateTeam', { description: 'A team whose leader and members can be invited as a whole (no names).' })
export class ReadinessCandidateTeamModel {
  @Field(() => ID)
  teamId!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  members!: number;
}

@ObjectType('ReadinessCandidates')
export class ReadinessCandidatesModel {
  @Field(() => [ReadinessCandidatePersonModel])
  people!: ReadinessCandidatePersonModel[];

  @Field(() => [ReadinessCandidateTeamModel])
  teams!: ReadinessCandidateTeamModel[];

  @Field(() => Int)
  minGroupSize!: number;
}

@ObjectType('MyReadinessAnswer', { description: "The caller's own answer to one statement (score null: not answered or \"ved ikke\")." })
export class MyReadinessAnswerModel {
  @Field(() => ID)
  roundStatementId!: string;

  @Field(() => ReadinessDriverEnum)
  driver!: ReadinessDriver;

  @Field()
  text!: string;

  @Field(() => Int, { nullable: true })
  score!: number | null;

  @Field()
  dontKnow!: boolean;

  @Field(() => String, { nullable: true })
  comment!: string | null;
}

@ObjectType('MyReadinessRound', { description: 'A round the caller is invited to, with only their own answers.' })
export class MyReadinessRoundModel {
  @Field(() => ID)
  roundId!: string;

  @Field()
  title!: string;

  @Field()
  opensOn!: string;

  @Field()
  closesOn!: string;

  @Field(() => ReadinessRoundStatusEnum)
  status!: ReadinessRoundStatus;

  @Field(() => ReadinessGroupEnum)
  group!: ReadinessGroup;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Int)
  statementCount!: number;

  @Field(() => Int, { description: 'Statements the caller has answered (a score or "ved ikke").' })
  answered!: number;

  @Field(() => [MyReadinessAnswerModel])
  answers!: MyReadinessAnswerModel[];
}
