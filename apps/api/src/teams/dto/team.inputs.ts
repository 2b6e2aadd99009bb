import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, MaxLength } from 'class-validator';
import { DisciplineEnum } from '../../common/graphql/enums';
import { IsCleanText, IsFte, IsId } from '../../common/validation/validators';

const DISCIPLINES = Object.values(DisciplineEnum);

@InputType()
export class CreateTeamInput {
  @Field()
  @IsCleanText({ message: 'Skriv et navn til teamet.' })
  @MaxLength(200, { message: 'Teamets navn må højst være 200 tegn.' })
  name!: string;
}

@InputType()
export class UpdateTeamInput extends CreateTeamInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  id!: string;
}

@InputType()
export class AddTeamMemberInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;

  @Field(() => ID)
  @IsId({ message: 'Ukendt bruger.' })
  userId!: string;

  @Field(() => DisciplineEnum)
  @IsIn(DISCIPLINES, { message: 'Vælg en faggruppe.' })
  discipline!: string;

  @Field(() => Float)
  @IsFte()
  fte!: number;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  isTeamLeader = false;
}

@InputType()
export class UpdateTeamMemberInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt teammedlem.' })
  id!: string;

  @Field(() => DisciplineEnum, { nullable: true })
  @IsOptional()
  @IsIn(DISCIPLINES, { message: 'Vælg en faggruppe.' })
  discipline?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsFte()
  fte?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isTeamLeader?: boolean;
}
