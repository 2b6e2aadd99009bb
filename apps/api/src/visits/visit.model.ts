import { VisitOutcome, VisitPlace } from '@act/db';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CitizenModel } from '../citizens/citizen.model';

export const VisitPlaceEnum = {
  HOME: VisitPlace.Home,
  DROP_IN_CENTRE: VisitPlace.DropInCentre,
  JOBCENTER: VisitPlace.Jobcenter,
  STREET: VisitPlace.Street,
  TREATMENT_SITE: VisitPlace.TreatmentSite,
  OFFICE: VisitPlace.Office,
  OTHER: VisitPlace.Other,
} as const;

export const VisitOutcomeEnum = {
  DONE: VisitOutcome.Done,
  NOT_MET: VisitOutcome.NotMet,
  CANCELLED_BY_CITIZEN: VisitOutcome.CancelledByCitizen,
  CANCELLED_BY_TEAM: VisitOutcome.CancelledByTeam,
} as const;

export const WeekdayEnum = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 } as const;

registerEnumType(VisitPlaceEnum, { name: 'VisitPlace', description: 'OFFICE is the team’s own premises.' });
registerEnumType(VisitOutcomeEnum, { name: 'VisitOutcome' });
registerEnumType(WeekdayEnum, { name: 'Weekday' });

@ObjectType('VisitParticipant', { description: 'A team member on a visit.' })
export class VisitParticipantModel {
  @Field(() => ID)
  memberId!: string;

  @Field()
  name!: string;

  @Field(() => ID)
  userId!: string;
}

@ObjectType('Visit')
export class VisitModel {
  @Field(() => ID)
  id!: string;

  citizenId!: string;

  @Field(() => GraphQLISODateTime)
  plannedStart!: Date;

  @Field(() => GraphQLISODateTime)
  plannedEnd!: Date;

  @Field(() => VisitPlaceEnum)
  placeKind!: string;

  @Field(() => String, { nullable: true, description: 'Where, for OTHER.' })
  placeText!: string | null;

  @Field(() => String, { nullable: true })
  purpose!: string | null;

  @Field(() => ID, { nullable: true, description: 'The plan goal the visit serves (not linked yet).' })
  goalId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The recurring series this visit belongs to.' })
  seriesId!: string | null;

  @Field(() => VisitOutcomeEnum, { nullable: true, description: 'Null while the visit is only planned.' })
  outcome!: string | null;

  @Field(() => Int, { nullable: true })
  actualMinutes!: number | null;

  @Field(() => Boolean, { nullable: true })
  faceToFace!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether network or relatives took part.' })
  networkTookPart!: boolean | null;

  @Field({ description: "Someone from the citizen's own network (family, friends, landlord, employer) took part: the same mark as networkTookPart, never null (fidelity)." })
  supportNetwork!: boolean;

  @Field({ description: "Time was spent on the citizen's substance use (treatment, counselling, motivational work) (fidelity)." })
  substanceTreatment!: boolean;

  @Field(() => String, { nullable: true })
  outcomeNote!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  outcomeLoggedAt!: Date | null;
}

@ObjectType('DoubleBooking', { description: 'A member booked on two visits at the same time.' })
export class DoubleBookingModel {
  @Field(() => ID)
  memberId!: string;

  @Field()
  memberName!: string;

  @Field(() => [ID])
  visitIds!: string[];
}

@ObjectType('VisitPlan', { description: 'The visits of a period (a day or an ISO week) and its double bookings.' })
export class VisitPlanModel {
  @Field({ description: 'First local date, YYYY-MM-DD.' })
  from!: string;

  @Field({ description: 'Last local date, YYYY-MM-DD (inclusive).' })
  to!: string;

  @Field(() => [VisitModel])
  visits!: VisitModel[];

  @Field(() => [DoubleBookingModel])
  doubleBookings!: DoubleBookingModel[];

  /** The team of a team week; absent for the viewer's own day or week (their meetings, then). */
  teamId?: string;
}

@ObjectType('VisitSeries')
export class VisitSeriesModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Weekly RRULE in Europe/Copenhagen time, e.g. FREQ=WEEKLY;INTERVAL=1;BYDAY=TU.' })
  rrule!: string;

  @Field()
  startDate!: string;

  @Field()
  startTime!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field({ description: 'Occurrences exist as visits up to this local date.' })
  materialisedUntil!: string;
}

@ObjectType('PlanVisitPayload')
export class PlanVisitPayload {
  @Field(() => VisitModel, { description: 'The visit, or the first occurrence of a series.' })
  visit!: VisitModel;

  @Field(() => VisitSeriesModel, { nullable: true })
  series!: VisitSeriesModel | null;

  @Field(() => Int, { description: 'Visits created (occurrences of a series up to the horizon).' })
  created!: number;

  @Field(() => [DoubleBookingModel], { description: 'Warnings: the members are booked elsewhere at the same time.' })
  doubleBookings!: DoubleBookingModel[];
}

@ObjectType('MoveVisitPayload')
export class MoveVisitPayload {
  @Field(() => VisitModel)
  visit!: VisitModel;

  @Field(() => [DoubleBookingModel])
  doubleBookings!: DoubleBookingModel[];
}

@ObjectType('StopVisitSeriesPayload')
export class StopVisitSeriesPayload {
  @Field(() => ID)
  seriesId!: string;

  @Field(() => Int, { description: 'Future planned occurrences removed.' })
  removed!: number;
}

@ObjectType('WeekContactMeasures')
export class WeekContactMeasuresModel {
  @Field({ description: 'ISO week, e.g. 2026-W48.' })
  week!: string;

  @Field()
  weekStart!: string;

  @Field(() => Int)
  contacts!: number;

  @Field(() => Int)
  faceToFaceContacts!: number;

  @Field(() => Int)
  faceToFaceMinutes!: number;

  @Field(() => Float, { nullable: true })
  outsideOfficeShare!: number | null;
}

@ObjectType('ContactMeasures')
export class ContactMeasuresModel {
  @Field(() => [WeekContactMeasuresModel], { description: 'The last four ISO weeks, the current week last.' })
  weeks!: WeekContactMeasuresModel[];

  @Field(() => Int)
  distinctStaffLastTwoWeeks!: number;

  @Field(() => Int, { nullable: true })
  daysSinceLastFaceToFace!: number | null;

  @Field(() => Float, { nullable: true })
  outsideOfficeShare!: number | null;
}

@ObjectType('CitizenVisitOverview')
export class CitizenVisitOverviewModel {
  @Field(() => [VisitModel], { description: 'The latest visits that have taken place or were logged, newest first.' })
  lastVisits!: VisitModel[];

  @Field(() => [VisitModel], { description: 'The next planned visits, soonest first.' })
  nextVisits!: VisitModel[];

  @Field(() => ContactMeasuresModel)
  measures!: ContactMeasuresModel;
}

@ObjectType('NotSeenCitizen')
export class NotSeenCitizenModel {
  @Field(() => CitizenModel)
  citizen!: CitizenModel;

  @Field(() => Int, { nullable: true, description: 'Null: never seen face to face.' })
  daysSince!: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastFaceToFaceAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  nextVisitAt!: Date | null;
}

@ObjectType('NotSeenList', { description: 'Active citizens not seen face to face for more than the team’s threshold, longest first.' })
export class NotSeenListModel {
  @Field(() => ID)
  teamId!: string;

  @Field(() => Int)
  thresholdDays!: number;

  @Field(() => [NotSeenCitizenModel])
  citizens!: NotSeenCitizenModel[];
}

@ObjectType('CalendarFeed')
export class CalendarFeedModel {
  @Field()
  active!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  createdAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastUsedAt!: Date | null;
}

@ObjectType('CreatedCalendarFeed')
export class CreatedCalendarFeedModel {
  @Field({ description: 'Path of the feed, /calendar/<token>.ics — shown once; only its hash is stored.' })
  path!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
