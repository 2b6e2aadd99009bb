import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/graphql/connection';
import { IsCleanText, IsId, IsIsoDate, IsPlainText, UniqueItems } from '../../common/validation/validators';
import { MeetingCadenceEnum, MeetingPeriodEnum } from '../meetings.enums';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class SetMeetingRhythmInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;

  @Field(() => MeetingCadenceEnum)
  @IsIn(Object.values(MeetingCadenceEnum), { message: 'Vælg hver uge eller hver anden uge.' })
  cadence!: string;

  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 7 = Sunday.' })
  @IsInt({ message: 'Vælg en ugedag.' })
  @Min(1, { message: 'Vælg en ugedag.' })
  @Max(7, { message: 'Vælg en ugedag.' })
  weekday!: number;

  @Field({ description: 'HH:MM' })
  @Matches(TIME, { message: 'Skriv starttidspunktet som TT:MM, fx 09:00.' })
  startTime!: string;

  @Field({ description: 'HH:MM, after the start' })
  @Matches(TIME, { message: 'Skriv sluttidspunktet som TT:MM, fx 10:30.' })
  endTime!: string;

  @Field()
  @IsCleanText({ message: 'Skriv, hvor mødet holdes.' })
  @MaxLength(200, { message: 'Stedet må højst være 200 tegn.' })
  place!: string;

  @Field(() => Int, { description: 'Every active citizen is discussed at least every N meetings (1–52).' })
  @IsInt({ message: 'Antal møder skal være et helt tal.' })
  @Min(1, { message: 'Antal møder skal være mellem 1 og 52.' })
  @Max(52, { message: 'Antal møder skal være mellem 1 og 52.' })
  reviewEveryMeetings!: number;
}

@InputType()
export class CreateTeamMeetingInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'Vælg dato og starttidspunkt.' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'Vælg sluttidspunkt.' })
  endsAt!: Date;

  @Field()
  @IsCleanText({ message: 'Skriv, hvor mødet holdes.' })
  @MaxLength(200, { message: 'Stedet må højst være 200 tegn.' })
  place!: string;
}

@InputType()
export class CreateMeetingsFromRhythmInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;

  @Field(() => Int, { description: 'How many of the next meetings to create (1–12).' })
  @IsInt({ message: 'Antal møder skal være et helt tal.' })
  @Min(1, { message: 'Opret mellem 1 og 12 møder ad gangen.' })
  @Max(12, { message: 'Opret mellem 1 og 12 møder ad gangen.' })
  count!: number;
}

@InputType()
export class AddMeetingItemInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt møde.' })
  meetingId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId({ message: 'Ukendt borger.' })
  citizenId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCleanText({ message: 'Skriv kort, hvad punktet handler om.' })
  @MaxLength(300, { message: 'Overskriften må højst være 300 tegn.' })
  title?: string | null;

  @Field({ defaultValue: false, description: 'The citizen asked for this item: it is theirs.' })
  @IsBoolean()
  askedByCitizen!: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  citizenAttends!: boolean;
}

@InputType()
export class UpdateMeetingItemInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt punkt.' })
  itemId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000, { message: 'Noten må højst være 4000 tegn.' })
  @IsPlainText({ message: 'Noten må kun indeholde almindelig tekst.' })
  note?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  citizenAttends?: boolean | null;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt teammedlem.' })
  memberId!: string;

  @Field()
  @IsBoolean()
  present!: boolean;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt møde.' })
  meetingId!: string;

  @Field(() => [AttendanceEntryInput])
  @ArrayMinSize(1, { message: 'Markér mindst én deltager.' })
  @ArrayMaxSize(100, { message: 'Højst 100 deltagere.' })
  @UniqueItems('memberId', { message: 'Den samme person er markeret to gange. Markér hver deltager én gang.' })
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  attendance!: AttendanceEntryInput[];
}

@InputType()
export class AddDecisionInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt punkt.' })
  itemId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv beslutningen.' })
  @MaxLength(2000, { message: 'Beslutningen må højst være 2000 tegn.' })
  text!: string;
}

@InputType()
export class AddFollowUpTaskInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt punkt.' })
  itemId!: string;

  @Field(() => ID, { description: 'The team member who does it.' })
  @IsId({ message: 'Vælg, hvem der gør det.' })
  assigneeMemberId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv, hvad der skal gøres.' })
  @MaxLength(1000, { message: 'Opgaven må højst være 1000 tegn.' })
  description!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate({ message: 'Skriv fristen som ÅÅÅÅ-MM-DD.' })
  dueDate!: string;
}

@InputType()
export class CompleteFollowUpTaskInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt opgave.' })
  taskId!: string;
}

@InputType()
export class RaiseCrisisFlagInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv kort, hvad krisen handler om.' })
  @MaxLength(1000, { message: 'Begrundelsen må højst være 1000 tegn.' })
  reason!: string;
}

@ArgsType()
export class TeamMeetingsArgs extends PageArgs {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;

  @Field(() => MeetingPeriodEnum, { defaultValue: MeetingPeriodEnum.UPCOMING })
  @IsIn(Object.values(MeetingPeriodEnum))
  period: string = 'upcoming';
}

@ArgsType()
export class MyTasksArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeDone: boolean = false;
}
