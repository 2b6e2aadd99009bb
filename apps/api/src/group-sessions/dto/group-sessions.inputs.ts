import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsIn, IsInt, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../common/graphql/connection';
import { IsCleanText, IsId, IsIsoDate } from '../../common/validation/validators';
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

  @Field({ description: 'YYYY-MM-DD, the day it was held (today or earlier).' })
  @IsIsoDate({ years: [2000, 2100], message: 'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-12-01.' })
  date!: string;

  @Field({ description: 'HH:MM, Copenhagen wall clock: when it began.' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Skriv klokkeslættet som TT:MM, fx 13:00.' })
  startTime!: string;

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
