import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsCleanText, IsId, IsIsoDate } from '../../common/validation/validators';
import { ActivityStatusEnum, ChecklistStatusEnum, ImplementationPhaseEnum, ResponsibilityGroupEnum } from '../implementation.model';

const YEARS = [2000, 2100] as const;
const URL = /^https?:\/\/[^\s]+$/;
const clean = (what: string) => ({ message: `Skriv ${what}.` });
const max = (n: number) => ({ message: `Højst ${n} tegn.` });
/** Optional text: undefined leaves it, null or only spaces clears it. */
const present = (_: object, v: unknown) => v !== null && v !== undefined;

@InputType()
export class AddChecklistItemInput {
  @Field(() => ImplementationPhaseEnum)
  @IsIn(Object.values(ImplementationPhaseEnum), { message: 'Vælg en fase.' })
  phase!: string;

  @Field()
  @IsCleanText(clean('punktet, fx et spørgsmål I vil kunne svare ja til'))
  @MaxLength(500, max(500))
  text!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCleanText(clean('hvem der har ansvaret'))
  @MaxLength(200, max(200))
  owner?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate({ years: YEARS })
  dueOn?: string | null;
}

@InputType({ description: 'Leave a field out to keep it; null clears it.' })
export class UpdateChecklistItemInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt punkt.' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'Ukendt version.' })
  @Min(1, { message: 'Ukendt version.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Only the municipality’s own items can be reworded.' })
  @ValidateIf(present)
  @IsCleanText(clean('punktet'))
  @MaxLength(500, max(500))
  text?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(present)
  @IsCleanText(clean('hvem der har ansvaret'))
  @MaxLength(200, max(200))
  owner?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(present)
  @IsIsoDate({ years: YEARS })
  dueOn?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(present)
  @IsCleanText(clean('en note om dokumentationen'))
  @MaxLength(2000, max(2000))
  evidenceNote?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(present)
  @MaxLength(1000, max(1000))
  @Matches(URL, { message: 'Skriv et link, der begynder med https://' })
  evidenceUrl?: string | null;

  @Field(() => ID, { nullable: true })
  @ValidateIf(present)
  @IsId({ message: 'Ukendt samarbejdsaftale.' })
  evidenceAgreementId?: string | null;

  @Field(() => ID, { nullable: true })
  @ValidateIf(present)
  @IsId({ message: 'Ukendt parathedsvurdering.' })
  evidenceRoundId?: string | null;

  @Field(() => ID, { nullable: true })
  @ValidateIf(present)
  @IsId({ message: 'Ukendt funktionsbeskrivelse.' })
  evidenceFunctionDescriptionId?: string | null;
}

@InputType()
export class SetChecklistStatusInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt punkt.' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'Ukendt version.' })
  @Min(1, { message: 'Ukendt version.' })
  version!: number;

  @Field(() => ChecklistStatusEnum)
  @IsIn(Object.values(ChecklistStatusEnum), { message: 'Vælg en status.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Required for NOT_RELEVANT and for taking a settled item back into work.' })
  @ValidateIf(present)
  @IsCleanText(clean('en begrundelse'))
  @MaxLength(1000, max(1000))
  reason?: string | null;
}

@InputType()
export class ReopenChecklistItemInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt punkt.' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'Ukendt version.' })
  @Min(1, { message: 'Ukendt version.' })
  version!: number;

  @Field()
  @IsCleanText(clean('hvorfor punktet skal genåbnes'))
  @MaxLength(1000, max(1000))
  reason!: string;
}

@InputType()
export class RemoveChecklistItemInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt punkt.' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'Ukendt version.' })
  @Min(1, { message: 'Ukendt version.' })
  version!: number;

  @Field(() => String, { nullable: true })
  @ValidateIf(present)
  @IsCleanText(clean('hvorfor punktet fjernes'))
  @MaxLength(1000, max(1000))
  reason?: string | null;
}

@InputType()
export class RevisitPhaseInput {
  @Field(() => ImplementationPhaseEnum)
  @IsIn(Object.values(ImplementationPhaseEnum), { message: 'Vælg en fase.' })
  phase!: string;

  @Field()
  @IsCleanText(clean('hvorfor I vender tilbage til fasen'))
  @MaxLength(1000, max(1000))
  reason!: string;
}

@InputType()
export class SaveActivityInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to add a new activity.' })
  @IsOptional()
  @IsId({ message: 'Ukendt aktivitet.' })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'Required when changing an activity.' })
  @IsOptional()
  @IsInt({ message: 'Ukendt version.' })
  @Min(1, { message: 'Ukendt version.' })
  version?: number | null;

  @Field()
  @IsCleanText(clean('fokusområdet, fx Uddannelse og supervision'))
  @MaxLength(200, max(200))
  focusArea!: string;

  @Field()
  @IsCleanText(clean('aktiviteten'))
  @MaxLength(300, max(300))
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCleanText(clean('formålet'))
  @MaxLength(2000, max(2000))
  purpose?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCleanText(clean('hvem der har ansvaret'))
  @MaxLength(200, max(200))
  owner?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate({ years: YEARS })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate({ years: YEARS })
  deadline?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCleanText(clean('milepælen'))
  @MaxLength(500, max(500))
  milestone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCleanText(clean('det forventede resultat'))
  @MaxLength(2000, max(2000))
  expectedResult?: string | null;

  @Field(() => ActivityStatusEnum, { nullable: true, description: 'PLANNED when left out.' })
  @IsOptional()
  @IsIn(Object.values(ActivityStatusEnum), { message: 'Vælg en status.' })
  status?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Rækkefølgen skal være et helt tal.' })
  @Min(0, { message: 'Rækkefølgen skal være 0 eller mere.' })
  @Max(1000, { message: 'Rækkefølgen må højst være 1000.' })
  position?: number | null;
}

@InputType()
export class SaveResponsibilityInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to add a line.' })
  @IsOptional()
  @IsId({ message: 'Ukendt linje.' })
  id?: string | null;

  @Field(() => ResponsibilityGroupEnum)
  @IsIn(Object.values(ResponsibilityGroupEnum), { message: 'Vælg en rolle.' })
  group!: string;

  @Field()
  @IsCleanText(clean('ansvaret eller opgaven'))
  @MaxLength(1000, max(1000))
  text!: string;
}
