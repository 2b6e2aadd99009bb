import type { EntityManager } from 'typeorm';

/**
 * The dashboard's statements. Each aggregates every team of the tenant in one pass (RLS keeps the
 * tenant); none returns a citizen's id or name — only counts and sums per team.
 *
 * Dates are Copenhagen calendar dates: a primary assignment's start and end instants become the
 * Copenhagen dates they fell on, and a citizen's days with a primary contact are the union of
 * [start date, end date) over their assignments (a change of contact on a day counts that day once).
 */

export interface PeriodParams {
  /** The instant the period begins (its first day's Copenhagen midnight). */
  start: Date;
  /** The instant it ends (midnight after its last day). */
  end: Date;
  /** First day, YYYY-MM-DD. */
  from: string;
  /** The day after the last day, YYYY-MM-DD (exclusive bound). */
  afterTo: string;
  /** The day "at the end" figures are read on (last day, or today when the period runs on). */
  readingDay: string;
  /** Midnight after the reading day. */
  readingEnd: Date;
}

export interface TeamFigureRow {
  /** Null in the sum over all teams. */
  team_id: string | null;
  team_name: string | null;
  not_seen_threshold_days: number | null;
  group_size: number;
  citizen_days: number;
  active: number;
  waiting: number;
  started: number;
  ended: number;
  face_to_face: number;
  active_on_reading_day: number;
  with_agreed_plan: number;
  follow_up_on_time: number;
  not_seen: number;
  fte_hundredth_days: number;
  members_over_capacity: number;
  exceptions_in_force: number;
}

export function teamFigures(db: EntityManager, p: PeriodParams): Promise<TeamFigureRow[]> {
  return db.query(
    `WITH
     course AS (
       SELECT pa.citizen_id,
              range_agg(daterange((pa.started_at AT TIME ZONE 'Europe/Copenhagen')::date,
                                  (pa.ended_at AT TIME ZONE 'Europe/Copenhagen')::date, '[)')) AS days,
              min(pa.started_at) AS first_start,
              bool_or(pa.ended_at IS NULL) AS open,
              max(pa.ended_at) AS last_end
       FROM primary_assignment pa
       GROUP BY pa.citizen_id),
     cit AS (
       SELECT c.id, c.team_id,
              COALESCE((SELECT sum(upper(x) - lower(x)) FROM unnest(co.days * datemultirange(daterange($3::date, $4::date, '[)'))) x), 0)::int AS days_in,
              co.days,
              (c.referred_at < $2 AND (co.first_start > $1 OR (co.first_start IS NULL AND c.status <> 'ended'))) AS waiting,
              (co.first_start >= $1 AND co.first_start < $2) AS started,
              (c.status = 'ended' AND NOT co.open AND co.last_end >= $1 AND co.last_end < $2) AS ended,
              COALESCE(co.days @> $5::date, false) AS on_reading_day
       FROM citizen c LEFT JOIN course co ON co.citizen_id = c.id),
     -- Per citizen through the partial index ix_visit_face_to_face_done (tenant, citizen, start;
     -- done and face to face only): a few index pages per citizen instead of a pass over every
     -- visit of the period (and of the last 92 days) — see docs/performance.md, part 2.
     f2f AS (
       SELECT co.citizen_id, n.n
       FROM course co
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS n FROM visit v
         WHERE v.citizen_id = co.citizen_id AND v.outcome = 'done' AND v.face_to_face
           AND v.planned_start >= $1 AND v.planned_start < $2
           AND co.days @> (v.planned_start AT TIME ZONE 'Europe/Copenhagen')::date) n
       WHERE co.days && daterange($3::date, $4::date, '[)') AND n.n > 0),
     plan_in_force AS (
       SELECT DISTINCT ON (v.citizen_id) v.citizen_id, v.next_follow_up_on
       FROM care_plan_version v
       WHERE v.status = 'agreed' AND v.agreed_on <= $5::date
       ORDER BY v.citizen_id, v.number DESC),
     -- "Not seen": the newest done face-to-face visit in the 92 days before the reading day's end
     -- (the threshold is at most 90), one backward index probe per citizen.
     reading AS (
       SELECT cit.id, t.not_seen_threshold_days, p.next_follow_up_on, p.citizen_id IS NOT NULL AS has_plan, s.last_date
       FROM cit JOIN team t ON t.id = cit.team_id
       LEFT JOIN plan_in_force p ON p.citizen_id = cit.id
       LEFT JOIN LATERAL (
         SELECT (v.planned_start AT TIME ZONE 'Europe/Copenhagen')::date AS last_date FROM visit v
         WHERE v.citizen_id = cit.id AND v.outcome = 'done' AND v.face_to_face
           AND v.planned_start < $6 AND v.planned_start >= $6::timestamptz - interval '92 days'
         ORDER BY v.planned_start DESC LIMIT 1) s ON true
       WHERE cit.on_reading_day),
     citizen_stats AS (
       SELECT cit.team_id,
              count(*) FILTER (WHERE cit.days_in > 0 OR cit.waiting)::int AS group_size,
              sum(cit.days_in)::int AS citizen_days,
              count(*) FILTER (WHERE cit.days_in > 0)::int AS active,
              count(*) FILTER (WHERE cit.waiting)::int AS waiting,
              count(*) FILTER (WHERE cit.started)::int AS started,
              count(*) FILTER (WHERE cit.ended)::int AS ended,
              COALESCE(sum(f2f.n), 0)::int AS face_to_face,
              count(r.id)::int AS active_on_reading_day,
              count(*) FILTER (WHERE r.has_plan)::int AS with_agreed_plan,
              count(*) FILTER (WHERE r.next_follow_up_on >= $5::date)::int AS follow_up_on_time,
              count(*) FILTER (WHERE r.id IS NOT NULL AND (r.last_date IS NULL OR $5::date - r.last_date > r.not_seen_threshold_days))::int AS not_seen
       FROM cit LEFT JOIN f2f ON f2f.citizen_id = cit.id LEFT JOIN reading r ON r.id = cit.id
       GROUP BY cit.team_id),
     load_at_end AS (
       SELECT pa.member_id, count(*)::int AS load FROM primary_assignment pa
       WHERE pa.started_at < least($2, now()) AND (pa.ended_at IS NULL OR pa.ended_at >= least($2, now()))
       GROUP BY pa.member_id),
     -- FTE-days from the staffing history (ADR 0025): each span's FTE on the days it covers in
     -- the period (valid_to is its last day; an open span runs on). Whether a member carries a
     -- caseload has no history: today's setting.
     fte_days AS (
       SELECT s.member_id,
              sum(round(s.fte * 100)::int
                  * greatest(0, least($4::date, s.valid_to + 1) - greatest($3::date, s.valid_from)))::int AS hundredth_days
       FROM team_member_span s
       WHERE s.valid_from < $4::date AND (s.valid_to IS NULL OR s.valid_to >= $3::date)
       GROUP BY s.member_id),
     member_stats AS (
       SELECT m.team_id,
              COALESCE(sum(f.hundredth_days) FILTER (WHERE m.carries_caseload), 0)::int AS fte_hundredth_days,
              count(*) FILTER (WHERE COALESCE(l.load, 0) > CASE WHEN m.carries_caseload THEN floor(m.fte * 10)::int ELSE 0 END)::int AS over
       FROM team_member m LEFT JOIN load_at_end l ON l.member_id = m.id LEFT JOIN fte_days f ON f.member_id = m.id
       GROUP BY m.team_id),
     exception_stats AS (
       SELECT m.team_id, count(*)::int AS n
       FROM caseload_exception e JOIN team_member m ON m.id = e.member_id
       WHERE e.valid_from < $4::date AND e.valid_until >= $3::date AND (e.revoked_at IS NULL OR e.revoked_at >= $1)
       GROUP BY m.team_id)
     SELECT t.id AS team_id, t.name AS team_name, t.not_seen_threshold_days,
            COALESCE(cs.group_size, 0) AS group_size, COALESCE(cs.citizen_days, 0) AS citizen_days,
            COALESCE(cs.active, 0) AS active, COALESCE(cs.waiting, 0) AS waiting, COALESCE(cs.started, 0) AS started,
            COALESCE(cs.ended, 0) AS ended, COALESCE(cs.face_to_face, 0) AS face_to_face,
            COALESCE(cs.active_on_reading_day, 0) AS active_on_reading_day, COALESCE(cs.with_agreed_plan, 0) AS with_agreed_plan,
            COALESCE(cs.follow_up_on_time, 0) AS follow_up_on_time, COALESCE(cs.not_seen, 0) AS not_seen,
            COALESCE(ms.fte_hundredth_days, 0) AS fte_hundredth_days, COALESCE(ms.over, 0) AS members_over_capacity,
            COALESCE(es.n, 0) AS exceptions_in_force
     FROM team t
     LEFT JOIN citizen_stats cs ON cs.team_id = t.id
     LEFT JOIN member_stats ms ON ms.team_id = t.id
     LEFT JOIN exception_stats es ON es.team_id = t.id
     ORDER BY t.name, t.id`,
    [p.start, p.end, p.from, p.afterTo, p.readingDay, p.readingEnd],
  );
}

export interface MeetingFigureRow {
  team_id: string;
  kind: string;
  held: number;
  not_held: number;
  not_marked: number;
  cancelled: number;
}

/**
 * Team meetings, supervision, sparring and evaluation days per team and kind, among the
 * occurrences that began within the period and before now (a future meeting is neither held nor
 * missed yet). The steering group's own meetings (no team) are not a team figure.
 */
export function meetingFigures(db: EntityManager, p: PeriodParams): Promise<MeetingFigureRow[]> {
  return db.query(
    `SELECT o.team_id, o.kind::text AS kind,
            count(*) FILTER (WHERE o.status = 'held')::int AS held,
            count(*) FILTER (WHERE o.status = 'not_held')::int AS not_held,
            count(*) FILTER (WHERE o.status = 'planned')::int AS not_marked,
            count(*) FILTER (WHERE o.status = 'cancelled')::int AS cancelled
     FROM meeting_occurrence o
     WHERE o.team_id IS NOT NULL AND o.starts_at >= $1 AND o.starts_at < least($2, now())
     GROUP BY o.team_id, o.kind`,
    [p.start, p.end],
  );
}

export interface TransitionFigureRow {
  team_id: string;
  referrals: number;
  admissions: number;
  discharges: number;
  returns: number;
  withdrawn: number;
  /** Days from referral to admission, for each admission in the period. */
  waits: number[];
}

/** Courses to and from regional dual-diagnosis treatment: each event counted on its own date. */
export function transitionFigures(db: EntityManager, p: PeriodParams): Promise<TransitionFigureRow[]> {
  return db.query(
    `SELECT e.team_id,
            count(*) FILTER (WHERE e.referred_on >= $1::date AND e.referred_on < $2::date)::int AS referrals,
            count(*) FILTER (WHERE e.admitted_on >= $1::date AND e.admitted_on < $2::date)::int AS admissions,
            count(*) FILTER (WHERE e.discharged_on >= $1::date AND e.discharged_on < $2::date)::int AS discharges,
            count(*) FILTER (WHERE e.returned_on >= $1::date AND e.returned_on < $2::date)::int AS returns,
            count(*) FILTER (WHERE e.withdrawn_on >= $1::date AND e.withdrawn_on < $2::date)::int AS withdrawn,
            COALESCE(array_agg(e.admitted_on - e.referred_on) FILTER (WHERE e.admitted_on >= $1::date AND e.admitted_on < $2::date), '{}') AS waits
     FROM regional_treatment_episode e
     WHERE e.referred_on < $2::date
       AND GREATEST(e.referred_on, e.admitted_on, e.discharged_on, e.returned_on, e.withdrawn_on) >= $1::date
     GROUP BY e.team_id`,
    [p.from, p.afterTo],
  );
}

export interface PhaseRow {
  phase: string;
  items: number;
  done: number;
  not_relevant: number;
  in_progress: number;
}

/** Checklist items per phase, removed items left out (they are kept only for their history). */
export function phaseFigures(db: EntityManager): Promise<PhaseRow[]> {
  return db.query(
    `SELECT i.phase::text AS phase, count(*)::int AS items,
            count(*) FILTER (WHERE i.status = 'done')::int AS done,
            count(*) FILTER (WHERE i.status = 'not_relevant')::int AS not_relevant,
            count(*) FILTER (WHERE i.status = 'in_progress')::int AS in_progress
     FROM implementation_checklist_item i
     WHERE i.removed_at IS NULL
     GROUP BY i.phase`,
  );
}

export interface ReadinessRow {
  id: string;
  title: string;
  opens_on: string;
  closes_on: string;
  invited: number;
  submitted: number;
  /** Per driver: the mean score and how many different people gave a score (not "don't know"). */
  drivers: Array<{ driver: string; mean: number | null; answers: number; people: number }>;
}

/**
 * The newest closed readiness round (closed early, or its closing date has passed) with the
 * number of submitted participants and, per driver, the mean score of their answers ("don't
 * know" has no score and is left out) — one statement.
 */
export async function latestClosedRound(db: EntityManager, today: string): Promise<ReadinessRow | null> {
  const rows: ReadinessRow[] = await db.query(
    `WITH r AS (
       SELECT id, title, to_char(opens_on, 'YYYY-MM-DD') AS opens_on, to_char(closes_on, 'YYYY-MM-DD') AS closes_on
       FROM readiness_round WHERE closed_at IS NOT NULL OR closes_on < $1::date
       ORDER BY closes_on DESC, opens_on DESC, id LIMIT 1)
     SELECT r.*,
            (SELECT count(*)::int FROM readiness_participant p WHERE p.round_id = r.id) AS invited,
            (SELECT count(*)::int FROM readiness_participant p WHERE p.round_id = r.id AND p.submitted_at IS NOT NULL) AS submitted,
            COALESCE((SELECT json_agg(json_build_object('driver', d.driver, 'mean', d.mean, 'answers', d.answers, 'people', d.people))
                      FROM (SELECT s.driver::text AS driver, avg(a.score)::float AS mean, count(a.score)::int AS answers,
                                   count(DISTINCT a.participant_id) FILTER (WHERE a.score IS NOT NULL)::int AS people
                            FROM readiness_round_statement s
                            LEFT JOIN readiness_answer a ON a.round_statement_id = s.id
                              AND EXISTS (SELECT 1 FROM readiness_participant p WHERE p.id = a.participant_id AND p.submitted_at IS NOT NULL)
                            WHERE s.round_id = r.id
                            GROUP BY s.driver) d), '[]') AS drivers
     FROM r`,
    [today],
  );
  return rows[0] ?? null;
}

export async function minGroupSize(db: EntityManager, tenantId: string): Promise<number> {
  const rows: Array<{ n: number }> = await db.query(`SELECT min_group_size AS n FROM tenant WHERE id = $1`, [tenantId]);
  return rows[0]?.n ?? 5;
}
