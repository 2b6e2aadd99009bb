import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsDate, IsIn, IsInt, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../common/graphql/connection';
import { IsCleanText, IsId } from '../../common/validation/validators';
import { GroupSessionKindEnum } from '../group-sessions.model';

/** The most attendees one session takes: a large group, not the whole team's caseload by mistake. */
export const MAX_ATTENDEES = 40;

@InputType({ isAbstract: true })
export class GroupSessionFields {
  @Field(() => GroupSessionKindEnum)
  @IsIn(Object.values(GroupSessionKindEnum), { message: 'Vælg, hvilken slags gruppe det var.' })
  kind!: string;

  @Field()
  @IsCleanText({ message: 'Skriv et navn på gruppen, fx "Dobbeltdiagnosegruppe".' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  title!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it began (it has been held: not in the future).' })
  @Type(() => Date)
  @IsDate({ message: 'Skriv dato og klokkeslæt for gruppen.' })
  startsAt!: Date;

  @Field(() => Int)
  @IsInt({ message: 'Skriv varigheden i hele minutter.' })
  @Min(10, { message: 'Varigheden skal være mindst 10 minutter.' })
  @Max(480, { message: 'Varigheden må højst være 480 minutter (8 timer).' })
  durationMinutes!: number;

  @Field(() => ID, { description: 'A member of the team who led it.' })
  @IsId({ message: 'Vælg, hvem der ledte gruppen.' })
  ledByMemberId!: string;

  @Field(() => [ID], { description: 'Citizens of the team who came (may be empty).' })
  @ArrayMaxSize(MAX_ATTENDEES, { message: `Højst ${MAX_ATTENDEES} deltagere i én gruppe.` })
  @ArrayUnique({ message: 'Den samme borger er valgt to gange.' })
  @IsId({ each: true, message: 'Ukendt borger.' })
  attendeeCitizenIds!: string[];
}

@InputType()
export class CreateGroupSessionInput extends GroupSessionFields {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;
}

@InputType()
export class UpdateGroupSessionInput extends GroupSessionFields {
  @Field(() => ID)
  @IsId({ message: 'Ukendt gruppe.' })
  id!: string;
}

@ArgsType()
export class GroupSessionsArgs extends PageArgs {
  @Field(() => ID)
  @IsId({ message: 'Ukendt team.' })
  teamId!: string;
}
