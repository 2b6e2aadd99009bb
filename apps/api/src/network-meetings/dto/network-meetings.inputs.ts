import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsOptional, MaxLength } from 'class-validator';
import { IsCleanText, IsId, IsPlainText } from '../../common/validation/validators';


@InputType()
export class CreateNetworkMeetingInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'Vælg dato og starttidspunkt.' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'Vælg sluttidspunkt.' })
  endsAt!: Date;

  @Field()
  @IsCleanText({ message: 'Skriv, hvor mødet holdes.' })
  @MaxLength(200, { message: 'Stedet må højst være 200 tegn.' })
  place!: string;

  @Field({ description: 'Why we meet, in plain words.' })
  @IsCleanText({ message: 'Skriv kort, hvorfor I mødes.' })
  @MaxLength(1000, { message: 'Formålet må højst være 1000 tegn.' })
  purpose!: string;

  @Field(() => ID, { description: 'The team member who invites.' })
  @IsId({ message: 'Vælg, hvem der inviterer.' })
  invitedByMemberId!: string;
}

@InputType()
export class AddNetworkParticipantInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt møde.' })
  meetingId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv navnet.' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  name!: string;

  @Field()
  @IsCleanText({ message: 'Skriv, hvem personen er for borgeren, fx søster eller jobkonsulent.' })
  @MaxLength(200, { message: 'Højst 200 tegn.' })
  role!: string;

  @Field()
  @IsCleanText({ message: 'Skriv, hvorfor personen deltager.' })
  @MaxLength(500, { message: 'Højst 500 tegn.' })
  why!: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  chosenByCitizen!: boolean;
}

@InputType()
export class AddNetworkAgendaPointInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt møde.' })
  meetingId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv punktet.' })
  @MaxLength(500, { message: 'Punktet må højst være 500 tegn.' })
  text!: string;

  @Field({ description: "The citizen's own point." })
  @IsBoolean()
  fromCitizen!: boolean;
}

@InputType()
export class SaveNetworkPreparationInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt møde.' })
  meetingId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'Højst 2000 tegn.' })
  @IsPlainText()
  job?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'Højst 2000 tegn.' })
  @IsPlainText()
  network?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'Højst 2000 tegn.' })
  @IsPlainText()
  leisure?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'Højst 2000 tegn.' })
  @IsPlainText()
  housing?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'Højst 2000 tegn.' })
  @IsPlainText()
  coping?: string | null;
}

@InputType()
export class SaveNetworkSummaryInput {
  @Field(() => ID)
  @IsId({ message: 'Ukendt møde.' })
  meetingId!: string;

  @Field()
  @IsCleanText({ message: 'Skriv referatet sammen med borgeren.' })
  @MaxLength(8000, { message: 'Referatet må højst være 8000 tegn.' })
  summary!: string;
}
