import { VisitOutcome } from '@act/db';
import type { EntityManager } from 'typeorm';
import type { VisitModel, VisitParticipantModel } from './visit.model';

/** Outcomes that free the members' time: such a visit is no double booking. */
export const CANCELLED: readonly string[] = [VisitOutcome.CancelledByCitizen, VisitOutcome.CancelledByTeam];

/** The columns every visit read selects, in the shape `toVisit` maps. */
export const VISIT_COLUMNS = `v.id, v.citizen_id, v.series_id, v.planned_start, v.planned_end, v.place_kind, v.place_text,
  v.purpose, v.goal_id, v.outcome, v.actual_minutes, v.face_to_face, v.network_took_part, v.substance_treatment, v.outcome_note, v.outcome_logged_at`;

export interface VisitRow {
  id: string;
  citizen_id: string;
  series_id: string | null;
  planned_start: Date;
  planned_end: Date;
  place_kind: string;
  place_text: string | null;
  purpose: string | null;
  goal_id: string | null;
  outcome: string | null;
  actual_minutes: number | null;
  face_to_face: boolean | null;
  network_took_part: boolean | null;
  substance_treatment: boolean;
  outcome_note: string | null;
  outcome_logged_at: Date | null;
}

export function toVisit(r: VisitRow): VisitModel {
  return {
    id: r.id,
    citizenId: r.citizen_id,
    seriesId: r.series_id,
    plannedStart: r.planned_start,
    plannedEnd: r.planned_end,
    placeKind: r.place_kind,
    placeText: r.place_text,
    purpose: r.purpose,
    goalId: r.goal_id,
    outcome: r.outcome,
    actualMinutes: r.actual_minutes,
    faceToFace: r.face_to_face,
    networkTookPart: r.network_took_part,
    supportNetwork: r.network_took_part ?? false,
    substanceTreatment: r.substance_treatment,
    outcomeNote: r.outcome_note,
    outcomeLoggedAt: r.outcome_logged_at,
  };
}

/** One visit with its citizen's team (for the need-to-know check), or null. */
export async function visitWithTeam(db: EntityManager, visitId: string): Promise<(VisitRow & { team_id: string }) | null> {
  const rows = (await db.query<Array<VisitRow & { team_id: string }>>(
    `SELECT ${VISIT_COLUMNS}, c.team_id FROM visit v JOIN citizen c ON c.id = v.citizen_id WHERE v.id = $1`,
    [visitId],
  ));
  return rows[0] ?? null;
}

/** A visit row with its participants (the members on it, by name), as the participants loader returns them. */
export type VisitWithParticipantsRow = VisitRow & { participants: VisitParticipantModel[] };

/**
 * `visitsSql` (a SELECT of VISIT_COLUMNS) with each visit's participants as the participants loader
 * returns them (name, member id order), in the same statement: one index probe into visit_member
 * per visit found, the team's members and their users hashed once. Ordered by start.
 */
function withParticipants(visitsSql: string): string {
  const columns = VISIT_COLUMNS.replace(/\bv\./g, 'w.');
  return `WITH w AS MATERIALIZED (${visitsSql})
    SELECT ${columns},
           coalesce(json_agg(json_build_object('memberId', pm.member_id, 'userId', pu.id, 'name', pu.name)
                             ORDER BY pu.name, pm.member_id) FILTER (WHERE pu.id IS NOT NULL), '[]'::json) AS participants
    FROM w
    LEFT JOIN visit_member pm ON pm.visit_id = w.id
    LEFT JOIN team_member ptm ON ptm.id = pm.member_id
    LEFT JOIN app_user pu ON pu.id = ptm.user_id
    GROUP BY ${columns}
    ORDER BY w.planned_start, w.id`;
}

/**
 * Visits starting in [from, to) that any of `memberIds` is on, for citizens of `teamIds`, with
 * their participants — one statement, whatever the number of visits. The member's visit ids come
 * from ix_visit_member_member_visit alone (hashed), the period's visits per citizen from
 * ix_visit_citizen_start: no probe into visit_member for each visit of the team.
 */
export function visitsOfMembers(db: EntityManager, memberIds: string[], teamIds: string[], from: Date, to: Date): Promise<VisitWithParticipantsRow[]> {
  return db.query(
    withParticipants(`SELECT ${VISIT_COLUMNS} FROM visit v JOIN citizen c ON c.id = v.citizen_id
     WHERE v.planned_start >= $3 AND v.planned_start < $4 AND c.team_id = ANY($2)
       AND EXISTS (SELECT 1 FROM visit_member vm WHERE vm.visit_id = v.id AND vm.member_id = ANY($1))`),
    [memberIds, teamIds, from, to],
  );
}

/** The team's visits starting in [from, to), with their participants (one statement). */
export function visitsOfTeam(db: EntityManager, teamId: string, from: Date, to: Date): Promise<VisitWithParticipantsRow[]> {
  return db.query(
    withParticipants(`SELECT ${VISIT_COLUMNS} FROM visit v JOIN citizen c ON c.id = v.citizen_id
     WHERE c.team_id = $1 AND v.planned_start >= $2 AND v.planned_start < $3`),
    [teamId, from, to],
  );
}

export interface SlotRow {
  id: string;
  planned_start: Date;
  planned_end: Date;
  outcome: string | null;
  member_ids: string[];
}

/** Visits of `memberIds` overlapping [from, to), with all their members — for double-booking warnings. */
export function slotsOfMembers(db: EntityManager, memberIds: string[], from: Date, to: Date): Promise<SlotRow[]> {
  return db.query(
    `SELECT v.id, v.planned_start, v.planned_end, v.outcome, array_agg(vm.member_id) AS member_ids
     FROM visit v JOIN visit_member vm ON vm.visit_id = v.id
     WHERE v.planned_start < $3 AND v.planned_end > $2
       AND EXISTS (SELECT 1 FROM visit_member x WHERE x.visit_id = v.id AND x.member_id = ANY($1))
     GROUP BY v.id`,
    [memberIds, from, to],
  );
}

export interface MemberNameRow {
  id: string;
  team_id: string;
  user_id: string;
  name: string;
}

export function membersByIds(db: EntityManager, memberIds: string[]): Promise<MemberNameRow[]> {
  return db.query(
    `SELECT m.id, m.team_id, m.user_id, u.name FROM team_member m JOIN app_user u ON u.id = m.user_id WHERE m.id = ANY($1)`,
    [memberIds],
  );
}

export interface NotSeenRow {
  citizen_id: string;
  last_face_to_face: Date | null;
  next_visit: Date | null;
}

/** Every active citizen of the team with their last face-to-face contact and next planned visit. */
export function contactStateOfTeam(db: EntityManager, teamId: string): Promise<NotSeenRow[]> {
  return db.query(
    `SELECT c.id AS citizen_id, lf.at AS last_face_to_face, nv.at AS next_visit
     FROM citizen c
     LEFT JOIN LATERAL (SELECT max(v.planned_start) AS at FROM visit v
                        WHERE v.citizen_id = c.id AND v.outcome = 'done' AND v.face_to_face) lf ON true
     LEFT JOIN LATERAL (SELECT min(v.planned_start) AS at FROM visit v
                        WHERE v.citizen_id = c.id AND v.outcome IS NULL AND v.planned_start >= now()) nv ON true
     WHERE c.team_id = $1 AND c.status = 'active'`,
    [teamId],
  );
}
