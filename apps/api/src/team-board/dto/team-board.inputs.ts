import { Field, ID, InputType } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import { IsCleanText, IsId, IsIsoDate } from '../../common/validation/validators';

@InputType()
export class PutOnTeamBoardInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv, hvorfor borgeren kommer på tavlen.' })
  @MaxLength(1000, { message: 'Begrundelsen må højst være 1000 tegn.' })
  reason!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate({ message: 'Skriv datoen som ÅÅÅÅ-MM-DD.' })
  placedOn!: string;
}

@InputType()
export class AddTeamBoardContactInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt tavle-punkt.' })
  entryId!: string;

  @Field(() => ID)
  @IsId({ message: 'Vælg, hvem der tager kontakten.' })
  memberId!: string;

  @Field({ description: 'What is agreed, e.g. "Besøg mandag og torsdag formiddag".' })
  @IsCleanText({ message: 'Skriv, hvad der er aftalt.' })
  @MaxLength(500, { message: 'Aftalen må højst være 500 tegn.' })
  agreement!: string;
}

@InputType()
export class AddTeamBoardNoteInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt tavle-punkt.' })
  entryId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv noten.' })
  @MaxLength(2000, { message: 'Noten må højst være 2000 tegn.' })
  text!: string;
}

@InputType()
export class TakeOffTeamBoardInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt tavle-punkt.' })
  entryId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv, hvorfor borgeren tages af tavlen.' })
  @MaxLength(1000, { message: 'Begrundelsen må højst være 1000 tegn.' })
  reason!: string;
}
