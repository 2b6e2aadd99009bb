import { reminderDedupeKey, type NotificationKindName } from '@act/domain';
import type { TenantTransaction } from '../database/database.service';
import { writeNotifications, type ExternalMailToWrite, type NotificationToWrite } from './notification-writer';

/** Occurrences claimed per transaction: large enough for throughput, small enough for short locks. */
export const REMINDER_BATCH = 200;

const UPCOMING: Record<string, NotificationKindName> = {
  team_meeting: 'meeting_upcoming',
  supervision: 'supervision_upcoming',
  sparring: 'sparring_upcoming',
  evaluation_day: 'evaluation_day_upcoming',
  steering_meeting: 'steering_meeting_upcoming',
};

export type DispatchResult = {
  /** Occurrences claimed (and marked reminded). */
  claimed: number;
  /** Of those, already started when claimed (late: marked, nobody reminded). */
  tooLate: number;
  notifications: number;
  mails: number;
};

interface DueRow {
  id: string;
  kind: string;
  team_id: string | null;
  starts_at: Date;
  started: boolean;
  member_id: string | null;
  supervisor_email: string | null;
}

/**
 * One batch, in the caller's transaction (ADR 0013): claims due reminders of the current tenant
 * (`FOR UPDATE SKIP LOCKED`, so replicas take different rows), resolves the recipients as they
 * are now, writes notifications and pending mail, and sets `reminded_at` — all or nothing. A
 * worker killed before COMMIT leaves no trace; the next run claims the same rows again.
 */
export async function dispatchReminderBatch(tx: TenantTransaction, tenantId: string, limit = REMINDER_BATCH): Promise<DispatchResult> {
  const { rows: due } = await tx.query<DueRow>(
    `SELECT o.id, o.kind::text AS kind, o.team_id, o.starts_at, o.starts_at <= now() AS started, s.member_id, s.supervisor_email
     FROM meeting_occurrence o JOIN meeting_series s ON s.id = o.series_id
     WHERE o.remind_at <= now() AND o.reminded_at IS NULL AND o.status = 'planned'
     ORDER BY o.remind_at, o.id
     LIMIT $1
     FOR UPDATE OF o SKIP LOCKED`,
    [limit],
  );
  if (!due.length) return { claimed: 0, tooLate: 0, notifications: 0, mails: 0 };
  // A reminder for a meeting that has already begun helps nobody (the worker was down for long).
  const upcoming = due.filter((row) => !row.started);
  const recipients = await recipientsOf(tx, upcoming.map((row) => row.id));
  const byId = new Map(upcoming.map((row) => [row.id, row]));
  const items: NotificationToWrite[] = recipients.map(({ occurrence_id, user_id }) => {
    const occurrence = byId.get(occurrence_id)!;
    return {
      userId: user_id,
      kind: UPCOMING[occurrence.kind],
      subjectId: occurrence.id,
      teamId: occurrence.team_id,
      occursAt: occurrence.starts_at,
      itemCount: null,
      dedupeKey: reminderDedupeKey(occurrence.id, occurrence.starts_at),
      occurrenceId: occurrence.id,
    };
  });
  const externals: ExternalMailToWrite[] = upcoming
    .filter((row) => row.kind === 'supervision' && row.supervisor_email)
    .map((row) => ({
      email: row.supervisor_email!,
      kind: 'supervision_upcoming',
      occurrenceId: row.id,
      occursAt: row.starts_at,
      dedupeKey: reminderDedupeKey(row.id, row.starts_at),
    }));
  const written = await writeNotifications(tx, tenantId, items, externals);
  await tx.query(`UPDATE meeting_occurrence SET reminded_at = now() WHERE id = ANY($1::uuid[])`, [due.map((row) => row.id)]);
  return { claimed: due.length, tooLate: due.length - upcoming.length, ...written };
}

/**
 * Who is reminded, resolved at reminder time: the team's members (leader included) for team
 * meetings, sparring and evaluation days; for supervision the one member, or the whole team;
 * for steering meetings every steering-group user of the tenant. Disabled users are skipped.
 */
async function recipientsOf(tx: TenantTransaction, occurrenceIds: string[]): Promise<Array<{ occurrence_id: string; user_id: string }>> {
  if (!occurrenceIds.length) return [];
  const { rows } = await tx.query<{ occurrence_id: string; user_id: string }>(
    `WITH occ AS (
       SELECT o.id, o.kind, o.team_id, s.member_id
       FROM meeting_occurrence o JOIN meeting_series s ON s.id = o.series_id
       WHERE o.id = ANY($1::uuid[])
     )
     SELECT occ.id AS occurrence_id, u.id AS user_id
     FROM occ
     JOIN team_member tm ON tm.team_id = occ.team_id AND member_is_current(tm.left_on)
     JOIN app_user u ON u.id = tm.user_id AND u.disabled_at IS NULL
     WHERE occ.kind <> 'steering_meeting' AND (occ.kind <> 'supervision' OR occ.member_id IS NULL OR tm.id = occ.member_id)
     UNION
     SELECT occ.id, u.id
     FROM occ JOIN app_user u ON u.role = 'steering_group' AND u.disabled_at IS NULL
     WHERE occ.kind = 'steering_meeting'
     ORDER BY 1, 2`,
    [occurrenceIds],
  );
  return rows;
}
