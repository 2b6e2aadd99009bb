import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type NotificationChannelName, type NotificationKindName } from '@act/domain';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/graphql/connection';

/** GraphQL names (MEETING_UPCOMING) over the stored values (meeting_upcoming), from the domain's one list. */
export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k.toUpperCase(), k])) as {
  [K in NotificationKindName as Uppercase<K>]: K;
};
export const NotificationChannelEnum = Object.fromEntries(NOTIFICATION_CHANNELS.map((c) => [c.toUpperCase(), c])) as {
  [C in NotificationChannelName as Uppercase<C>]: C;
};
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });
registerEnumType(NotificationChannelEnum, { name: 'NotificationChannel', description: 'In the app or by e-mail.' });

@ObjectType('Notification', { description: 'A notification for the viewer; the text is written when it is read, under the viewer’s access rules.' })
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindEnum)
  kind!: NotificationKindName;

  @Field({ description: 'What kind of thing it is, in Danish ("Supervision").' })
  title!: string;

  @Field({ description: 'What and when, in Danish ("Supervision torsdag den 10. december 2026 kl. 13.00").' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Where in the app to act on it; null when the viewer can no longer see it.' })
  link!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the thing happens or is due.' })
  occursAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(NotificationModel, 'Notification') {}

@ObjectType('NotificationPreference', { description: 'Whether the viewer gets one kind of notification on one channel.' })
export class NotificationPreferenceModel {
  @Field(() => NotificationKindEnum)
  kind!: NotificationKindName;

  @Field()
  title!: string;

  @Field(() => NotificationChannelEnum)
  channel!: NotificationChannelName;

  @Field()
  enabled!: boolean;

  @Field({ description: 'What a user gets without choosing.' })
  defaultEnabled!: boolean;
}
