import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/graphql/connection';
import { MeetingKindEnum, OccurrenceStatusEnum, RecurrenceFrequencyEnum } from './scheduling.enums';

@ObjectType('RecurrenceRule', { description: 'A series rule, structured as the form builds it, with its RRULE text.' })
export class RecurrenceRuleModel {
  @Field({ description: 'RRULE subset, e.g. FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU (Europe/Copenhagen).' })
  rrule!: string;

  @Field(() => RecurrenceFrequencyEnum)
  frequency!: string;

  @Field(() => Int, { description: 'Weeks or months between occurrences.' })
  interval!: number;

  @Field(() => [Int], { nullable: true, description: 'WEEKLY: ISO weekdays.' })
  weekdays!: number[] | null;

  @Field(() => Int, { nullable: true })
  monthDay!: number | null;

  @Field(() => Int, { nullable: true, description: '1–5 or -1 (last), with weekday.' })
  nth!: number | null;

  @Field(() => Int, { nullable: true })
  weekday!: number | null;

  @Field(() => String, { nullable: true })
  until!: string | null;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field({ description: 'In Danish, e.g. "Hver måned, anden tirsdag i måneden".' })
  text!: string;
}

@ObjectType('MeetingSeries')
export class MeetingSeriesModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MeetingKindEnum)
  kind!: string;

  @Field({ description: "The kind's Danish name." })
  kindLabel!: string;

  @Field(() => ID, { nullable: true, description: 'Null for steering group meetings.' })
  teamId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Supervision of one team member; null: the whole team.' })
  memberId!: string | null;

  @Field()
  title!: string;

  @Field(() => RecurrenceRuleModel)
  rule!: RecurrenceRuleModel;

  @Field({ description: 'YYYY-MM-DD' })
  startDate!: string;

  @Field({ description: 'HH:MM, Copenhagen wall clock.' })
  startTime!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field()
  place!: string;

  @Field(() => String, { nullable: true })
  supervisorName!: string | null;

  @Field(() => String, { nullable: true })
  supervisorEmail!: string | null;

  @Field(() => Int)
  remindMinutesBefore!: number;

  @Field(() => String, { nullable: true, description: 'The last date with an occurrence, once ended.' })
  endedOn!: string | null;
}

@ObjectType('OccurrenceAttendee')
export class OccurrenceAttendeeModel {
  @Field(() => ID)
  memberId!: string;

  @Field()
  name!: string;
}

@ObjectType('SparringCase', { description: 'The case of a sparring meeting; visible to the team only.' })
export class SparringCaseModel {
  @Field(() => ID)
  presenterMemberId!: string;

  @Field()
  presenterName!: string;

  citizenId!: string;
}

@ObjectType('MeetingGuidePoint')
export class MeetingGuidePointModel {
  @Field()
  key!: string;

  @Field()
  text!: string;
}

@ObjectType('MeetingGuideSection')
export class MeetingGuideSectionModel {
  @Field({ description: 'bring, reflect or decide' })
  key!: string;

  @Field()
  title!: string;

  @Field()
  intro!: string;

  @Field(() => [MeetingGuidePointModel])
  points!: MeetingGuidePointModel[];
}

@ObjectType('MeetingOccurrence')
export class MeetingOccurrenceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  seriesId!: string;

  @Field(() => MeetingKindEnum)
  kind!: string;

  @Field({ description: "The kind's Danish name (what calendars show)." })
  kindLabel!: string;

  @Field(() => ID, { nullable: true })
  teamId!: string | null;

  @Field({ description: 'The date the rule gave (kept when moved), YYYY-MM-DD.' })
  originalDate!: string;

  @Field({ description: 'The local date it happens on, YYYY-MM-DD.' })
  date!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field()
  place!: string;

  @Field()
  moved!: boolean;

  @Field(() => OccurrenceStatusEnum)
  status!: string;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled or not held.' })
  statusReason!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  statusSetAt!: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Team meetings and evaluation days: the team meeting holding agenda, decisions and follow-up tasks.',
  })
  teamMeetingId!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  remindAt!: Date | null;

  presenterMemberId!: string | null;
  citizenId!: string | null;
}

export const MeetingOccurrenceConnection = ConnectionType(MeetingOccurrenceModel, 'MeetingOccurrence', false);

@ObjectType('HeldPlannedStat', { description: 'Occurrences of one team, kind and month, by status. Aggregates only.' })
export class HeldPlannedStatModel {
  @Field(() => ID, { nullable: true, description: 'Null for steering group meetings.' })
  teamId!: string | null;

  @Field(() => String, { nullable: true })
  teamName!: string | null;

  @Field(() => MeetingKindEnum)
  kind!: string;

  @Field({ description: 'YYYY-MM (Copenhagen).' })
  month!: string;

  @Field(() => Int, { description: 'Still planned (not yet marked).' })
  planned!: number;

  @Field(() => Int)
  held!: number;

  @Field(() => Int)
  notHeld!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Int, { description: 'All occurrences: planned + held + notHeld + cancelled.' })
  total!: number;
}
