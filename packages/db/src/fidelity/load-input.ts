/**
 * Reads one team's records into the fidelity model's `FidelityInput` (ADR 0021): one statement
 * per source (staff, enrolments, contacts, meetings, group sessions, budget, manual ratings), never one per
 * citizen. Runs inside the caller's tenant transaction (row-level security keeps the tenant):
 * the API's request transaction or the worker's `withTenant`. Used by both, so a snapshot and a
 * report on demand read the same records the same way.
 */
import {
  addDays,
  type CitizenEndKind,
  type CitizenEnrolment,
  type CompositionDiscipline,
  type ContactPlace,
  type FidelityContact,
  type FidelityInput,
  type FidelityModelVersion,
  type GroupSession,
  type HeldTeamMeeting,
  itemWindow,
  type Period,
  periodBounds,
  type StaffMembership,
} from '@act/domain';

/** Runs one SQL statement and returns its rows (TypeORM's `EntityManager.query`, or a pg client wrapped). */
export type FidelityQuery = <R = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<R[]>;

/** The earliest day any item of the version looks at, for the report period. */
export function earliestWindowDay(period: Period, version: FidelityModelVersion): string {
  let from = period.from;
  for (const item of version.items) {
    if (item.kind !== 'computed') continue;
    const w = itemWindow(period, item.windowMonths);
    if (w.from < from) from = w.from;
  }
  return from;
}

const END_KINDS: readonly CitizenEndKind[] = ['moved_away', 'died', 'transferred', 'completed', 'other'];

interface AssignmentRow {
  citizen_id: string;
  start_date: string;
  end_date: string | null;
  end_kind: string | null;
  substance_use: boolean;
}

/**
 * A citizen's enrolments: the days with a primary contact (as the steering figures count them),
 * merged where assignments touch or overlap; each gap ends an enrolment. The end kind is the one
 * recorded on the assignment that closed it ('other' when none was recorded).
 */
export function enrolmentsFromAssignments(rows: readonly AssignmentRow[]): CitizenEnrolment[] {
  const byCitizen = new Map<string, AssignmentRow[]>();
  for (const r of rows) {
    if (r.end_date !== null && r.end_date <= r.start_date) continue; // begun and ended on the same day: no day
    const list = byCitizen.get(r.citizen_id) ?? [];
    list.push(r);
    byCitizen.set(r.citizen_id, list);
  }
  const result: CitizenEnrolment[] = [];
  for (const [citizenId, list] of [...byCitizen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    list.sort((a, b) => (a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : 0));
    let current: { startDate: string; endDate: string | null; endKind: string | null } | null = null;
    const flush = () => {
      if (!current) return;
      const kind = current.endDate === null ? null : END_KINDS.includes(current.endKind as CitizenEndKind) ? (current.endKind as CitizenEndKind) : 'other';
      result.push({ citizenId, startDate: current.startDate, endDate: current.endDate, endKind: kind, substanceUseDisorder: list[0].substance_use });
    };
    for (const r of list) {
      if (current && (current.endDate === null || r.start_date <= current.endDate)) {
        if (current.endDate !== null && (r.end_date === null || r.end_date >= current.endDate)) {
          current.endDate = r.end_date;
          current.endKind = r.end_kind;
        }
        continue;
      }
      flush();
      current = { startDate: r.start_date, endDate: r.end_date, endKind: r.end_kind };
    }
    flush();
  }
  return result;
}

/** Everything the model needs about one team for `period` (and the longer look-backs of `version`). */
export async function loadFidelityInput(q: FidelityQuery, teamId: string, period: Period, version: FidelityModelVersion): Promise<FidelityInput> {
  const from = earliestWindowDay(period, version);
  const { start } = periodBounds({ from, to: period.to });
  const { end } = periodBounds(period);

  // Staff: the team's staffing history in one query, a span per stretch of days with one FTE and
  // discipline (ADR 0025). The model's end date is the day after the last day. Leadership is
  // today's (its history is not kept).
  const staffRows = await q<{ member_id: string; discipline: string; fte: string; start_date: string; end_date: string | null; is_team_leader: boolean }>(
    `SELECT m.id AS member_id, s.discipline::text AS discipline, s.fte::text AS fte,
            to_char(s.valid_from, 'YYYY-MM-DD') AS start_date,
            to_char(s.valid_to + 1, 'YYYY-MM-DD') AS end_date, m.is_team_leader
     FROM team_member_span s JOIN team_member m ON m.id = s.member_id
     WHERE m.team_id = $1 ORDER BY m.joined_on, m.id, s.valid_from`,
    [teamId],
  );
  const staff: StaffMembership[] = staffRows.map((r) => ({
    memberId: r.member_id,
    discipline: r.discipline as CompositionDiscipline,
    fte: Number(r.fte),
    startDate: r.start_date,
    endDate: r.end_date,
    isTeamLeader: r.is_team_leader,
  }));

  // Enrolments: the citizen's primary assignments (Copenhagen dates). Dual diagnosis: a citizen
  // with a course in regional dual-diagnosis treatment (the platform records no diagnosis).
  const assignmentRows = await q<AssignmentRow>(
    `SELECT pa.citizen_id,
            to_char((pa.started_at AT TIME ZONE 'Europe/Copenhagen')::date, 'YYYY-MM-DD') AS start_date,
            to_char((pa.ended_at AT TIME ZONE 'Europe/Copenhagen')::date, 'YYYY-MM-DD') AS end_date,
            pa.end_kind::text AS end_kind,
            EXISTS (SELECT 1 FROM regional_treatment_episode e WHERE e.citizen_id = c.id) AS substance_use
     FROM primary_assignment pa JOIN citizen c ON c.id = pa.citizen_id
     WHERE c.team_id = $1 AND (pa.ended_at IS NULL OR pa.ended_at >= $2) AND pa.started_at < $3
     ORDER BY pa.citizen_id, pa.started_at`,
    [teamId, start, end],
  );
  const citizens = enrolmentsFromAssignments(assignmentRows);

  // Contacts: visits logged as done, with the members on them.
  const contactRows = await q<{
    citizen_id: string;
    planned_start: Date;
    minutes: number;
    face_to_face: boolean;
    place: string;
    member_ids: string[];
    network: boolean;
    substance: boolean;
  }>(
    `SELECT v.citizen_id, v.planned_start, v.actual_minutes AS minutes, v.face_to_face, v.place_kind::text AS place,
            COALESCE(array_agg(vm.member_id ORDER BY vm.member_id) FILTER (WHERE vm.member_id IS NOT NULL), '{}') AS member_ids,
            COALESCE(v.network_took_part, false) AS network, v.substance_treatment AS substance
     FROM visit v JOIN citizen c ON c.id = v.citizen_id
     LEFT JOIN visit_member vm ON vm.visit_id = v.id
     WHERE c.team_id = $1 AND v.outcome = 'done' AND v.planned_start >= $2 AND v.planned_start < $3
     GROUP BY v.id
     ORDER BY v.planned_start, v.id`,
    [teamId, start, end],
  );
  const contacts: FidelityContact[] = contactRows.map((r) => ({
    citizenId: r.citizen_id,
    start: new Date(r.planned_start),
    minutes: r.minutes,
    faceToFace: r.face_to_face,
    place: r.place as ContactPlace,
    memberIds: r.member_ids,
    supportNetwork: r.network,
    substanceTreatment: r.substance,
  }));

  // Held team meetings: a closed meeting, or one whose occurrence was marked held; reviewed = the
  // citizens on its agenda. A held occurrence without an agenda reviewed nobody.
  const meetingRows = await q<{ starts_at: Date; citizen_ids: string[] }>(
    `SELECT tm.starts_at, COALESCE(array_agg(DISTINCT i.citizen_id) FILTER (WHERE i.citizen_id IS NOT NULL), '{}') AS citizen_ids
     FROM team_meeting tm LEFT JOIN team_meeting_item i ON i.meeting_id = tm.id
     WHERE tm.team_id = $1 AND tm.kind = 'team_meeting' AND tm.starts_at >= $2 AND tm.starts_at < $3
       AND (tm.held_at IS NOT NULL OR EXISTS (SELECT 1 FROM meeting_occurrence o WHERE o.team_meeting_id = tm.id AND o.status = 'held'))
     GROUP BY tm.id
     UNION ALL
     SELECT o.starts_at, '{}'::uuid[] FROM meeting_occurrence o
     WHERE o.team_id = $1 AND o.kind = 'team_meeting' AND o.status = 'held' AND o.team_meeting_id IS NULL
       AND o.starts_at >= $2 AND o.starts_at < $3
     ORDER BY 1`,
    [teamId, start, end],
  );
  const meetings: HeldTeamMeeting[] = meetingRows.map((r) => ({ start: new Date(r.starts_at), reviewedCitizenIds: [...r.citizen_ids].sort() }));

  const budgetRows = await q<{ fte: string; start_date: string; end_date: string | null }>(
    `SELECT fte::text AS fte, to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date
     FROM team_budgeted_positions WHERE team_id = $1 AND start_date <= $2::date ORDER BY start_date, id`,
    [teamId, period.to],
  );

  const ratingRows = await q<{ id: string; item_id: string; rating: number; note: string; rated_on: string; rated_by: string }>(
    `SELECT id, item_id, rating, note, to_char(rated_on, 'YYYY-MM-DD') AS rated_on, rated_by
     FROM fidelity_manual_rating WHERE team_id = $1 AND rated_on <= $2::date ORDER BY rated_on, id`,
    [teamId, period.to],
  );

  // Group sessions: dual-diagnosis groups held in the window, and who came. A team that has never
  // recorded a group session of any kind is "not known", not "none held" (ADR 0021).
  const groupRows = await q<{ starts_at: Date | null; citizen_ids: string[] | null; recorded: boolean }>(
    `SELECT s.starts_at, COALESCE(array_agg(a.citizen_id ORDER BY a.citizen_id) FILTER (WHERE a.citizen_id IS NOT NULL), '{}') AS citizen_ids, true AS recorded
     FROM group_session s LEFT JOIN group_session_attendee a ON a.session_id = s.id
     WHERE s.team_id = $1 AND s.kind = 'dual_diagnosis' AND s.starts_at >= $2 AND s.starts_at < $3
     GROUP BY s.id
     UNION ALL
     SELECT NULL, NULL, EXISTS (SELECT 1 FROM group_session WHERE team_id = $1)
     ORDER BY 1 NULLS LAST`,
    [teamId, start, end],
  );
  const groupSessions: GroupSession[] = groupRows
    .filter((r) => r.starts_at !== null)
    .map((r) => ({ start: new Date(r.starts_at!), attendeeCitizenIds: r.citizen_ids ?? [] }));
  const groupsRecorded = groupRows.some((r) => r.recorded);

  return {
    staff,
    citizens,
    contacts,
    meetings,
    groupSessions,
    ...(groupsRecorded ? {} : { unavailable: ['groupSessions'] as const }),
    budget: budgetRows.map((r) => ({ fte: Number(r.fte), startDate: r.start_date, endDate: r.end_date })),
    manualRatings: ratingRows.map((r) => ({ id: r.id, itemId: r.item_id, rating: r.rating, note: r.note, ratedOn: r.rated_on, ratedBy: r.rated_by })),
  };
}

/** Citizens enrolled on at least one day of the period (the group behind the steering group's figures). */
export function citizensInPeriod(input: FidelityInput, period: Period): number {
  const ids = new Set<string>();
  for (const e of input.citizens) if (e.startDate <= period.to && (e.endDate === null || e.endDate > period.from)) ids.add(e.citizenId);
  return ids.size;
}

/** The 12 whole weeks (Monday–Sunday) that end with the last Sunday before `today`. */
export function lastTwelveWeeks(today: string, weeks = 12): Period {
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const to = addDays(today, -weekday - 1);
  return { from: addDays(to, -7 * weeks + 1), to };
}
