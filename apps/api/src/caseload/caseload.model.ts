import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CitizenModel } from '../citizens/citizen.model';
import { CourseEndKindEnum } from '../common/graphql/enums';
import { TeamMemberModel } from '../teams/team.model';

@ObjectType('CaseloadException', { description: 'A reasoned, time-limited permission to carry more citizens.' })
export class CaseloadExceptionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => Int)
  extra!: number;

  @Field()
  reason!: string;

  @Field({ description: 'YYYY-MM-DD' })
  validFrom!: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  validUntil!: string;

  @Field()
  grantedByName!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('MemberCaseload')
export class MemberCaseloadModel {
  @Field(() => TeamMemberModel)
  member!: TeamMemberModel;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'Citizens for whom the member is primary contact now.' })
  load!: number;

  @Field(() => Int, { description: 'floor(10 × FTE); 0 for members without a caseload.' })
  capacity!: number;

  @Field(() => Int, { description: 'Capacity including exceptions in force.' })
  allowed!: number;

  @Field(() => Float, { nullable: true, description: 'load / capacity; null when capacity is 0.' })
  utilisation!: number | null;

  @Field()
  overCapacity!: boolean;

  @Field(() => CaseloadExceptionModel, { nullable: true })
  exception!: CaseloadExceptionModel | null;

  @Field(() => [CitizenModel], { description: "The member's primary citizens, by name." })
  citizens!: CitizenModel[];
}

@ObjectType('AdmissionCriteria', { description: 'ACT admission criteria recorded at intake.' })
export class AdmissionCriteriaModel {
  @Field()
  isAdult!: boolean;

  @Field()
  hasMentalIllness!: boolean;

  @Field()
  hasSubstanceUse!: boolean;

  @Field()
  notHeldByOrdinaryServices!: boolean;

  @Field()
  wantsSupport!: boolean;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  allMet!: boolean;

  @Field(() => GraphQLISODateTime)
  assessedAt!: Date;
}

@ObjectType('WaitingCitizen', { description: 'A citizen in the intake queue, without a primary contact.' })
export class WaitingCitizenModel {
  @Field(() => CitizenModel)
  citizen!: CitizenModel;

  @Field(() => Int)
  daysWaiting!: number;

  @Field(() => AdmissionCriteriaModel, { nullable: true })
  admission!: AdmissionCriteriaModel | null;
}

@ObjectType('TeamAlert')
export class TeamAlertModel {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field()
  message!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('TeamCaseload')
export class TeamCaseloadModel {
  @Field(() => ID)
  teamId!: string;

  @Field()
  teamName!: string;

  @Field(() => [MemberCaseloadModel])
  members!: MemberCaseloadModel[];

  @Field(() => Int)
  activeCitizens!: number;

  @Field(() => Float, { description: 'Sum of FTE of members who carry a caseload.' })
  primaryFte!: number;

  @Field(() => Float, { nullable: true, description: 'Active citizens per primary-contact FTE; must stay ≤ 10.' })
  ratio!: number | null;

  @Field()
  ratioWithinLimit!: boolean;

  @Field(() => [WaitingCitizenModel], { description: 'Longest waiting first.' })
  waiting!: WaitingCitizenModel[];

  @Field(() => [TeamAlertModel])
  alerts!: TeamAlertModel[];
}

@ObjectType('PrimaryAssignment', { description: 'Who was primary contact, from when to when.' })
export class PrimaryAssignmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  memberId!: string;

  @Field()
  memberName!: string;

  @Field(() => GraphQLISODateTime)
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true })
  assignedByName!: string | null;

  @Field(() => String, { nullable: true })
  endReason!: string | null;

  @Field(() => CourseEndKindEnum, { nullable: true, description: 'Set on the assignment that closed when the course ended: why it ended.' })
  endKind!: string | null;
}

@ObjectType('EndCitizenCoursePayload')
export class EndCitizenCoursePayloadModel {
  @Field(() => CitizenModel)
  citizen!: CitizenModel;

  @Field(() => Int, { description: 'Planned visits after now that were removed.' })
  removedVisits!: number;

  @Field(() => Int, { description: 'Standing (recurring) visits that were stopped.' })
  stoppedSeries!: number;
}

@ObjectType('RebalanceMove')
export class RebalanceMoveModel {
  @Field(() => ID)
  citizenId!: string;

  @Field()
  citizenName!: string;

  @Field(() => ID, { nullable: true })
  fromMemberId!: string | null;

  @Field(() => String, { nullable: true })
  fromMemberName!: string | null;

  @Field(() => ID)
  toMemberId!: string;

  @Field()
  toMemberName!: string;

  @Field({ description: 'over_capacity or waiting' })
  reason!: string;

  @Field({ description: 'existing_relation, discipline_fit or lowest_utilisation' })
  basis!: string;
}

@ObjectType('RebalanceProposal')
export class RebalanceProposalModel {
  @Field(() => [RebalanceMoveModel])
  moves!: RebalanceMoveModel[];

  @Field(() => Int)
  stillWaiting!: number;

  @Field(() => Int, { description: 'Citizens above capacity that no one can take.' })
  stillOver!: number;
}

@ObjectType('TeamCaseloadSummary', { description: 'Aggregates for the steering group: no names.' })
export class TeamCaseloadSummaryModel {
  @Field(() => ID)
  teamId!: string;

  @Field()
  teamName!: string;

  @Field({ description: "True when the team's open courses are fewer than the minimum group size: its citizen figures are withheld (null)." })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Active citizens now; null when withheld.' })
  activeCitizens!: number | null;

  @Field(() => Float)
  primaryFte!: number;

  @Field(() => Float, { nullable: true, description: 'Active citizens per FTE of members who carry a caseload; null without FTE or when withheld.' })
  ratio!: number | null;

  @Field(() => Int, { nullable: true, description: 'Citizens waiting for a primary contact now; null when withheld.' })
  waiting!: number | null;

  @Field(() => Int)
  membersOverCapacity!: number;

  @Field(() => Int)
  exceptionsInForce!: number;
}
