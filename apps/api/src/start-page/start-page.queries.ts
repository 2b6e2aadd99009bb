import type { EntityManager } from 'typeorm';
import { teamMeetingInForce } from '../meetings/meetings.queries';

export interface FollowUpRow {
  citizen_id: string;
  citizen_name: string;
  version_id: string;
  due_on: string;
}

/**
 * The newest agreed plan of each citizen the members are primary contact for, when its next
 * follow-up is on or before `through` (the same "newest agreed version" rule as the agenda's signals).
 */
export function carePlanFollowUpsDue(db: EntityManager, memberIds: string[], teamIds: string[], through: string): Promise<FollowUpRow[]> {
  return db.query(
    `SELECT c.id AS citizen_id, c.name AS citizen_name, v.id AS version_id, to_char(v.next_follow_up_on, 'YYYY-MM-DD') AS due_on
     FROM primary_assignment pa
     JOIN citizen c ON c.id = pa.citizen_id
     JOIN LATERAL (SELECT id, next_follow_up_on FROM care_plan_version
                   WHERE citizen_id = c.id AND status = 'agreed' ORDER BY number DESC LIMIT 1) v ON true
     WHERE pa.member_id = ANY($1) AND pa.ended_at IS NULL AND c.team_id = ANY($2) AND c.status <> 'ended'
       AND v.next_follow_up_on <= $3::date
     ORDER BY v.next_follow_up_on, c.name, c.id
     LIMIT 50`,
    [memberIds, teamIds, through],
  );
}

export interface MeetingRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  place: string;
}

/**
 * The team's next team meeting that is not over and not closed (evaluation days are their own
 * kind; a meeting whose occurrence in the rhythm was cancelled is not coming).
 */
export async function nextTeamMeeting(db: EntityManager, teamId: string): Promise<MeetingRow | null> {
  const rows: MeetingRow[] = await db.query(
    `SELECT id, starts_at, ends_at, place FROM team_meeting
     WHERE team_id = $1 AND held_at IS NULL AND ends_at > now() AND ${teamMeetingInForce('team_meeting')}
     ORDER BY starts_at, id LIMIT 1`,
    [teamId],
  );
  return rows[0] ?? null;
}

/** The next planned occurrence of a kind: the team's (supervision), or the steering group's (team null). */
export async function nextOccurrence(db: EntityManager, kind: 'supervision' | 'steering_meeting', teamId: string | null): Promise<MeetingRow | null> {
  const rows: MeetingRow[] = await db.query(
    `SELECT id, starts_at, ends_at, place FROM meeting_occurrence
     WHERE kind = $1 AND team_id IS NOT DISTINCT FROM $2::uuid AND status = 'planned' AND ends_at > now()
     ORDER BY starts_at, id LIMIT 1`,
    [kind, teamId],
  );
  return rows[0] ?? null;
}
