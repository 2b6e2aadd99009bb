import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, MaxLength } from 'class-validator';
import { DisciplineEnum, MemberLeaveReasonEnum } from '../../common/graphql/enums';
import { IsCleanText, IsFte, IsId, IsIsoDate } from '../../common/validation/validators';

const DISCIPLINES = Object.values(DisciplineEnum);
const LEAVE_REASONS = Object.values(MemberLeaveReasonEnum);
const YEARS = [2000, 2100] as const;

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

  @Field({ nullable: true, description: 'First day on the team (YYYY-MM-DD, today or earlier); today when left out.' })
  @IsOptional()
  @IsIsoDate({ years: YEARS, message: 'Skriv den første dag i teamet som en dato.' })
  joinedOn?: string;
}

@InputType()
export class EndTeamMembershipInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt teammedlem.' })
  memberId!: string;

  @Field({ description: "The member's last day on the team (YYYY-MM-DD); may lie ahead." })
  @IsIsoDate({ years: YEARS, message: 'Skriv den sidste dag i teamet som en dato.' })
  lastDay!: string;

  @Field(() => MemberLeaveReasonEnum)
  @IsIn(LEAVE_REASONS, { message: 'Vælg, hvorfor medarbejderen stopper.' })
  reason!: string;
}

@InputType()
export class ChangeTeamMemberTermsInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt teammedlem.' })
  memberId!: string;

  @Field({ description: 'The change holds from this day (YYYY-MM-DD, today or earlier, not before the last change).' })
  @IsIsoDate({ years: YEARS, message: 'Skriv datoen for ændringen.' })
  from!: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsFte()
  fte?: number;

  @Field(() => DisciplineEnum, { nullable: true })
  @IsOptional()
  @IsIn(DISCIPLINES, { message: 'Vælg en faggruppe.' })
  discipline?: string;
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
