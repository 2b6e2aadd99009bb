import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsId } from '../../common/validation/validators';

@InputType()
export class AccessLogFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId({ message: 'Ukendt borger.' })
  citizenId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId({ message: 'Ukendt bruger.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  operation?: string | null;

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
