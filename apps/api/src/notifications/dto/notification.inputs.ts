import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type NotificationChannelName, type NotificationKindName } from '@act/domain';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn } from 'class-validator';
import { PageArgs } from '../../common/graphql/connection';
import { NotificationChannelEnum, NotificationKindEnum } from '../notifications.model';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only the unread ones.' })
  @IsBoolean()
  unreadOnly = false;
}

@InputType()
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKindEnum)
  @IsIn([...NOTIFICATION_KINDS], { message: 'Vælg en slags notifikation.' })
  kind!: NotificationKindName;

  @Field(() => NotificationChannelEnum)
  @IsIn([...NOTIFICATION_CHANNELS], { message: 'Vælg app eller e-mail.' })
  channel!: NotificationChannelName;

  @Field(() => Boolean)
  @IsBoolean({ message: 'Vælg til eller fra.' })
  enabled!: boolean;
}
