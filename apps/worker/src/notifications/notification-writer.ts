import { createHash } from 'node:crypto';
import { notificationEnabled, type NotificationKindName, type StoredPreference } from '@act/domain';
import type { TenantTransaction } from '../database/database.service';

/** One notification for one user, before preferences are applied. */
export interface NotificationToWrite {
  userId: string;
  kind: NotificationKindName;
  /** An occurrence, care-plan version, task, exception or team member (by kind). */
  subjectId: string | null;
  teamId: string | null;
  occursAt: Date | null;
  itemCount: number | null;
  /** Unique per user: the same key is never notified twice. */
  dedupeKey: string;
  /** Set for meeting reminders (the mail outbox keeps it for queue health and clean-up). */
  occurrenceId: string | null;
}

/** A mail to someone who is not a user (the external supervisor): by e-mail only. */
export interface ExternalMailToWrite {
  email: string;
  kind: NotificationKindName;
  occurrenceId: string | null;
  occursAt: Date | null;
  dedupeKey: string;
}

export type WriteResult = {
  notifications: number;
  mails: number;
};

/** Stable per reminder and recipient, so every retry of the same mail carries the same Message-ID. */
export function messageIdFor(idempotencyKey: string): string {
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40)}@act.invalid>`;
}

/**
 * Writes notifications (in the app, when the user's in-app preference is on) and pending mail
 * (when their e-mail preference is on) in the caller's transaction. Both inserts skip what
 * already exists (dedupe key per user; idempotency key per mail), so a writer that runs twice
 * adds nothing. Returns how many rows were new.
 */
export async function writeNotifications(
  tx: TenantTransaction,
  tenantId: string,
  items: readonly NotificationToWrite[],
  externals: readonly ExternalMailToWrite[] = [],
): Promise<WriteResult> {
  const preferences = await preferencesOf(tx, [...new Set(items.map((item) => item.userId))]);
  const wanted = (item: NotificationToWrite, channel: 'in_app' | 'email') =>
    notificationEnabled(preferences.get(item.userId) ?? [], item.kind, channel);
  const inApp = items.filter((item) => wanted(item, 'in_app'));
  const byMail = items.filter((item) => wanted(item, 'email'));

  let notifications = 0;
  const notificationIds = new Map<string, string>();
  if (inApp.length) {
    const inserted = await tx.query(
      `INSERT INTO notification (tenant_id, user_id, kind, subject_id, team_id, occurs_at, item_count, dedupe_key)
       SELECT $1, u, k::notification_kind, s, t, o, c, d
       FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::timestamptz[], $7::int[], $8::text[]) AS x(u, k, s, t, o, c, d)
       ON CONFLICT (tenant_id, user_id, dedupe_key) DO NOTHING`,
      [
        tenantId,
        inApp.map((i) => i.userId),
        inApp.map((i) => i.kind),
        inApp.map((i) => i.subjectId),
        inApp.map((i) => i.teamId),
        inApp.map((i) => i.occursAt),
        inApp.map((i) => i.itemCount),
        inApp.map((i) => i.dedupeKey),
      ],
    );
    notifications = inserted.rowCount ?? 0;
    if (byMail.length) {
      const { rows } = await tx.query<{ id: string; user_id: string; dedupe_key: string }>(
        `SELECT id, user_id, dedupe_key FROM notification
         WHERE (user_id, dedupe_key) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))`,
        [inApp.map((i) => i.userId), inApp.map((i) => i.dedupeKey)],
      );
      for (const row of rows) notificationIds.set(`${row.user_id} ${row.dedupe_key}`, row.id);
    }
  }

  const mails = [
    ...byMail.map((item) => ({
      notificationId: notificationIds.get(`${item.userId} ${item.dedupeKey}`) ?? null,
      userId: item.userId,
      email: null as string | null,
      occurrenceId: item.occurrenceId,
      kind: item.kind,
      key: `${item.dedupeKey}:user:${item.userId}`,
      occursAt: item.occursAt,
      itemCount: item.itemCount,
    })),
    ...externals.map((external) => ({
      notificationId: null,
      userId: null,
      email: external.email,
      occurrenceId: external.occurrenceId,
      kind: external.kind,
      key: `${external.dedupeKey}:external`,
      occursAt: external.occursAt,
      itemCount: null,
    })),
  ];
  if (!mails.length) return { notifications, mails: 0 };
  const inserted = await tx.query(
    `INSERT INTO mail_delivery (tenant_id, notification_id, user_id, external_email, occurrence_id, kind, idempotency_key, message_id, occurs_at, item_count)
     SELECT $1, n, u, e, o, k::notification_kind, i, m, t, c
     FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::int[])
       AS x(n, u, e, o, k, i, m, t, c)
     ON CONFLICT (idempotency_key) DO NOTHING`,
    [
      tenantId,
      mails.map((m) => m.notificationId),
      mails.map((m) => m.userId),
      mails.map((m) => m.email),
      mails.map((m) => m.occurrenceId),
      mails.map((m) => m.kind),
      mails.map((m) => m.key),
      mails.map((m) => messageIdFor(m.key)),
      mails.map((m) => m.occursAt),
      mails.map((m) => m.itemCount),
    ],
  );
  return { notifications, mails: inserted.rowCount ?? 0 };
}

/** The stored preference changes of these users (defaults apply to everything else). */
async function preferencesOf(tx: TenantTransaction, userIds: string[]): Promise<Map<string, StoredPreference[]>> {
  const result = new Map<string, StoredPreference[]>();
  if (!userIds.length) return result;
  const { rows } = await tx.query<{ user_id: string } & StoredPreference>(
    `SELECT user_id, kind::text AS kind, channel::text AS channel, enabled FROM notification_preference WHERE user_id = ANY($1::uuid[])`,
    [userIds],
  );
  for (const { user_id, ...preference } of rows) {
    const list = result.get(user_id) ?? [];
    list.push(preference);
    result.set(user_id, list);
  }
  return result;
}
