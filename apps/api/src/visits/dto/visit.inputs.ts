import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCleanText, IsId, IsIsoDate, UniqueItems } from '../../common/validation/validators';
import { VisitOutcomeEnum, VisitPlaceEnum, WeekdayEnum } from '../visit.model';


const PLACES = Object.values(VisitPlaceEnum);
const OUTCOMES = Object.values(VisitOutcomeEnum);

@InputType()
export class RepeatWeeklyInput {
  @Field(() => [WeekdayEnum], { nullable: true, description: "Weekdays; default the first visit's weekday." })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Vælg mindst én ugedag.' })
  @ArrayMaxSize(7, { message: 'Vælg højst syv ugedage.' })
  @UniqueItems(null, { message: 'Den samme ugedag er valgt to gange.' })
  @IsIn(Object.values(WeekdayEnum), { each: true, message: 'Ukendt ugedag.' })
  weekdays?: number[] | null;

  @Field(() => Int, { defaultValue: 1, description: '1 = every week, 2 = every second week, … up to 4.' })
  @IsInt({ message: 'Hvor ofte skal være et helt antal uger.' })
  @Min(1, { message: 'Besøget kan gentages hver uge op til hver fjerde uge.' })
  @Max(4, { message: 'Besøget kan gentages hver uge op til hver fjerde uge.' })
  intervalWeeks = 1;

  @Field(() => String, { nullable: true, description: 'Last local date (inclusive), YYYY-MM-DD; none = until stopped.' })
  @IsOptional()
  @IsIsoDate()
  until?: string | null;
}

@InputType()
export class PlanVisitInput {
  @Field(() => ID)
  @IsId({ message: 'Vælg en borger.' })
  citizenId!: string;

  @Field(() => [ID], { description: 'One or more members of the citizen’s team.' })
  @ArrayMinSize(1, { message: 'Vælg mindst én medarbejder til besøget.' })
  @ArrayMaxSize(6, { message: 'Højst seks medarbejdere på et besøg.' })
  @ArrayUnique({ message: 'Den samme medarbejder er valgt to gange.' })
  @IsId({ each: true, message: 'Ukendt medarbejder.' })
  memberIds!: string[];

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'Skriv hvornår besøget begynder.' })
  start!: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'Skriv hvornår besøget slutter.' })
  end!: Date;

  @Field(() => VisitPlaceEnum)
  @IsEnum(VisitPlaceEnum, { message: 'Vælg hvor besøget foregår.' })
  placeKind!: string;

  @Field(() => String, { nullable: true, description: 'Required for OTHER.' })
  @IsOptional()
  @IsString({ message: 'Skriv stedet som tekst.' })
  @IsCleanText({ message: 'Skriv hvor besøget foregår, med almindelig tekst.' })
  @MaxLength(200, { message: 'Stedet må højst være 200 tegn.' })
  placeText?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'Skriv formålet som tekst.' })
  @IsCleanText({ message: 'Skriv formålet med almindelig tekst, eller lad feltet stå tomt.' })
  @MaxLength(500, { message: 'Formålet må højst være 500 tegn.' })
  purpose?: string | null;

  @Field(() => ID, { nullable: true, description: 'A plan goal the visit serves (stored, not yet checked).' })
  @IsOptional()
  @IsId({ message: 'Ukendt mål.' })
  goalId?: string | null;

  @Field(() => RepeatWeeklyInput, { nullable: true, description: 'Repeat weekly; occurrences are planned four weeks ahead and topped up daily.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RepeatWeeklyInput)
  repeat?: RepeatWeeklyInput | null;
}

@InputType()
export class MoveVisitInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt besøg.' })
  visitId!: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'Skriv hvornår besøget begynder.' })
  start!: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'Skriv hvornår besøget slutter.' })
  end!: Date;
}

@InputType()
export class LogVisitOutcomeInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt besøg.' })
  visitId!: string;

  @Field(() => VisitOutcomeEnum)
  @IsIn(OUTCOMES, { message: 'Vælg hvordan besøget gik.' })
  outcome!: string;

  @Field(() => Int, { nullable: true, description: 'Required for DONE: minutes actually spent.' })
  @IsOptional()
  @IsInt({ message: 'Varigheden skal være et helt antal minutter.' })
  @Min(1, { message: 'Varigheden skal være mellem 1 og 720 minutter.' })
  @Max(720, { message: 'Varigheden skal være mellem 1 og 720 minutter.' })
  actualMinutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true for DONE.' })
  @IsOptional()
  @IsBoolean()
  faceToFace?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  networkTookPart?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "DONE: someone from the citizen's network took part (the same mark as networkTookPart; this one wins when both are given)." })
  @IsOptional()
  @IsBoolean()
  supportNetwork?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "DONE: time was spent on the citizen's substance use. Default false." })
  @IsOptional()
  @IsBoolean()
  substanceTreatment?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'Skriv noten som tekst.' })
  @IsCleanText({ message: 'Skriv noten med almindelig tekst, eller lad feltet stå tomt.' })
  @MaxLength(1000, { message: 'Noten må højst være 1000 tegn.' })
  note?: string | null;
}

@InputType()
export class StopVisitSeriesInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt serie.' })
  seriesId!: string;
}

@InputType()
export class SetNotSeenThresholdInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;

  @Field(() => Int)
  @IsInt({ message: 'Antal dage skal være et helt tal.' })
  @Min(1, { message: 'Antal dage skal være mellem 1 og 90.' })
  @Max(90, { message: 'Antal dage skal være mellem 1 og 90.' })
  days!: number;
}

export { PLACES };
