import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { IsCleanText, IsDanishPhone, IsId, IsIsoDate, UniqueItems } from '../../common/validation/validators';
import { AgreedHowEnum, GoalStatusEnum, StageOfChangeEnum } from '../care-plan.model';

/** Plan dates: a real calendar day between 1900 and 2199. */
export const IsPlanDate = (options?: ValidationOptions) => IsIsoDate({ years: [1900, 2199], ...options });

@InputType()
export class CitizenRefInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;
}

@InputType()
export class CarePlanStepInput {
  @Field()
  @IsString()
  @IsCleanText({ message: 'Skriv, hvad skridtet går ud på.' })
  @MaxLength(1000, { message: 'Et skridt må højst være 1000 tegn.' })
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The team member who does it.' })
  @IsOptional()
  @IsId({ message: 'Vælg en ansvarlig fra teamet.' })
  responsibleMemberId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsPlanDate()
  dueOn?: string | null;
}

@InputType()
export class CarePlanGoalInput {
  @Field(() => ID, { nullable: true, description: 'The goal key from an earlier save or version; empty for a new goal.' })
  @IsOptional()
  @IsId({ message: 'Ukendt mål. Hent planen igen.' })
  goalKey?: string | null;

  @Field(() => ID)
  @IsId({ message: 'Vælg et livsområde.' })
  lifeAreaId!: string;

  @Field()
  @IsString()
  @IsCleanText({ message: 'Skriv målet med borgerens egne ord.' })
  @MaxLength(2000, { message: 'Et mål må højst være 2000 tegn.' })
  citizenWords!: string;

  @Field(() => GoalStatusEnum, { defaultValue: GoalStatusEnum.ACTIVE })
  @IsIn(Object.values(GoalStatusEnum), { message: 'Vælg en status for målet.' })
  status: string = GoalStatusEnum.ACTIVE;

  @Field(() => StageOfChangeEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(StageOfChangeEnum), { message: 'Vælg et forandringsstadie fra listen.' })
  stageOfChange?: string | null;

  @Field(() => [CarePlanStepInput], { defaultValue: [] })
  @ArrayMaxSize(20, { message: 'Et mål kan højst have 20 skridt.' })
  @ValidateNested({ each: true })
  @Type(() => CarePlanStepInput)
  steps: CarePlanStepInput[] = [];
}

@InputType()
export class DeclinedAreaInput {
  @Field(() => ID)
  @IsId({ message: 'Vælg et livsområde.' })
  lifeAreaId!: string;

  @Field()
  @IsString()
  @IsCleanText({ message: 'Skriv med borgerens egne ord, hvorfor området er fravalgt.' })
  @MaxLength(2000, { message: 'Teksten må højst være 2000 tegn.' })
  citizenWords!: string;
}

@InputType()
export class SaveCarePlanDraftInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt plan.' })
  versionId!: string;

  @Field(() => Int, { description: 'The revision the edit started from.' })
  @IsInt({ message: 'Ukendt udgave af kladden. Hent planen igen.' })
  @Min(1, { message: 'Ukendt udgave af kladden. Hent planen igen.' })
  expectedRevision!: number;

  @Field(() => String, { nullable: true, description: "What matters to the citizen, in their own words." })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'Teksten må højst være 4000 tegn.' })
  citizenWords?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsPlanDate()
  nextFollowUpOn?: string | null;

  @Field(() => [CarePlanGoalInput])
  @ArrayMaxSize(30, { message: 'En plan kan højst have 30 mål.' })
  @UniqueItems('goalKey', { message: 'Det samme mål står to gange. Hent planen igen.' })
  @ValidateNested({ each: true })
  @Type(() => CarePlanGoalInput)
  goals!: CarePlanGoalInput[];

  @Field(() => [DeclinedAreaInput], { defaultValue: [] })
  @ArrayMaxSize(20, { message: 'Højst 20 fravalgte områder.' })
  @UniqueItems('lifeAreaId', { message: 'Det samme livsområde er fravalgt to gange. Fravælg hvert område én gang.' })
  @ValidateNested({ each: true })
  @Type(() => DeclinedAreaInput)
  declinedAreas: DeclinedAreaInput[] = [];
}

@InputType()
export class AgreeCarePlanInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt plan.' })
  versionId!: string;

  @Field(() => Int)
  @IsInt({ message: 'Ukendt udgave af kladden. Hent planen igen.' })
  @Min(1, { message: 'Ukendt udgave af kladden. Hent planen igen.' })
  expectedRevision!: number;

  @Field({ description: 'YYYY-MM-DD, the day it was agreed with the citizen.' })
  @IsPlanDate()
  agreedOn!: string;

  @Field(() => AgreedHowEnum)
  @IsIn(Object.values(AgreedHowEnum), { message: 'Vælg, hvordan planen blev aftalt.' })
  agreedHow!: string;

  @Field({ description: 'Who took part.' })
  @IsString()
  @IsCleanText({ message: 'Skriv, hvem der var med, da planen blev aftalt.' })
  @MaxLength(1000, { message: 'Teksten må højst være 1000 tegn.' })
  participants!: string;
}

@InputType()
export class RecordConsentInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;

  @Field()
  @IsString()
  @IsCleanText({ message: 'Skriv, hvem der må få oplysninger (samarbejdspartner).' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  partner!: string;

  @Field()
  @IsString()
  @IsCleanText({ message: 'Skriv, hvad der må deles og hvorfor.' })
  @MaxLength(1000, { message: 'Formålet må højst være 1000 tegn.' })
  purpose!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsPlanDate()
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; empty = until withdrawn.' })
  @IsOptional()
  @IsPlanDate()
  validTo?: string | null;

  @Field(() => ID, { nullable: true, description: 'The signed cooperation agreement the sharing rests on, if any.' })
  @IsOptional()
  @IsId({ message: 'Ukendt samarbejdsaftale. Vælg en aftale fra listen.' })
  agreementId?: string | null;
}

@InputType()
export class WithdrawConsentInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt samtykke.' })
  consentId!: string;

  @Field({ description: 'YYYY-MM-DD; from this day nothing is shared.' })
  @IsPlanDate()
  withdrawnOn!: string;
}

@InputType()
export class AddRelativeInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;

  @Field()
  @IsString()
  @IsCleanText({ message: 'Skriv den pårørendes navn.' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  name!: string;

  @Field()
  @IsString()
  @IsCleanText({ message: 'Skriv, hvem personen er for borgeren (fx mor, bror, ven).' })
  @MaxLength(100, { message: 'Relationen må højst være 100 tegn.' })
  relation!: string;

  @Field()
  @IsBoolean({ message: 'Vælg, om borgeren ønsker personen inddraget.' })
  wantsInvolved!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDanishPhone()
  phone?: string | null;
}

@InputType()
export class UpdateRelativeInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt pårørende.' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsCleanText({ message: 'Skriv den pårørendes navn.' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsCleanText({ message: 'Skriv, hvem personen er for borgeren (fx mor, bror, ven).' })
  @MaxLength(100, { message: 'Relationen må højst være 100 tegn.' })
  relation?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'Vælg, om borgeren ønsker personen inddraget.' })
  wantsInvolved?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDanishPhone()
  phone?: string | null;
}
