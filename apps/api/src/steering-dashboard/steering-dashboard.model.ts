import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DashboardCount', { description: 'A count, withheld (null, suppressed) when fewer than the minimum group size stand behind it.' })
export class DashboardCountModel {
  @Field(() => Int, { nullable: true })
  value!: number | null;

  @Field({ description: 'True when the group is smaller than the minimum group size: the value is withheld.' })
  suppressed!: boolean;
}

@ObjectType('DashboardFigure', {
  description: 'A ratio, rate or share; null without data, or withheld (suppressed) for a group below the minimum size.',
})
export class DashboardFigureModel {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType('DashboardMeetingFigures', { description: 'Occurrences of one meeting kind that began in the period (before now).' })
export class DashboardMeetingFiguresModel {
  @Field({ description: 'TEAM_MEETING, SUPERVISION, SPARRING or EVALUATION_DAY (lower case).' })
  kind!: string;

  @Field(() => Int, { description: 'Held + not held + not marked: every occurrence that was not cancelled.' })
  planned!: number;

  @Field(() => Int)
  held!: number;

  @Field(() => Int)
  notHeld!: number;

  @Field(() => Int, { description: 'Past occurrences nobody has marked held or not held yet.' })
  notMarked!: number;

  @Field(() => Int)
  cancelled!: number;
}

@ObjectType('DashboardTransitions', { description: 'Courses to and from regional dual-diagnosis treatment, each event on its own date.' })
export class DashboardTransitionsModel {
  @Field(() => DashboardCountModel)
  referrals!: DashboardCountModel;

  @Field(() => DashboardCountModel)
  admissions!: DashboardCountModel;

  @Field(() => DashboardCountModel)
  discharges!: DashboardCountModel;

  @Field(() => DashboardCountModel)
  returns!: DashboardCountModel;

  @Field(() => DashboardCountModel)
  withdrawn!: DashboardCountModel;

  @Field(() => DashboardFigureModel, {
    description: 'Median days from referral to admission, over the admissions in the period; withheld below the minimum number of admissions.',
  })
  medianWaitDays!: DashboardFigureModel;
}

@ObjectType('DashboardTeam', { description: "One team's figures for the period. Aggregates only: no citizen, no member." })
export class DashboardTeamModel {
  @Field(() => ID, { nullable: true, description: 'Null for all teams together.' })
  teamId!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for all teams together.' })
  teamName!: string | null;

  @Field({ description: "True when the team's citizens in the period are fewer than the minimum group size: its citizen figures are withheld." })
  suppressed!: boolean;

  @Field(() => DashboardFigureModel, { description: 'Citizen-days with a primary contact / FTE-days of members who carry a caseload.' })
  caseloadRatio!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, { description: 'Citizen-days with a primary contact / days in the period.' })
  averageCitizens!: DashboardFigureModel;

  @Field(() => Float, { description: 'FTE-days of members who carry a caseload / days in the period.' })
  averagePrimaryFte!: number;

  @Field(() => Int, { description: 'Members whose primary-contact load exceeded floor(10 × FTE) at the end of the period.' })
  membersOverCapacity!: number;

  @Field(() => Int, { description: 'Caseload exceptions in force on at least one day of the period.' })
  exceptionsInForce!: number;

  @Field(() => DashboardCountModel, { description: 'Citizens with a primary contact on at least one day of the period.' })
  citizensActive!: DashboardCountModel;

  @Field(() => DashboardCountModel, { description: 'Citizens waiting for a primary contact at some point in the period.' })
  citizensWaiting!: DashboardCountModel;

  @Field(() => DashboardCountModel, { description: 'Citizens whose first primary contact started in the period.' })
  citizensStarted!: DashboardCountModel;

  @Field(() => DashboardCountModel, { description: 'Citizens whose course ended in the period.' })
  citizensEnded!: DashboardCountModel;

  @Field(() => DashboardFigureModel, { description: 'Face-to-face contacts on days with a primary contact / citizen-weeks.' })
  faceToFacePerCitizenWeek!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, { description: 'Of the citizens with a primary contact on the reading day: share with an agreed plan.' })
  agreedPlanShare!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, { description: 'Of those with an agreed plan: share whose next follow-up is set and not overdue on the reading day.' })
  followUpOnTimeShare!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, {
    description: 'Of the citizens with a primary contact on the reading day: share not seen face to face for more than the team threshold.',
  })
  notSeenShare!: DashboardFigureModel;

  @Field(() => Int, { nullable: true, description: "The team's threshold; null for all teams together (each team's own)." })
  notSeenThresholdDays!: number | null;

  @Field(() => [DashboardMeetingFiguresModel])
  meetings!: DashboardMeetingFiguresModel[];

  @Field(() => DashboardTransitionsModel)
  transitions!: DashboardTransitionsModel;
}

@ObjectType('DashboardPhase', { description: 'Progress of one implementation phase: (done + not relevant) / items not removed.' })
export class DashboardPhaseModel {
  @Field({ description: 'decide, plan, carry_out or anchor.' })
  phase!: string;

  @Field(() => Int)
  items!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  notRelevant!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Float, { nullable: true, description: '0–1; null for a phase without items.' })
  progress!: number | null;
}

@ObjectType('DashboardReadinessDriver')
export class DashboardReadinessDriverModel {
  @Field({ description: 'intervention, organisation, leadership, people or context.' })
  driver!: string;

  @Field(() => DashboardFigureModel, { description: 'Mean score 1–5 of the submitted answers ("don\'t know" left out).' })
  mean!: DashboardFigureModel;
}

@ObjectType('DashboardReadinessRound', { description: 'The newest closed readiness round, summarised.' })
export class DashboardReadinessRoundModel {
  @Field(() => ID)
  roundId!: string;

  @Field()
  title!: string;

  @Field()
  opensOn!: string;

  @Field()
  closesOn!: string;

  @Field(() => Int, { description: 'Participants who submitted.' })
  submitted!: number;

  @Field(() => Int, { description: 'Participants invited.' })
  invited!: number;

  @Field({ description: 'True when fewer than the minimum group size submitted: the means are withheld.' })
  suppressed!: boolean;

  @Field(() => [DashboardReadinessDriverModel])
  drivers!: DashboardReadinessDriverModel[];
}

@ObjectType('SteeringDashboard', { description: "The steering group's figures for a period: per team, and the implementation's state." })
export class SteeringDashboardModel {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => Int)
  days!: number;

  @Field(() => Float)
  weeks!: number;

  @Field({ description: 'The day "at the end" figures are read on: the last day, or today when the period runs on.' })
  readingDay!: string;

  @Field(() => Int)
  minGroupSize!: number;

  @Field(() => [DashboardTeamModel])
  teams!: DashboardTeamModel[];

  @Field(() => DashboardTeamModel, { description: 'All teams together: the sums of the team figures, withheld by the same rules.' })
  allTeams!: DashboardTeamModel;

  @Field(() => [DashboardPhaseModel])
  phases!: DashboardPhaseModel[];

  @Field(() => DashboardReadinessRoundModel, { nullable: true })
  latestReadinessRound!: DashboardReadinessRoundModel | null;
}
