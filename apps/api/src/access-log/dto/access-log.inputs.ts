import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { AUDIT_OPERATIONS, type AuditOperation } from '../audit-entry';
import { IsId } from '../../common/validation/validators';

@InputType()
export class AccessLogFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId({ message: 'Ukendt borger.' })
  citizenId?: string | null;

  /** The citizen by CPR number: the admin may not see citizens' names, so this is how one is picked. */
  @Field(() => String, { nullable: true, description: 'The citizen by CPR number (10 digits, a dash allowed); instead of citizenId.' })
  @IsOptional()
  @IsString({ message: 'Skriv CPR-nummeret som 10 cifre, fx 010190-1234.' })
  @MaxLength(20, { message: 'Skriv CPR-nummeret som 10 cifre, fx 010190-1234.' })
  citizenCpr?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId({ message: 'Ukendt bruger.' })
  actorId?: string | null;

  @Field(() => AUDIT_OPERATIONS, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(AUDIT_OPERATIONS), { message: 'Ukendt handling.' })
  operation?: AuditOperation | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'Ugyldig fra-dato.' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'Ugyldig til-dato.' })
  to?: Date | null;
}
