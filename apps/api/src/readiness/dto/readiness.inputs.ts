import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCleanText, IsId, IsIsoDate, IsPlainText, UniqueItems } from '../../common/validation/validators';
import { ReadinessDriverEnum } from '../readiness.model';

const YEARS = [2000, 2100] as const;

@InputType()
export class AddReadinessStatementInput {
  @Field(() => ReadinessDriverEnum)
  @IsIn(Object.values(ReadinessDriverEnum), { message: 'Vælg en drivkraft.' })
  driver!: string;

  @Field()
  @IsCleanText({ message: 'Skriv udsagnet.' })
  @MaxLength(500, { message: 'Udsagnet må højst være 500 tegn.' })
  text!: string;
}

@InputType()
export class RewordReadinessStatementInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt udsagn.' })
  id!: string;

  @Field()
  @IsCleanText({ message: 'Skriv udsagnet.' })
  @MaxLength(500, { message: 'Udsagnet må højst være 500 tegn.' })
  text!: string;
}

@InputType()
export class ReadinessInviteeInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt person.' })
  userId!: string;

  @Field({ defaultValue: false, description: 'Answers as a partner (instead of the group of their role).' })
  @IsBoolean({ message: 'Vælg, om personen svarer som samarbejdspartner.' })
  partner!: boolean;
}

@InputType()
export class OpenReadinessRoundInput {
  @Field()
  @IsCleanText({ message: 'Skriv en titel, fx Parathed efterår 2026.' })
  @MaxLength(200, { message: 'Titlen må højst være 200 tegn.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'First day (default: today in Copenhagen).' })
  @IsOptional()
  @IsIsoDate({ years: YEARS })
  opensOn?: string | null;

  @Field({ description: 'Last day to answer (inclusive), at most a year after the first.' })
  @IsIsoDate({ years: YEARS })
  closesOn!: string;

  @Field(() => [ID], { defaultValue: [], description: "Invite every leader and member of these teams (they answer as team leader or member)." })
  @IsArray({ message: 'Vælg teams.' })
  @ArrayMaxSize(50, { message: 'Vælg højst 50 teams.' })
  @IsId({ each: true, message: 'Ukendt team.' })
  @UniqueItems(null, { message: 'Vælg hvert team kun én gang.' })
  teamIds!: string[];

  @Field(() => [ReadinessInviteeInput], { defaultValue: [], description: 'People outside the teams: steering group, management, partners.' })
  @IsArray({ message: 'Vælg deltagere.' })
  @ArrayMaxSize(200, { message: 'Vælg højst 200 personer.' })
  @ValidateNested({ each: true })
  @Type(() => ReadinessInviteeInput)
  @UniqueItems('userId', { message: 'Vælg hver person kun én gang.' })
  people!: ReadinessInviteeInput[];
}

@InputType()
export class ReadinessSwotInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt vurdering.' })
  roundId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlainText({ message: 'Skriv almindelig tekst.' })
  @MaxLength(4000, { message: 'Højst 4000 tegn.' })
  strengths?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlainText({ message: 'Skriv almindelig tekst.' })
  @MaxLength(4000, { message: 'Højst 4000 tegn.' })
  weaknesses?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlainText({ message: 'Skriv almindelig tekst.' })
  @MaxLength(4000, { message: 'Højst 4000 tegn.' })
  opportunities?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlainText({ message: 'Skriv almindelig tekst.' })
  @MaxLength(4000, { message: 'Højst 4000 tegn.' })
  threats?: string | null;
}

@InputType()
export class ReadinessAnswerInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt udsagn.' })
  roundStatementId!: string;

  @Field(() => Int, { nullable: true, description: '1 (helt uenig) to 5 (helt enig); null with dontKnow, or to leave it unanswered.' })
  @IsOptional()
  @IsInt({ message: 'Vælg et svar fra 1 til 5.' })
  @Min(1, { message: 'Vælg et svar fra 1 til 5.' })
  @Max(5, { message: 'Vælg et svar fra 1 til 5.' })
  score?: number | null;

  @Field({ defaultValue: false })
  @IsBoolean({ message: 'Vælg, om du ikke ved det.' })
  dontKnow!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlainText({ message: 'Skriv almindelig tekst.' })
  @MaxLength(1000, { message: 'Kommentaren må højst være 1000 tegn.' })
  comment?: string | null;
}

@InputType()
export class SaveReadinessAnswersInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt vurdering.' })
  roundId!: string;

  @Field(() => [ReadinessAnswerInput])
  @IsArray({ message: 'Send svarene som en liste.' })
  @ArrayMaxSize(200, { message: 'Der kan højst være 200 svar.' })
  @ValidateNested({ each: true })
  @Type(() => ReadinessAnswerInput)
  @UniqueItems('roundStatementId', { message: 'Svar kun én gang på hvert udsagn.' })
  answers!: ReadinessAnswerInput[];
}

@InputType()
export class CompareReadinessRoundsInput {
  @Field(() => [ID], { description: 'One to eight rounds, in the order to show them.' })
  @IsArray({ message: 'Vælg vurderinger.' })
  @ArrayMinSize(1, { message: 'Vælg mindst én vurdering.' })
  @ArrayMaxSize(8, { message: 'Vælg højst 8 vurderinger.' })
  @IsId({ each: true, message: 'Ukendt vurdering.' })
  @UniqueItems(null, { message: 'Vælg hver vurdering kun én gang.' })
  roundIds!: string[];
}
