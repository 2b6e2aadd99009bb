import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TeamBoardContact', { description: 'An agreed contact while on the board, and who makes it.' })
export class TeamBoardContactModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  memberId!: string;

  @Field()
  memberName!: string;

  @Field()
  agreement!: string;
}

@ObjectType('TeamBoardNote')
export class TeamBoardNoteModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field()
  writtenByName!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('TeamBoardEntry', { description: 'A citizen on the team board (intensive follow-up).' })
export class TeamBoardEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  teamId!: string;

  @Field(() => ID)
  citizenId!: string;

  @Field()
  citizenName!: string;

  @Field()
  reason!: string;

  @Field({ description: 'YYYY-MM-DD' })
  placedOn!: string;

  @Field(() => Int, { description: 'Days on the board (to today, or to the day taken off).' })
  daysOnBoard!: number;

  @Field(() => String, { nullable: true })
  removedOn!: string | null;

  @Field(() => String, { nullable: true })
  removedReason!: string | null;

  @Field(() => [TeamBoardContactModel])
  contacts!: TeamBoardContactModel[];

  @Field(() => [TeamBoardNoteModel], { description: 'The latest notes, newest first (at most 5).' })
  latestNotes!: TeamBoardNoteModel[];
}
