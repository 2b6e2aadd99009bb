import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { CourseEndKindEnum } from '../../common/graphql/enums';
import { IsFte, IsId, IsIsoDate, IsPlainText, UniqueItems } from '../../common/validation/validators';


@InputType()
export class AssignPrimaryContactInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;

  @Field(() => ID)
  @IsId({ message: 'Vælg en kontaktperson.' })
  memberId!: string;
}

@InputType()
export class AssignPrimaryContactsInput {
  @Field(() => [AssignPrimaryContactInput], { description: 'All or nothing: one refusal rolls back every row.' })
  @ArrayMinSize(1, { message: 'Vælg mindst én borger.' })
  @ArrayMaxSize(200, { message: 'Højst 200 ad gangen.' })
  @UniqueItems('citizenId', { message: 'Den samme borger står flere gange i listen. Hver borger må kun stå én gang.' })
  @ValidateNested({ each: true })
  @Type(() => AssignPrimaryContactInput)
  assignments!: AssignPrimaryContactInput[];
}

@InputType()
export class EndPrimaryContactInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;

  @Field()
  @IsString()
  @MinLength(3, { message: 'Skriv kort, hvorfor kontakten ophører.' })
  @MaxLength(500, { message: 'Begrundelsen må højst være 500 tegn.' })
  reason!: string;
}

@InputType({ description: "End a citizen's course with the team: status ENDED, contacts end on the date, future visits and standing visits stop." })
export class EndCitizenCourseInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;

  @Field({ description: 'YYYY-MM-DD: the day the course ended (today or earlier).' })
  @IsIsoDate({ message: 'Skriv slutdatoen som en rigtig dato, fx 2026-12-04.' })
  endedOn!: string;

  @Field(() => CourseEndKindEnum, { description: 'Why the course ended (moves and deaths do not count against retention).' })
  @IsIn(Object.values(CourseEndKindEnum), { message: 'Vælg, hvorfor forløbet slutter.' })
  endKind!: string;

  @Field(() => String, { nullable: true, description: 'A short note shown next to the status.' })
  @IsOptional()
  @IsPlainText({ message: 'Noten må kun indeholde almindelig tekst.' })
  @MaxLength(1000, { message: 'Noten må højst være 1000 tegn.' })
  note?: string | null;
}

@InputType()
export class SetMemberFteInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt teammedlem.' })
  memberId!: string;

  @Field(() => Float)
  @IsFte()
  fte!: number;

  @Field(() => Boolean, { nullable: true, description: 'False for members who are never primary contact.' })
  @IsOptional()
  @IsBoolean()
  carriesCaseload?: boolean | null;
}

@InputType()
export class GrantCaseloadExceptionInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt teammedlem.' })
  memberId!: string;

  @Field(() => Int, { description: 'Extra citizens allowed, 1–5.' })
  @IsInt({ message: 'Antal ekstra borgere skal være et helt tal.' })
  @Min(1, { message: 'Antal ekstra borgere skal være mellem 1 og 5.' })
  @Max(5, { message: 'Antal ekstra borgere skal være mellem 1 og 5.' })
  extra!: number;

  @Field()
  @IsString()
  @MinLength(10, { message: 'Skriv en begrundelse på mindst 10 tegn — den vises for teamet og styregruppen.' })
  @MaxLength(1000, { message: 'Begrundelsen må højst være 1000 tegn.' })
  reason!: string;

  @Field({ description: 'Last day the exception is in force (YYYY-MM-DD), at most 6 months ahead.' })
  @IsIsoDate({ message: 'Skriv slutdatoen som ÅÅÅÅ-MM-DD.' })
  validUntil!: string;
}

@InputType()
export class SecondaryContactInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;

  @Field(() => ID)
  @IsId({ message: 'Vælg et teammedlem.' })
  memberId!: string;
}

@InputType()
export class RecordAdmissionInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;

  @Field()
  @IsBoolean()
  isAdult!: boolean;

  @Field()
  @IsBoolean()
  hasMentalIllness!: boolean;

  @Field()
  @IsBoolean()
  hasSubstanceUse!: boolean;

  @Field()
  @IsBoolean()
  notHeldByOrdinaryServices!: boolean;

  @Field()
  @IsBoolean()
  wantsSupport!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Bemærkningen må højst være 2000 tegn.' })
  note?: string | null;
}
