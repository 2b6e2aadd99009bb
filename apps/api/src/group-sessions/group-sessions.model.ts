import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/graphql/connection';

/** What kind of group; dual-diagnosis groups are what the fidelity item "group attendance" counts. */
export const GroupSessionKindEnum = {
  DUAL_DIAGNOSIS: 'dual_diagnosis',
  SOCIAL: 'social',
  PSYCHOEDUCATION: 'psychoeducation',
  OTHER: 'other',
} as const;
registerEnumType(GroupSessionKindEnum, {
  name: 'GroupSessionKind',
  description: 'DUAL_DIAGNOSIS groups count for the fidelity item "group attendance".',
});

@ObjectType('GroupSessionAttendee', { description: 'A citizen of the team who came.' })
export class GroupSessionAttendeeModel {
  @Field(() => ID)
  citizenId!: string;

  @Field()
  name!: string;
}

@ObjectType('GroupSession', { description: "A group session the team held, and which of its citizens came (the team's staff only)." })
export class GroupSessionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  teamId!: string;

  @Field(() => GroupSessionKindEnum)
  kind!: string;

  @Field()
  title!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => ID)
  ledByMemberId!: string;

  @Field()
  ledByName!: string;

  @Field(() => [GroupSessionAttendeeModel], { description: 'By name.' })
  attendees!: GroupSessionAttendeeModel[];
}

export const GroupSessionConnection = ConnectionType(GroupSessionModel, 'GroupSession');
