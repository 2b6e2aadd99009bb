import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AUDIT_OPERATIONS, type AuditOperation } from './audit-entry';
import { AUDIT_PURPOSES, type AuditPurpose } from './audit-purpose';
import { ConnectionType } from '../common/graphql/connection';

registerEnumType(AUDIT_OPERATIONS, { name: 'AccessLogOperation', description: 'What was done with citizen data.' });
registerEnumType(AUDIT_PURPOSES, { name: 'AccessLogPurpose', description: 'Why citizen data was read or changed.' });

@ObjectType('AccessLogEntry', { description: 'Who read or changed which citizen data, when.' })
export class AccessLogEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The citizen the entry is about: its one citizen, or the citizen it was found by (an extract, a search by citizen); null for an entry about several.',
  })
  citizenId!: string | null;

  @Field(() => [ID], { description: 'Every citizen the entry is about (several for a list); when found by a citizen, only that citizen.' })
  citizenIds!: string[];

  @Field(() => String, { nullable: true })
  criterion!: string | null;

  @Field(() => AUDIT_OPERATIONS)
  operation!: AuditOperation;

  @Field(() => AUDIT_PURPOSES)
  purpose!: AuditPurpose;

  @Field({ description: "The server's id of the request." })
  requestId!: string;

  @Field(() => String, { nullable: true, description: "The client's own request id, if it sent one: a correlation hint only." })
  clientRequestId!: string | null;
}

export const AccessLogConnection = ConnectionType(AccessLogEntryModel, 'AccessLog', false);
