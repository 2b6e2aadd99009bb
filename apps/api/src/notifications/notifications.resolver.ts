import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { NotificationsArgs, SetNotificationPreferenceInput } from './dto/notification.inputs';
import { NotificationConnection, NotificationModel, NotificationPreferenceModel } from './notifications.model';
import { NotificationsService } from './notifications.service';

// Any logged-in viewer: every field reads or changes the viewer's own notifications only.
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Requires()
  @Query(() => NotificationConnection, { description: 'The viewer’s notifications, newest first.' })
  notifications(@Context() ctx: RequestContext, @Args() args: NotificationsArgs) {
    return this.service.list(ctx, args);
  }

  @Requires()
  @Query(() => Int, { description: 'How many of the viewer’s notifications are unread.' })
  unreadNotificationCount(@Context() ctx: RequestContext) {
    return this.service.unreadCount(ctx);
  }

  @Requires()
  @Query(() => [NotificationPreferenceModel], { description: 'Per kind the viewer can receive and per channel: on or off, and the default.' })
  notificationPreferences(@Context() ctx: RequestContext) {
    return this.service.preferences(ctx);
  }

  @Requires()
  @Mutation(() => NotificationModel, { description: 'Mark one of the viewer’s notifications read (again is fine).' })
  markNotificationRead(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.markRead(ctx, id);
  }

  @Requires()
  @Mutation(() => Int, { description: 'Mark all of the viewer’s notifications read; returns how many were unread.' })
  markAllNotificationsRead(@Context() ctx: RequestContext) {
    return this.service.markAllRead(ctx);
  }

  @Requires()
  @Mutation(() => NotificationPreferenceModel)
  setNotificationPreference(@Context() ctx: RequestContext, @Args('input') input: SetNotificationPreferenceInput) {
    return this.service.setPreference(ctx, input);
  }
}
