import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsCleanText, IsId, IsIsoDate } from '../../common/validation/validators';

const IsCourseDate = () => IsIsoDate({ years: [2000, 2199] });

@InputType()
export class RecordRegionalReferralInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;

  @Field({ description: 'The receiving unit, e.g. "Dobbeltdiagnoseafsnittet, Regionspsykiatrien Vest".' })
  @IsString()
  @IsCleanText({ message: 'Skriv, hvilken enhed borgeren er henvist til.' })
  @MaxLength(200, { message: 'Enhedens navn må højst være 200 tegn.' })
  unit!: string;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  @IsCourseDate()
  referredOn!: string;
}

/** The whole course as the form shows it: an empty date has not happened (yet). */
@InputType()
export class UpdateRegionalTreatmentCourseInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt forløb.' })
  id!: string;

  @Field(() => Int, { description: 'The version the edit started from.' })
  @IsInt({ message: 'Ukendt udgave af forløbet. Hent borgeren igen.' })
  @Min(1, { message: 'Ukendt udgave af forløbet. Hent borgeren igen.' })
  expectedVersion!: number;

  @Field()
  @IsString()
  @IsCleanText({ message: 'Skriv, hvilken enhed borgeren er henvist til.' })
  @MaxLength(200, { message: 'Enhedens navn må højst være 200 tegn.' })
  unit!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCourseDate()
  referredOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; not before referredOn.' })
  @IsOptional()
  @IsCourseDate()
  admittedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; needs admittedOn, not before it.' })
  @IsOptional()
  @IsCourseDate()
  dischargedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; needs dischargedOn, not before it.' })
  @IsOptional()
  @IsCourseDate()
  returnedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; only without admittedOn, not before referredOn.' })
  @IsOptional()
  @IsCourseDate()
  withdrawnOn?: string | null;
}
