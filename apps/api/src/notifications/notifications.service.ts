import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  defaultNotificationPreference,
  notificationEnabled,
  type NotificationKindName,
  type StoredPreference,
} from '@act/domain';
import { Role } from '@act/db';
import { Injectable } from '@nestjs/common';
import { requireViewer } from '../auth/access-policy';
import { decodeCursor, encodeCursor, type Connection } from '../common/graphql/connection';
import { InputException } from '../common/errors/input.exception';
import type { RequestContext } from '../common/request/request-context';
import type { NotificationsArgs, SetNotificationPreferenceInput } from './dto/notification.inputs';
import { renderNotifications } from './notification-text';
import type { NotificationModel, NotificationPreferenceModel } from './notifications.model';
import { countNotifications, notificationOfUser, notificationPage } from './notifications.queries';
import { NotificationErrorCode, NotificationException } from './notifications.exception';

/** created_at as PostgreSQL prints it (full precision), the only form a cursor may carry. */
const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

const LEADER_ONLY = new Set<NotificationKindName>(['caseload_exception_expiring', 'supervision_overdue']);

/** The kinds a role can receive, so the settings page lists only what can come. */
export function kindsForRole(role: Role): NotificationKindName[] {
  switch (role) {
    case Role.Admin:
      return [];
    case Role.SteeringGroup:
      return ['steering_meeting_upcoming'];
    case Role.TeamMember:
      return NOTIFICATION_KINDS.filter((k) => k !== 'steering_meeting_upcoming' && !LEADER_ONLY.has(k));
    case Role.TeamLeader:
      return [...NOTIFICATION_KINDS];
  }
}

/** The viewer's own notifications and settings; another user's notification does not exist for them. */
@Injectable()
export class NotificationsService {
  async list(ctx: RequestContext, args: NotificationsArgs): Promise<Connection<NotificationModel>> {
    const viewer = requireViewer(ctx.viewer);
    let after: { at: string; id: string } | null = null;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, ['text', 'uuid']) as [string, string];
      if (!PG_TIMESTAMP.test(at)) throw InputException.field('after', 'Ugyldig markør til næste side. Hent listen forfra.');
      after = { at, id };
    }
    const rows = await notificationPage(ctx.db, viewer.userId, args.unreadOnly, after, args.first + 1);
    const page = rows.slice(0, args.first);
    const nodes = await renderNotifications(ctx, page);
    const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor([page[i].cursor_at, page[i].id]) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: await countNotifications(ctx.db, viewer.userId, args.unreadOnly),
    };
  }

  unreadCount(ctx: RequestContext): Promise<number> {
    return countNotifications(ctx.db, requireViewer(ctx.viewer).userId, true);
  }

  /** Idempotent: a notification already read keeps the time it was first read. */
  async markRead(ctx: RequestContext, id: string): Promise<NotificationModel> {
    const viewer = requireViewer(ctx.viewer);
    await ctx.db.query(`UPDATE notification SET read_at = now() WHERE id = $1 AND user_id = $2 AND read_at IS NULL`, [id, viewer.userId]);
    const row = await notificationOfUser(ctx.db, id, viewer.userId);
    if (!row) throw new NotificationException(NotificationErrorCode.NotFound, 'Notifikationen findes ikke.');
    return (await renderNotifications(ctx, [row]))[0];
  }

  /** Returns how many were marked now. */
  async markAllRead(ctx: RequestContext): Promise<number> {
    const viewer = requireViewer(ctx.viewer);
    // A raw UPDATE answers [rows, affected count] through TypeORM's pg driver.
    const [, marked] = await ctx.db.query<[unknown[], number]>(`UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [
      viewer.userId,
    ]);
    return marked;
  }

  async preferences(ctx: RequestContext): Promise<NotificationPreferenceModel[]> {
    const viewer = requireViewer(ctx.viewer);
    const stored: StoredPreference[] = await ctx.db.query(
      `SELECT kind, channel, enabled FROM notification_preference WHERE user_id = $1`,
      [viewer.userId],
    );
    return kindsForRole(viewer.role).flatMap((kind) =>
      NOTIFICATION_CHANNELS.map((channel) => ({
        kind,
        title: NOTIFICATION_KIND_LABELS[kind],
        channel,
        enabled: notificationEnabled(stored, kind, channel),
        defaultEnabled: defaultNotificationPreference(kind, channel),
      })),
    );
  }

  /** Only a change from the default is stored; choosing the default again removes the row. */
  async setPreference(ctx: RequestContext, input: SetNotificationPreferenceInput): Promise<NotificationPreferenceModel> {
    const viewer = requireViewer(ctx.viewer);
    const defaultEnabled = defaultNotificationPreference(input.kind, input.channel);
    if (input.enabled === defaultEnabled) {
      await ctx.db.query(`DELETE FROM notification_preference WHERE user_id = $1 AND kind = $2 AND channel = $3`, [
        viewer.userId,
        input.kind,
        input.channel,
      ]);
    } else {
      await ctx.db.query(
        `INSERT INTO notification_preference (tenant_id, user_id, kind, channel, enabled) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, kind, channel) DO UPDATE SET enabled = EXCLUDED.enabled`,
        [viewer.tenantId, viewer.userId, input.kind, input.channel, input.enabled],
      );
    }
    return { kind: input.kind, title: NOTIFICATION_KIND_LABELS[input.kind], channel: input.channel, enabled: input.enabled, defaultEnabled };
  }
}
