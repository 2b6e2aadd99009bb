import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/graphql/connection';
import { CitizenStatusEnum, CourseEndKindEnum } from '../../common/graphql/enums';
import { IsCleanText, IsCpr, IsDanishPhone, IsId, IsPlausibleEmail } from '../../common/validation/validators';

const STATUSES = Object.values(CitizenStatusEnum);

@InputType()
export class AddressInput {
  @Field()
  @IsCleanText({ message: 'Skriv vej og husnummer.' })
  @MaxLength(200, { message: 'Adressen må højst være 200 tegn.' })
  street!: string;

  @Field()
  @Matches(/^\d{4}$/, { message: 'Postnummeret skal være 4 cifre.' })
  postalCode!: string;

  @Field()
  @IsCleanText({ message: 'Skriv byen.' })
  @MaxLength(100, { message: 'Bynavnet må højst være 100 tegn.' })
  city!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Bemærkningen må højst være 1000 tegn.' })
  accessNote?: string | null;
}

@InputType()
export class CreateCitizenInput {
  @Field(() => ID)
  @IsId({ message: 'Vælg et team.' })
  teamId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv borgerens navn.' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  name!: string;

  @Field({ description: 'DDMMYY-SSSS or ten digits. Sent in the body only, never in a URL.' })
  @IsCpr()
  cpr!: string;

  @Field(() => CitizenStatusEnum, { defaultValue: CitizenStatusEnum.REFERRED })
  @IsIn(STATUSES, { message: 'Vælg en status.' })
  status: string = CitizenStatusEnum.REFERRED;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDanishPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlausibleEmail()
  @MaxLength(320, { message: 'E-mailadressen er for lang.' })
  email?: string | null;

  @Field(() => AddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressInput)
  address?: AddressInput | null;
}

@InputType()
export class UpdateCitizenInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one is refused as CONFLICT.' })
  @IsOptional()
  @IsInt({ message: 'Versionen skal være et helt tal.' })
  @Min(1, { message: 'Versionen skal være mindst 1.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCleanText({ message: 'Skriv borgerens navn.' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  name?: string | null;

  @Field(() => CitizenStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(STATUSES, { message: 'Vælg en status.' })
  status?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Begrundelsen må højst være 1000 tegn.' })
  statusReason?: string | null;

  @Field(() => CourseEndKindEnum, { nullable: true, description: 'When the status becomes ENDED: why the course ended (default OTHER).' })
  @IsOptional()
  @IsIn(Object.values(CourseEndKindEnum), { message: 'Vælg hvorfor forløbet slutter.' })
  endKind?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDanishPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlausibleEmail()
  @MaxLength(320, { message: 'E-mailadressen er for lang.' })
  email?: string | null;

  @Field(() => AddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressInput)
  address?: AddressInput | null;
}

@ArgsType()
export class CitizenListArgs extends PageArgs {
  @Field(() => CitizenStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(STATUSES)
  status?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @IsString({ message: 'Søgningen skal være tekst.' })
  @MaxLength(100, { message: 'Søgningen må højst være 100 tegn.' })
  search?: string | null;
}
