import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { IsCleanText, IsDanishPhone, UniqueItems } from '../../common/validation/validators';
import { AgreedHowEnum, GoalStatusEnum, StageOfChangeEnum } from '../care-plan.model';

/** A real calendar day written YYYY-MM-DD, between 1900 and 2199. */
export const IsIsoDay = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isIsoDay',
      validator: {
        validate: (v: unknown) => {
          if (typeof v !== 'string' || !/^(19|20|21)\d{2}-\d{2}-\d{2}$/.test(v)) return false;
          const d = new Date(`${v}T00:00:00Z`);
          return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
        },
      },
    },
    { message: 'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-12-01.', ...options },
  );

@InputType()
export class CitizenRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukendt borger.' })
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
  @IsUUID('all', { message: 'Vælg en ansvarlig fra teamet.' })
  responsibleMemberId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDay()
  dueOn?: string | null;
}

@InputType()
export class CarePlanGoalInput {
  @Field(() => ID, { nullable: true, description: 'The goal key from an earlier save or version; empty for a new goal.' })
  @IsOptional()
  @IsUUID('all', { message: 'Ukendt mål. Hent planen igen.' })
  goalKey?: string | null;

  @Field(() => ID)
  @IsUUID('all', { message: 'Vælg et livsområde.' })
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
  @IsUUID('all', { message: 'Vælg et livsområde.' })
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
  @IsUUID('all', { message: 'Ukendt plan.' })
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
  @IsIsoDay()
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
  @IsUUID('all', { message: 'Ukendt plan.' })
  versionId!: string;

  @Field(() => Int)
  @IsInt({ message: 'Ukendt udgave af kladden. Hent planen igen.' })
  @Min(1, { message: 'Ukendt udgave af kladden. Hent planen igen.' })
  expectedRevision!: number;

  @Field({ description: 'YYYY-MM-DD, the day it was agreed with the citizen.' })
  @IsIsoDay()
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
  @IsUUID('all', { message: 'Ukendt borger.' })
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
  @IsIsoDay()
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; empty = until withdrawn.' })
  @IsOptional()
  @IsIsoDay()
  validTo?: string | null;
}

@InputType()
export class WithdrawConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukendt samtykke.' })
  consentId!: string;

  @Field({ description: 'YYYY-MM-DD; from this day nothing is shared.' })
  @IsIsoDay()
  withdrawnOn!: string;
}

@InputType()
export class AddRelativeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukendt borger.' })
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
  @IsUUID('all', { message: 'Ukendt pårørende.' })
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
