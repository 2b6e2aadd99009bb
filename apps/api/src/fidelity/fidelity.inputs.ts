import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateBy, ValidateNested } from 'class-validator';
import { IsCleanText, IsId, IsIsoDate, UniqueItems, hasAtMostDecimals } from '../common/validation/validators';

const YEARS = [2000, 2100] as const;
const ITEM_ID = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

const BUDGET_MESSAGE = 'Normeringen skal være mellem 0,01 og 500 årsværk med højst to decimaler.';
/** Budgeted positions: 0.01–500 FTE, two decimals. */
const IsBudgetFte = () =>
  ValidateBy({ name: 'isBudgetFte', validator: { validate: (v: unknown) => hasAtMostDecimals(v, 2) && v >= 0.01 && v <= 500 } }, { message: BUDGET_MESSAGE });

const CUTOFF_MESSAGE = 'Grænserne skal være fire tal mellem -1000 og 1000 med højst tre decimaler.';
/** A rating cutoff: a plain number in the range any item's unit can have. */
const IsCutoff = () =>
  ValidateBy(
    { name: 'isCutoff', validator: { validate: (v: unknown) => hasAtMostDecimals(v, 3) && v >= -1000 && v <= 1000 } },
    { message: CUTOFF_MESSAGE, each: true },
  );

@ArgsType()
export class FidelityReportArgs {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD; default: the 12 whole weeks (Monday–Sunday) before this week.' })
  @IsOptional()
  @IsIsoDate({ years: YEARS })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (included).' })
  @IsOptional()
  @IsIsoDate({ years: YEARS })
  to?: string | null;
}

@ArgsType()
export class FidelityDrillDownArgs extends FidelityReportArgs {
  @Field()
  @IsString({ message: 'Vælg et punkt.' })
  @Matches(ITEM_ID, { message: 'Ukendt punkt.' })
  itemId!: string;
}

@ArgsType()
export class FidelityTrendArgs {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;

  @Field(() => Int, { defaultValue: 26 })
  @IsInt({ message: 'Antal uger skal være et helt tal.' })
  @Min(1, { message: 'Antal uger skal være mellem 1 og 156.' })
  @Max(156, { message: 'Antal uger skal være mellem 1 og 156.' })
  weeks!: number;
}

@ArgsType()
export class SteeringFidelityArgs {
  @Field(() => String, { nullable: true, description: 'First day; default: the 12 whole weeks before this week.' })
  @IsOptional()
  @IsIsoDate({ years: YEARS })
  from?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate({ years: YEARS })
  to?: string | null;
}

@ArgsType()
export class SteeringFidelityTrendArgs {
  @Field(() => Int, { defaultValue: 26 })
  @IsInt({ message: 'Antal uger skal være et helt tal.' })
  @Min(1, { message: 'Antal uger skal være mellem 1 og 156.' })
  @Max(156, { message: 'Antal uger skal være mellem 1 og 156.' })
  weeks!: number;
}

@InputType()
export class RateFidelityItemInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;

  @Field()
  @IsString({ message: 'Vælg et punkt.' })
  @Matches(ITEM_ID, { message: 'Ukendt punkt.' })
  itemId!: string;

  @Field(() => Int, { description: '1–5' })
  @IsInt({ message: 'Vurderingen skal være et helt tal fra 1 til 5.' })
  @Min(1, { message: 'Vurderingen skal være et helt tal fra 1 til 5.' })
  @Max(5, { message: 'Vurderingen skal være et helt tal fra 1 til 5.' })
  rating!: number;

  @Field()
  @IsCleanText({ message: 'Skriv en kort begrundelse for vurderingen.' })
  @MaxLength(2000, { message: 'Begrundelsen må højst være 2000 tegn.' })
  note!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future; default today.' })
  @IsOptional()
  @IsIsoDate({ years: YEARS })
  ratedOn?: string | null;
}

@InputType()
export class SetTeamBudgetedPositionsInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;

  @Field(() => Float, { description: 'Budgeted positions in FTE (0.01–500, two decimals).' })
  @IsBudgetFte()
  fte!: number;

  @Field({ description: 'In force from this day (YYYY-MM-DD).' })
  @IsIsoDate({ years: YEARS })
  from!: string;
}

@InputType()
export class FidelityItemOverrideInput {
  @Field()
  @IsString({ message: 'Vælg et punkt.' })
  @Matches(ITEM_ID, { message: 'Ukendt punkt.' })
  itemId!: string;

  @Field(() => [Float], { nullable: true, description: 'Four cutoffs for the ratings 2–5, in the direction of the base item.' })
  @IsOptional()
  @IsArray({ message: 'Grænserne skal være fire tal.' })
  @ArrayMaxSize(4, { message: 'Grænserne skal være fire tal.' })
  @UniqueItems(null, { message: 'Grænserne skal være fire forskellige tal i rækkefølge.' })
  @IsCutoff()
  cutoffs?: number[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Leave the item out of the new version.' })
  @IsOptional()
  @IsBoolean()
  excluded?: boolean | null;
}

@InputType()
export class DeriveFidelityModelVersionInput {
  @Field({ description: 'The version to start from (the standard one or a stored one).' })
  @IsString({ message: 'Vælg den version, der tages udgangspunkt i.' })
  @Matches(ITEM_ID, { message: 'Ukendt version.' })
  basedOn!: string;

  @Field()
  @IsCleanText({ message: 'Skriv et navn til versionen, fx Kommunens model 2027.' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  label!: string;

  @Field(() => [FidelityItemOverrideInput])
  @IsArray()
  @ArrayMaxSize(100, { message: 'Højst 100 ændringer.' })
  @UniqueItems('itemId', { message: 'Det samme punkt er ændret to gange. Saml ændringerne i én.' })
  @ValidateNested({ each: true })
  @Type(() => FidelityItemOverrideInput)
  overrides!: FidelityItemOverrideInput[];
}

@ArgsType()
export class ActivateFidelityModelVersionArgs {
  @Field()
  @IsString({ message: 'Vælg en version.' })
  @Matches(ITEM_ID, { message: 'Ukendt version.' })
  versionId!: string;
}
