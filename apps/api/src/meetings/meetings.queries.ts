import { toCopenhagenIsoDate } from '@act/domain';
import type { EntityManager } from 'typeorm';
import type { FollowUpTaskModel, MeetingDecisionModel } from './meetings.model';

/**
 * SQL for "a team meeting that is on": a team meeting proper (an evaluation day keeps its minutes
 * in a team_meeting row too, but is not one) whose scheduled occurrence, if any, is not cancelled.
 */
export function teamMeetingInForce(alias: string): string {
  return `${alias}.kind = 'team_meeting' AND NOT EXISTS (
    SELECT 1 FROM meeting_occurrence cancelled WHERE cancelled.team_meeting_id = ${alias}.id AND cancelled.status = 'cancelled')`;
}

/** Tasks with the names they are shown with; add WHERE/ORDER after it. */
export const TASK_SELECT = `
  SELECT t.id, t.team_id, t.meeting_id, m.starts_at AS meeting_starts_at, t.item_id, t.citizen_id,
         c.name AS citizen_name, t.assignee_member_id, au.name AS assignee_name, t.description,
         to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.done_at
  FROM follow_up_task t
  JOIN team_meeting m ON m.id = t.meeting_id
  JOIN team_member tm ON tm.id = t.assignee_member_id
  JOIN app_user au ON au.id = tm.user_id
  LEFT JOIN citizen c ON c.id = t.citizen_id`;

export interface TaskRow {
  id: string;
  team_id: string;
  meeting_id: string;
  meeting_starts_at: Date;
  item_id: string;
  citizen_id: string | null;
  citizen_name: string | null;
  assignee_member_id: string;
  assignee_name: string;
  description: string;
  due_date: string;
  done_at: Date | null;
}

export function toTaskModel(r: TaskRow, today = toCopenhagenIsoDate(new Date())): FollowUpTaskModel & { itemId: string } {
  return {
    id: r.id,
    teamId: r.team_id,
    meetingId: r.meeting_id,
    meetingStartsAt: r.meeting_starts_at,
    itemId: r.item_id,
    citizenId: r.citizen_id,
    citizenName: r.citizen_name,
    assigneeMemberId: r.assignee_member_id,
    assigneeName: r.assignee_name,
    description: r.description,
    dueDate: r.due_date,
    done: r.done_at !== null,
    doneAt: r.done_at,
    overdue: r.done_at === null && r.due_date < today,
  };
}

export const DECISION_SELECT = `
  SELECT d.id, d.meeting_id, d.item_id, d.citizen_id, d.text, u.name AS decided_by_name,
         m.starts_at AS meeting_starts_at, d.created_at
  FROM meeting_decision d
  JOIN team_meeting m ON m.id = d.meeting_id
  JOIN app_user u ON u.id = d.decided_by`;

export interface DecisionRow {
  id: string;
  meeting_id: string;
  item_id: string;
  citizen_id: string | null;
  text: string;
  decided_by_name: string;
  meeting_starts_at: Date;
  created_at: Date;
}

export function toDecisionModel(r: DecisionRow): MeetingDecisionModel {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    itemId: r.item_id,
    citizenId: r.citizen_id,
    text: r.text,
    decidedByName: r.decided_by_name,
    meetingStartsAt: r.meeting_starts_at,
    createdAt: r.created_at,
  };
}

export interface ItemRow {
  id: string;
  meeting_id: string;
  citizen_id: string | null;
  citizen_name: string | null;
  source: string;
  reason: string | null;
  title: string | null;
  position: number;
  note: string | null;
  citizen_attends: boolean;
  added_by_name: string | null;
}

export function meetingItems(db: EntityManager, meetingId: string): Promise<ItemRow[]> {
  return db.query(
    `SELECT i.id, i.meeting_id, i.citizen_id, c.name AS citizen_name, i.source, i.reason, i.title, i.position,
            i.note, i.citizen_attends, u.name AS added_by_name
     FROM team_meeting_item i
     LEFT JOIN citizen c ON c.id = i.citizen_id
     LEFT JOIN app_user u ON u.id = i.added_by
     WHERE i.meeting_id = $1
     ORDER BY (i.source = 'prepared') DESC, i.position, i.created_at, i.id`,
    [meetingId],
  );
}

export function meetingAttendance(db: EntityManager, meetingId: string, teamId: string) {
  return db.query<Array<{ member_id: string; name: string; discipline: string; present: boolean | null }>>(
    `SELECT tm.id AS member_id, u.name, tm.discipline, a.present
     FROM team_member tm
     JOIN app_user u ON u.id = tm.user_id
     LEFT JOIN team_meeting_attendance a ON a.member_id = tm.id AND a.meeting_id = $1
     WHERE tm.team_id = $2 AND (member_is_current(tm.left_on) OR a.member_id IS NOT NULL)
     ORDER BY u.name, tm.id`,
    [meetingId, teamId],
  );
}

/**
 * What the agenda preparation needs about each active citizen of the team, in one statement:
 * on the team board, crisis flag, when last discussed at a held meeting before `before`, and how
 * many held meetings since then (or since referral, if never).
 */
export function agendaFacts(db: EntityManager, teamId: string, before: Date) {
  return db.query<
    Array<{ id: string; name: string; last_discussed_at: Date | null; meetings_since: number; on_board: boolean; crisis: boolean }>
  >(
    `WITH held AS (
       SELECT id, starts_at FROM team_meeting WHERE team_id = $1 AND held_at IS NOT NULL AND starts_at < $2
         AND ${teamMeetingInForce('team_meeting')}
     ), last AS (
       SELECT i.citizen_id, max(h.starts_at) AS last_discussed_at
       FROM team_meeting_item i JOIN held h ON h.id = i.meeting_id
       WHERE i.citizen_id IS NOT NULL
       GROUP BY i.citizen_id
     )
     SELECT c.id, c.name, l.last_discussed_at,
            (SELECT count(*)::int FROM held h WHERE h.starts_at > coalesce(l.last_discussed_at, c.referred_at)) AS meetings_since,
            EXISTS (SELECT 1 FROM team_board_entry b WHERE b.citizen_id = c.id AND b.removed_on IS NULL) AS on_board,
            EXISTS (SELECT 1 FROM citizen_crisis_flag f WHERE f.citizen_id = c.id AND f.cleared_at IS NULL) AS crisis
     FROM citizen c LEFT JOIN last l ON l.citizen_id = c.id
     WHERE c.team_id = $1 AND c.status = 'active'`,
    [teamId, before],
  );
}
