import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('NetworkMeetingParticipant', { description: 'Who comes, and why. The citizen chooses.' })
export class NetworkMeetingParticipantModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Who they are to the citizen, e.g. "søster", "jobkonsulent".' })
  role!: string;

  @Field()
  why!: string;

  @Field()
  chosenByCitizen!: boolean;
}

@ObjectType('NetworkMeetingAgendaPoint')
export class NetworkMeetingAgendaPointModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field({ description: "The citizen's own point." })
  fromCitizen!: boolean;
}

@ObjectType('NetworkMeetingPreparation', { description: 'The preparation sheet, in the citizen\'s words.' })
export class NetworkMeetingPreparationModel {
  @Field(() => String, { nullable: true })
  job!: string | null;

  @Field(() => String, { nullable: true })
  network!: string | null;

  @Field(() => String, { nullable: true })
  leisure!: string | null;

  @Field(() => String, { nullable: true })
  housing!: string | null;

  @Field(() => String, { nullable: true })
  coping!: string | null;
}

@ObjectType('NetworkMeeting', { description: 'A meeting with the citizen and their network.' })
export class NetworkMeetingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  citizenId!: string;

  @Field()
  citizenName!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field({ description: 'Weekday, date, start and end in words: "tirsdag den 10. november kl. 13.00–14.00".' })
  whenText!: string;

  @Field()
  place!: string;

  @Field()
  purpose!: string;

  @Field(() => ID)
  invitedByMemberId!: string;

  @Field()
  invitedByName!: string;

  @Field(() => [NetworkMeetingParticipantModel])
  participants!: NetworkMeetingParticipantModel[];

  @Field(() => [NetworkMeetingAgendaPointModel])
  agendaPoints!: NetworkMeetingAgendaPointModel[];

  @Field(() => NetworkMeetingPreparationModel)
  preparation!: NetworkMeetingPreparationModel;

  @Field(() => String, { nullable: true, description: 'Written with the citizen in plain words.' })
  summary!: string | null;
}

@ObjectType('NetworkMeetingListItem')
export class NetworkMeetingListItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field()
  whenText!: string;

  @Field()
  place!: string;

  @Field()
  purpose!: string;

  @Field()
  hasSummary!: boolean;
}
