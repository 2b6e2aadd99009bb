import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID, Matches, MaxLength } from 'class-validator';
import { IsCleanText } from '../../common/validation/validators';

@InputType()
export class PutOnTeamBoardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukendt borger.' })
  citizenId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv, hvorfor borgeren kommer på tavlen.' })
  @MaxLength(1000, { message: 'Begrundelsen må højst være 1000 tegn.' })
  reason!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Skriv datoen som ÅÅÅÅ-MM-DD.' })
  placedOn!: string;
}

@InputType()
export class AddTeamBoardContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukendt tavle-punkt.' })
  entryId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Vælg, hvem der tager kontakten.' })
  memberId!: string;

  @Field({ description: 'What is agreed, e.g. "Besøg mandag og torsdag formiddag".' })
  @IsCleanText({ message: 'Skriv, hvad der er aftalt.' })
  @MaxLength(500, { message: 'Aftalen må højst være 500 tegn.' })
  agreement!: string;
}

@InputType()
export class AddTeamBoardNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukendt tavle-punkt.' })
  entryId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv noten.' })
  @MaxLength(2000, { message: 'Noten må højst være 2000 tegn.' })
  text!: string;
}

@InputType()
export class TakeOffTeamBoardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukendt tavle-punkt.' })
  entryId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv, hvorfor borgeren tages af tavlen.' })
  @MaxLength(1000, { message: 'Begrundelsen må højst være 1000 tegn.' })
  reason!: string;
}
