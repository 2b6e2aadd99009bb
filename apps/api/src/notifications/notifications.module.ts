import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** The viewer's notifications in the app (written by the worker) and their settings per kind and channel. */
@Module({
  providers: [NotificationsService, NotificationsResolver],
})
export class NotificationsModule {}
