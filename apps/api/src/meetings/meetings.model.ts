import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/graphql/connection';
import { DisciplineEnum } from '../common/graphql/enums';
import { AgendaReasonEnum, MeetingCadenceEnum, MeetingItemSourceEnum } from './meetings.enums';

@ObjectType('MeetingRhythm', { description: "A team's meeting rhythm. Times are Copenhagen wall clock." })
export class MeetingRhythmModel {
  @Field(() => ID)
  teamId!: string;

  @Field(() => MeetingCadenceEnum)
  cadence!: string;

  @Field(() => Int, { description: 'ISO weekday, 1 = Monday.' })
  weekday!: number;

  @Field({ description: 'HH:MM' })
  startTime!: string;

  @Field({ description: 'HH:MM' })
  endTime!: string;

  @Field()
  place!: string;

  @Field(() => Int, { description: 'Every active citizen is discussed at least every N meetings.' })
  reviewEveryMeetings!: number;
}

@ObjectType('MeetingDecision')
export class MeetingDecisionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  itemId!: string;

  @Field(() => ID, { nullable: true })
  citizenId!: string | null;

  @Field()
  text!: string;

  @Field()
  decidedByName!: string;

  @Field(() => GraphQLISODateTime)
  meetingStartsAt!: Date;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('FollowUpTask', { description: 'Who does what by when, agreed at a team meeting.' })
export class FollowUpTaskModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  teamId!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => GraphQLISODateTime)
  meetingStartsAt!: Date;

  @Field(() => ID, { nullable: true })
  citizenId!: string | null;

  @Field(() => String, { nullable: true })
  citizenName!: string | null;

  @Field(() => ID)
  assigneeMemberId!: string;

  @Field()
  assigneeName!: string;

  @Field()
  description!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field()
  done!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  doneAt!: Date | null;

  @Field({ description: 'Not done and the due date has passed (Copenhagen).' })
  overdue!: boolean;
}

@ObjectType('TeamMeetingItem')
export class TeamMeetingItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MeetingItemSourceEnum)
  source!: string;

  @Field(() => AgendaReasonEnum, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => ID, { nullable: true })
  citizenId!: string | null;

  @Field(() => String, { nullable: true })
  citizenName!: string | null;

  @Field(() => Int)
  position!: number;

  @Field(() => String, { nullable: true })
  addedByName!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: 'The citizen takes part in their own item.' })
  citizenAttends!: boolean;

  @Field(() => [MeetingDecisionModel])
  decisions!: MeetingDecisionModel[];

  @Field(() => [FollowUpTaskModel])
  tasks!: FollowUpTaskModel[];
}

@ObjectType('MeetingAttendance')
export class MeetingAttendanceModel {
  @Field(() => ID)
  memberId!: string;

  @Field()
  name!: string;

  @Field(() => DisciplineEnum)
  discipline!: string;

  @Field(() => Boolean, { nullable: true, description: 'null until attendance is recorded.' })
  present!: boolean | null;
}

@ObjectType('TeamMeeting')
export class TeamMeetingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  teamId!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field({ description: '"tirsdag den 10. november kl. 13.00–14.30"' })
  whenText!: string;

  @Field()
  place!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  agendaPreparedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when the meeting is closed; the minutes exist from then.' })
  heldAt!: Date | null;
}

@ObjectType('TeamMeetingDetail', { description: 'A meeting with its agenda, attendance, decisions and tasks.' })
export class TeamMeetingDetailModel extends TeamMeetingModel {
  @Field()
  teamName!: string;

  @Field(() => [TeamMeetingItemModel], { description: 'Staff items: the prepared agenda, then members\' own items.' })
  items!: TeamMeetingItemModel[];

  @Field(() => [TeamMeetingItemModel], { description: 'Items the citizens asked for, kept apart from staff items.' })
  citizenItems!: TeamMeetingItemModel[];

  @Field(() => [MeetingAttendanceModel])
  attendance!: MeetingAttendanceModel[];
}

@ObjectType('CrisisFlag')
export class CrisisFlagModel {
  @Field(() => ID)
  id!: string;

  @Field()
  reason!: string;

  @Field()
  raisedByName!: string;

  @Field(() => GraphQLISODateTime)
  raisedAt!: Date;
}

export const TeamMeetingConnection = ConnectionType(TeamMeetingModel, 'TeamMeeting', false);
export const FollowUpTaskConnection = ConnectionType(FollowUpTaskModel, 'FollowUpTask', false);
