import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '@act/domain';
import { NotificationChannel, NotificationKind } from './notification.entity';

it('stores the same notification kinds and channels as the domain knows', () => {
  expect(Object.values(NotificationKind).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  expect(Object.values(NotificationChannel).sort()).toEqual([...NOTIFICATION_CHANNELS].sort());
});
