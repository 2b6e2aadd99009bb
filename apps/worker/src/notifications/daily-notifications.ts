import { addDays, AGREEMENT_REVIEW_NOTICE_DAYS, calendarDaysBetween, copenhagenWallTimeToUtc, dailyDedupeKey, notSeenFor } from '@act/domain';
import type { TenantTransaction } from '../database/database.service';
import type { NotificationToWrite } from './notification-writer';

/** Days ahead a due date is announced. */
export const CARE_PLAN_NOTICE_DAYS = 7;
export const TASK_NOTICE_DAYS = 2;
export const EXCEPTION_NOTICE_DAYS = 7;

/** A local date as the instant its Copenhagen day begins (the mail prints the date only). */
const dayStart = (isoDate: string): Date => copenhagenWallTimeToUtc(isoDate, '00:00');

const item = (fields: Omit<NotificationToWrite, 'occurrenceId' | 'itemCount' | 'occursAt'> & Partial<NotificationToWrite>): NotificationToWrite => ({
  occurrenceId: null,
  itemCount: null,
  occursAt: null,
  ...fields,
});

/**
 * The newest agreed plan of each citizen whose follow-up is due within the notice period (or
 * overdue), to the primary contact: once per plan version and due date.
 */
export async function carePlanFollowUpsDue(tx: TenantTransaction, today: string): Promise<NotificationToWrite[]> {
  const { rows } = await tx.query<{ user_id: string; version_id: string; team_id: string; due_on: string }>(
    `SELECT tm.user_id, v.id AS version_id, c.team_id, to_char(v.next_follow_up_on, 'YYYY-MM-DD') AS due_on
     FROM primary_assignment pa
     JOIN citizen c ON c.id = pa.citizen_id AND c.status <> 'ended'
     JOIN team_member tm ON tm.id = pa.member_id
     JOIN app_user u ON u.id = tm.user_id AND u.disabled_at IS NULL
     JOIN LATERAL (SELECT id, next_follow_up_on FROM care_plan_version
                   WHERE citizen_id = c.id AND status = 'agreed' ORDER BY number DESC LIMIT 1) v ON true
     WHERE pa.ended_at IS NULL AND v.next_follow_up_on <= $1::date`,
    [addDays(today, CARE_PLAN_NOTICE_DAYS)],
  );
  return rows.map((r) =>
    item({
      userId: r.user_id,
      kind: 'care_plan_follow_up_due',
      subjectId: r.version_id,
      teamId: r.team_id,
      occursAt: dayStart(r.due_on),
      dedupeKey: dailyDedupeKey('care_plan_follow_up_due', r.version_id, r.due_on),
    }),
  );
}

/** Open follow-up tasks from meetings due within the notice period, to the assignee: once per task and due date. */
export async function followUpTasksDue(tx: TenantTransaction, today: string): Promise<NotificationToWrite[]> {
  const { rows } = await tx.query<{ user_id: string; task_id: string; team_id: string; due_on: string }>(
    `SELECT tm.user_id, t.id AS task_id, t.team_id, to_char(t.due_date, 'YYYY-MM-DD') AS due_on
     FROM follow_up_task t
     JOIN team_member tm ON tm.id = t.assignee_member_id
     JOIN app_user u ON u.id = tm.user_id AND u.disabled_at IS NULL
     WHERE t.done_at IS NULL AND t.due_date <= $1::date`,
    [addDays(today, TASK_NOTICE_DAYS)],
  );
  return rows.map((r) =>
    item({
      userId: r.user_id,
      kind: 'follow_up_task_due',
      subjectId: r.task_id,
      teamId: r.team_id,
      occursAt: dayStart(r.due_on),
      dedupeKey: dailyDedupeKey('follow_up_task_due', r.task_id, r.due_on),
    }),
  );
}

/** Caseload exceptions ending within the notice period, to the team's leaders: once per exception and last day. */
export async function exceptionsExpiring(tx: TenantTransaction, today: string): Promise<NotificationToWrite[]> {
  const { rows } = await tx.query<{ user_id: string; exception_id: string; team_id: string; until: string }>(
    `SELECT leader.user_id, e.id AS exception_id, m.team_id, to_char(e.valid_until, 'YYYY-MM-DD') AS until
     FROM caseload_exception e
     JOIN team_member m ON m.id = e.member_id
     JOIN team_member leader ON leader.team_id = m.team_id AND leader.is_team_leader AND member_is_current(leader.left_on)
     JOIN app_user u ON u.id = leader.user_id AND u.disabled_at IS NULL
     WHERE e.revoked_at IS NULL AND e.valid_until BETWEEN $1::date AND $2::date`,
    [today, addDays(today, EXCEPTION_NOTICE_DAYS)],
  );
  return rows.map((r) =>
    item({
      userId: r.user_id,
      kind: 'caseload_exception_expiring',
      subjectId: r.exception_id,
      teamId: r.team_id,
      occursAt: dayStart(r.until),
      dedupeKey: dailyDedupeKey('caseload_exception_expiring', r.exception_id, r.until),
    }),
  );
}

/**
 * The daily digest to each primary contact: how many of their active citizens have not been
 * seen face to face for longer than the team's threshold (the start page's rule, notSeenFor).
 */
export async function citizensNotSeen(tx: TenantTransaction, today: string, now: Date): Promise<NotificationToWrite[]> {
  const { rows } = await tx.query<{ user_id: string; member_id: string; team_id: string; threshold: number; citizen_id: string; last_face_to_face: Date | null }>(
    `SELECT tm.user_id, tm.id AS member_id, c.team_id, team.not_seen_threshold_days AS threshold, c.id AS citizen_id, lf.at AS last_face_to_face
     FROM primary_assignment pa
     JOIN citizen c ON c.id = pa.citizen_id AND c.status = 'active'
     JOIN team ON team.id = c.team_id
     JOIN team_member tm ON tm.id = pa.member_id
     JOIN app_user u ON u.id = tm.user_id AND u.disabled_at IS NULL
     LEFT JOIN LATERAL (SELECT max(v.planned_start) AS at FROM visit v
                        WHERE v.citizen_id = c.id AND v.outcome = 'done' AND v.face_to_face) lf ON true
     WHERE pa.ended_at IS NULL`,
  );
  const byMember = new Map<string, typeof rows>();
  for (const row of rows) byMember.set(row.member_id, [...(byMember.get(row.member_id) ?? []), row]);
  const items: NotificationToWrite[] = [];
  for (const [memberId, citizens] of byMember) {
    const first = citizens[0];
    const count = notSeenFor(
      citizens.map((c) => ({ citizenId: c.citizen_id, lastFaceToFace: c.last_face_to_face })),
      first.threshold,
      now,
    ).length;
    if (count === 0) continue;
    items.push(
      item({
        userId: first.user_id,
        kind: 'citizens_not_seen',
        subjectId: memberId,
        teamId: first.team_id,
        itemCount: count,
        dedupeKey: dailyDedupeKey('citizens_not_seen', memberId, today),
      }),
    );
  }
  return items;
}

/**
 * Members (not leaders) without a held supervision they attended within the team's interval, to
 * the team's leaders: once per member and overdue period (keyed by the day it became overdue,
 * so a new supervision starts a new period instead of a reminder every day).
 */
export async function supervisionOverdue(tx: TenantTransaction, today: string): Promise<NotificationToWrite[]> {
  const { rows } = await tx.query<{ user_id: string; member_id: string; team_id: string; since: string; interval_days: number }>(
    `SELECT leader.user_id, m.id AS member_id, m.team_id, team.supervision_interval_days AS interval_days,
            to_char(coalesce(held.last_on, (m.created_at AT TIME ZONE 'Europe/Copenhagen')::date), 'YYYY-MM-DD') AS since
     FROM team_member m
     JOIN team ON team.id = m.team_id
     JOIN app_user mu ON mu.id = m.user_id AND mu.disabled_at IS NULL
     JOIN team_member leader ON leader.team_id = m.team_id AND leader.is_team_leader AND member_is_current(leader.left_on)
     JOIN app_user u ON u.id = leader.user_id AND u.disabled_at IS NULL
     LEFT JOIN LATERAL (SELECT max((o.starts_at AT TIME ZONE 'Europe/Copenhagen')::date) AS last_on
                        FROM meeting_occurrence_attendee a JOIN meeting_occurrence o ON o.id = a.occurrence_id
                        WHERE a.member_id = m.id AND o.kind = 'supervision' AND o.status = 'held') held ON true
     WHERE NOT m.is_team_leader AND member_is_current(m.left_on)`,
  );
  return rows
    .filter((r) => calendarDaysBetween(r.since, today) > r.interval_days)
    .map((r) =>
      item({
        userId: r.user_id,
        kind: 'supervision_overdue',
        subjectId: r.member_id,
        teamId: r.team_id,
        dedupeKey: dailyDedupeKey('supervision_overdue', r.member_id, addDays(r.since, r.interval_days + 1)),
      }),
    );
}

/**
 * Signed cooperation agreements whose review date is within the notice period or past, to every
 * active steering-group user and admin: once per agreement and review date (a new review date is
 * a new reminder; the same one never twice).
 */
export async function agreementReviewsDue(tx: TenantTransaction, today: string): Promise<NotificationToWrite[]> {
  const { rows } = await tx.query<{ user_id: string; agreement_id: string; review_on: string }>(
    `SELECT u.id AS user_id, a.id AS agreement_id, to_char(a.review_on, 'YYYY-MM-DD') AS review_on
     FROM cooperation_agreement a
     CROSS JOIN app_user u
     WHERE a.status = 'signed' AND a.review_on <= $1::date
       AND u.role IN ('steering_group', 'admin') AND u.disabled_at IS NULL`,
    [addDays(today, AGREEMENT_REVIEW_NOTICE_DAYS)],
  );
  return rows.map((r) =>
    item({
      userId: r.user_id,
      kind: 'agreement_review_due',
      subjectId: r.agreement_id,
      teamId: null,
      occursAt: dayStart(r.review_on),
      dedupeKey: dailyDedupeKey('agreement_review_due', r.agreement_id, r.review_on),
    }),
  );
}
