import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
import { IsCleanText, IsId, IsIsoDate, IsPlausibleEmail, UniqueItems } from '../../common/validation/validators';
import { MeetingKindEnum, RecurrenceFrequencyEnum } from '../scheduling.enums';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const YEARS = [2000, 2100] as const;
const TIME_MESSAGE = 'Skriv tidspunktet som TT:MM, fx 09:00.';
const DURATION_MESSAGE = 'Varigheden skal være mellem 15 minutter og 10 timer.';
const REMIND_MESSAGE = 'Påmindelsen kan komme fra 0 minutter til 14 dage før.';

/**
 * A rule as a form builds it: every N weeks on weekdays, or every N months on a day of the
 * month or the nth weekday ("second Tuesday"; -1 is the last). Ends on a date or after a count,
 * or never. Stored as RRULE text (packages/domain recurrence.ts).
 */
@InputType()
export class RecurrenceRuleInput {
  @Field(() => RecurrenceFrequencyEnum)
  @IsIn(Object.values(RecurrenceFrequencyEnum), { message: 'Vælg ugentlig eller månedlig.' })
  frequency!: string;

  @Field(() => Int, { description: 'Weeks (1–4) or months (1–12; 3 = quarterly, 6 = half-yearly) between occurrences.' })
  @IsInt({ message: 'Intervallet skal være et helt tal.' })
  @Min(1, { message: 'Intervallet skal være mindst 1.' })
  @Max(12, { message: 'Intervallet må højst være 12.' })
  interval!: number;

  @Field(() => [Int], { nullable: true, description: 'WEEKLY: ISO weekdays, 1 = Monday … 7 = Sunday.' })
  @IsOptional()
  @IsArray({ message: 'Vælg en eller flere ugedage.' })
  @ArrayMaxSize(7, { message: 'Vælg højst 7 ugedage.' })
  @IsInt({ each: true, message: 'Vælg ugedage fra mandag til søndag.' })
  @Min(1, { each: true, message: 'Vælg ugedage fra mandag til søndag.' })
  @Max(7, { each: true, message: 'Vælg ugedage fra mandag til søndag.' })
  @UniqueItems(null, { message: 'Vælg hver ugedag kun én gang.' })
  weekdays?: number[] | null;

  @Field(() => Int, { nullable: true, description: 'MONTHLY by date: the day of the month (1–31).' })
  @IsOptional()
  @IsInt({ message: 'Dagen i måneden skal være et helt tal.' })
  @Min(1, { message: 'Dagen i måneden skal være mellem 1 og 31.' })
  @Max(31, { message: 'Dagen i måneden skal være mellem 1 og 31.' })
  monthDay?: number | null;

  @Field(() => Int, { nullable: true, description: 'MONTHLY by weekday: 1–5 (first…fifth) or -1…-5 (last…fifth-last), with `weekday`.' })
  @IsOptional()
  @IsInt({ message: 'Vælg første, anden, tredje, fjerde, femte eller sidste.' })
  @Min(-5, { message: 'Vælg første, anden, tredje, fjerde, femte eller sidste.' })
  @Max(5, { message: 'Vælg første, anden, tredje, fjerde, femte eller sidste.' })
  nth?: number | null;

  @Field(() => Int, { nullable: true, description: 'MONTHLY by weekday: ISO weekday 1–7.' })
  @IsOptional()
  @IsInt({ message: 'Vælg en ugedag.' })
  @Min(1, { message: 'Vælg en ugedag.' })
  @Max(7, { message: 'Vælg en ugedag.' })
  weekday?: number | null;

  @Field(() => String, { nullable: true, description: 'Last date (YYYY-MM-DD, inclusive).' })
  @IsOptional()
  @IsIsoDate({ years: YEARS })
  until?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of occurrences (1–520).' })
  @IsOptional()
  @IsInt({ message: 'Antal gange skal være et helt tal.' })
  @Min(1, { message: 'Antal gange skal være mellem 1 og 520.' })
  @Max(520, { message: 'Antal gange skal være mellem 1 og 520.' })
  count?: number | null;
}

@InputType()
export class CreateMeetingSeriesInput {
  @Field(() => MeetingKindEnum, { description: 'Not TEAM_MEETING: the team meeting series is the rhythm (setTeamMeetingRhythm).' })
  @IsIn(Object.values(MeetingKindEnum), { message: 'Vælg en slags møde.' })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'Required, except for STEERING_MEETING (no team).' })
  @IsOptional()
  @IsId({ message: 'Ukendt team.' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'SUPERVISION of one team member; omit for the whole team.' })
  @IsOptional()
  @IsId({ message: 'Ukendt medarbejder.' })
  memberId?: string | null;

  @Field()
  @IsCleanText({ message: 'Skriv en titel.' })
  @MaxLength(200, { message: 'Titlen må højst være 200 tegn.' })
  title!: string;

  @Field(() => RecurrenceRuleInput)
  @ValidateNested()
  @Type(() => RecurrenceRuleInput)
  rule!: RecurrenceRuleInput;

  @Field({ description: 'First possible date, YYYY-MM-DD.' })
  @IsIsoDate({ years: YEARS })
  startDate!: string;

  @Field({ description: 'HH:MM, Copenhagen wall clock.' })
  @Matches(TIME, { message: TIME_MESSAGE })
  startTime!: string;

  @Field(() => Int)
  @IsInt({ message: DURATION_MESSAGE })
  @Min(15, { message: DURATION_MESSAGE })
  @Max(600, { message: DURATION_MESSAGE })
  durationMinutes!: number;

  @Field()
  @IsCleanText({ message: 'Skriv, hvor mødet holdes.' })
  @MaxLength(200, { message: 'Stedet må højst være 200 tegn.' })
  place!: string;

  @Field(() => String, { nullable: true, description: 'SUPERVISION: the (often external) supervisor.' })
  @IsOptional()
  @IsCleanText({ message: 'Skriv supervisorens navn.' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  supervisorName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlausibleEmail()
  @MaxLength(320, { message: 'E-mailadressen er for lang.' })
  supervisorEmail?: string | null;

  @Field(() => Int, { nullable: true, description: 'Minutes before the start the reminder is sent (default 1440, one day).' })
  @IsOptional()
  @IsInt({ message: REMIND_MESSAGE })
  @Min(0, { message: REMIND_MESSAGE })
  @Max(20160, { message: REMIND_MESSAGE })
  remindMinutesBefore?: number | null;
}

/** Changes apply to the future: planned, unmoved occurrences are made again; held, moved and cancelled ones stay. */
@InputType()
export class UpdateMeetingSeriesInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt mødeserie.' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCleanText({ message: 'Skriv en titel.' })
  @MaxLength(200, { message: 'Titlen må højst være 200 tegn.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCleanText({ message: 'Skriv, hvor mødet holdes.' })
  @MaxLength(200, { message: 'Stedet må højst være 200 tegn.' })
  place?: string | null;

  @Field(() => RecurrenceRuleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecurrenceRuleInput)
  rule?: RecurrenceRuleInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(TIME, { message: TIME_MESSAGE })
  startTime?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: DURATION_MESSAGE })
  @Min(15, { message: DURATION_MESSAGE })
  @Max(600, { message: DURATION_MESSAGE })
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCleanText({ message: 'Skriv supervisorens navn.' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  supervisorName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlausibleEmail()
  @MaxLength(320, { message: 'E-mailadressen er for lang.' })
  supervisorEmail?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: REMIND_MESSAGE })
  @Min(0, { message: REMIND_MESSAGE })
  @Max(20160, { message: REMIND_MESSAGE })
  remindMinutesBefore?: number | null;
}

@InputType()
export class EndMeetingSeriesInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt mødeserie.' })
  id!: string;

  @Field({ description: 'The last date with an occurrence (YYYY-MM-DD); planned ones after it are removed.' })
  @IsIsoDate({ years: YEARS })
  lastDate!: string;
}

@InputType()
export class MoveOccurrenceInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt møde.' })
  id!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate({ years: YEARS })
  date!: string;

  @Field({ description: 'HH:MM, Copenhagen wall clock.' })
  @Matches(TIME, { message: TIME_MESSAGE })
  startTime!: string;

  @Field(() => Int)
  @IsInt({ message: DURATION_MESSAGE })
  @Min(15, { message: DURATION_MESSAGE })
  @Max(600, { message: DURATION_MESSAGE })
  durationMinutes!: number;

  @Field(() => String, { nullable: true, description: 'A new place for this occurrence only.' })
  @IsOptional()
  @IsCleanText({ message: 'Skriv, hvor mødet holdes.' })
  @MaxLength(200, { message: 'Stedet må højst være 200 tegn.' })
  place?: string | null;
}

@InputType()
export class OccurrenceReasonInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt møde.' })
  id!: string;

  @Field()
  @IsCleanText({ message: 'Skriv en kort begrundelse.' })
  @MaxLength(500, { message: 'Begrundelsen må højst være 500 tegn.' })
  reason!: string;
}

@InputType()
export class MarkOccurrenceHeldInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt møde.' })
  id!: string;

  @Field(() => [ID], { description: 'The team members who took part (replaces any earlier list).' })
  @IsArray({ message: 'Vælg deltagerne.' })
  @ArrayMaxSize(100, { message: 'Der kan højst være 100 deltagere.' })
  @IsId({ each: true, message: 'Ukendt medarbejder.' })
  @UniqueItems(null, { message: 'Vælg hver deltager kun én gang.' })
  attendeeMemberIds!: string[];
}

@InputType()
export class SetSparringCaseInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt møde.' })
  occurrenceId!: string;

  @Field(() => ID)
  @IsId({ message: 'Ukendt medarbejder.' })
  presenterMemberId!: string;

  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;
}


@ArgsType()
export class TeamOccurrencesArgs extends PageArgs {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;

  @Field({ description: 'First local date, YYYY-MM-DD.' })
  @IsIsoDate({ years: YEARS })
  from!: string;

  @Field({ description: 'Last local date (inclusive), at most 400 days after `from`.' })
  @IsIsoDate({ years: YEARS })
  to!: string;

  @Field(() => [MeetingKindEnum], { nullable: true, description: 'Only these kinds (default: all).' })
  @IsOptional()
  @IsArray({ message: 'Vælg slags møder.' })
  @ArrayMaxSize(5, { message: 'Vælg højst 5 slags møder.' })
  @UniqueItems(null, { message: 'Vælg hver slags møde kun én gang.' })
  @IsIn(Object.values(MeetingKindEnum), { each: true, message: 'Vælg en slags møde.' })
  kinds?: string[] | null;
}

@ArgsType()
export class SteeringOccurrencesArgs extends PageArgs {
  @Field({ description: 'First local date, YYYY-MM-DD.' })
  @IsIsoDate({ years: YEARS })
  from!: string;

  @Field({ description: 'Last local date (inclusive), at most 400 days after `from`.' })
  @IsIsoDate({ years: YEARS })
  to!: string;
}

@ArgsType()
export class HeldPlannedStatsArgs {
  @Field({ description: 'First local date, YYYY-MM-DD.' })
  @IsIsoDate({ years: YEARS })
  from!: string;

  @Field({ description: 'Last local date (inclusive), at most 3 years after `from`.' })
  @IsIsoDate({ years: YEARS })
  to!: string;

  @Field(() => ID, { nullable: true, description: 'One team; default every team the viewer may see.' })
  @IsOptional()
  @IsId({ message: 'Ukendt team.' })
  teamId?: string | null;
}
