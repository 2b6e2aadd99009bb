/**
 * Demo notifications: the reminders the worker would have sent for the meetings already held or
 * not held (supervision, sparring, evaluation days, steering meetings), one per recipient, with
 * the same dedupe keys the worker uses — the two most recent unread, the rest read. Occurrences
 * get `remind_at`/`reminded_at` as if the reminder had gone out, so the worker never re-sends them.
 */
import { reminderDedupeKey } from '@act/domain';
import type { EntityManager } from 'typeorm';

const UPCOMING: Record<string, string> = {
  team_meeting: 'meeting_upcoming',
  supervision: 'supervision_upcoming',
  sparring: 'sparring_upcoming',
  evaluation_day: 'evaluation_day_upcoming',
  steering_meeting: 'steering_meeting_upcoming',
};

interface PastOccurrence {
  id: string;
  kind: string;
  team_id: string | null;
  starts_at: Date;
  remind_minutes_before: number;
}

/** Returns how many notifications it wrote. */
export async function insertDemoNotifications(manager: EntityManager, tenantId: string, now: Date): Promise<number> {
  const occurrences = await manager.query<PastOccurrence[]>(
    `SELECT o.id, o.kind::text AS kind, o.team_id, o.starts_at, s.remind_minutes_before
       FROM meeting_occurrence o JOIN meeting_series s ON s.id = o.series_id
      WHERE o.tenant_id = $1 AND o.kind <> 'team_meeting' AND o.status IN ('held', 'not_held') AND o.starts_at <= $2
      ORDER BY o.starts_at`,
    [tenantId, now],
  );
  const recipients = await manager.query<Array<{ user_id: string; team_id: string | null }>>(
    `SELECT m.user_id, m.team_id FROM team_member m WHERE m.tenant_id = $1
     UNION ALL SELECT u.id, NULL FROM app_user u WHERE u.tenant_id = $1 AND u.role = 'steering_group'`,
    [tenantId],
  );
  const rows: Array<{ user: string; kind: string; subject: string; team: string | null; occurs: Date; key: string; created: Date }> = [];
  for (const o of occurrences) {
    const remindAt = new Date(o.starts_at.getTime() - o.remind_minutes_before * 60_000);
    await manager.query(`UPDATE meeting_occurrence SET remind_at = $2, reminded_at = $2 WHERE id = $1`, [o.id, remindAt]);
    for (const r of recipients.filter((x) => x.team_id === o.team_id)) {
      rows.push({ user: r.user_id, kind: UPCOMING[o.kind], subject: o.id, team: o.team_id, occurs: o.starts_at,
        key: reminderDedupeKey(o.id, o.starts_at), created: remindAt });
    }
  }
  // Newest first per user: the first two stay unread.
  const seen = new Map<string, number>();
  const readAt = [...rows].reverse().map((row) => {
    const n = (seen.get(row.user) ?? 0) + 1;
    seen.set(row.user, n);
    return n <= 2 ? null : new Date(row.created.getTime() + 3 * 3_600_000);
  }).reverse();
  if (rows.length) {
    await manager.query(
      `INSERT INTO notification (tenant_id, user_id, kind, subject_id, team_id, occurs_at, dedupe_key, created_at, read_at)
       SELECT $1, u, k::notification_kind, s, t, o, d, c, r
         FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::timestamptz[], $7::text[], $8::timestamptz[], $9::timestamptz[])
           AS x(u, k, s, t, o, d, c, r)`,
      [tenantId, rows.map((r) => r.user), rows.map((r) => r.kind), rows.map((r) => r.subject), rows.map((r) => r.team),
        rows.map((r) => r.occurs), rows.map((r) => r.key), rows.map((r) => r.created), readAt],
    );
  }
  return rows.length;
}
