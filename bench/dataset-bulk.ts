/**
 * The large part of the reference dataset, generated inside PostgreSQL (INSERT … SELECT FROM
 * generate_series): three years of visits with outcomes and contact measures, visit series, care-plan
 * versions with goals and steps, team meetings with items, decisions, tasks and attendance, the
 * meeting series and their occurrences, board entries, network meetings, regional treatment
 * courses, notifications, readiness rounds and budgeted positions.
 *
 * Deterministic: every random choice is `bench_rnd(key, salt)`, a hash of the row's key
 * (hashint8extended, seeded), and every id is `bench_uid(text)`, an md5 of a fixed text shaped as
 * a v4 UUID. Only dates are relative to today, as in the rest of the dataset.
 *
 * Triggers stay on (same-tenant, visit member in the citizen's team, care plan draft-only,
 * occurrence matches its series): the rows are inserted in an order they accept — a care-plan
 * version is inserted as a draft, filled, then agreed, one version number per round.
 *
 * Input: the temp table bench_citizen (one row per citizen with its team, primary member, carriers
 * and active period), filled by dataset.ts.
 */
import type { Client } from 'pg';

/** Visits per team over the three years (40 teams ⇒ about 2 million). */
export const VISITS_PER_TEAM = Number(process.env.BENCH_VISITS_PER_TEAM ?? 50_000);
export const HISTORY_DAYS = 3 * 365;

export interface BulkCitizen {
  idx: number;
  citizen_id: string;
  team_idx: number;
  team_id: string;
  status: string;
  /** Current (or last) primary contact member; null for waiting citizens. */
  primary_member: string | null;
  carriers: string[];
  leader_user: string;
  /** Days before today the course began (capped at three years) and ended (null: still open). */
  start_days: number | null;
  end_days: number | null;
}

const FUNCTIONS = `
CREATE OR REPLACE FUNCTION pg_temp.bench_rnd(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
  $$ SELECT ((hashint8extended(k, 20260401 + salt) >> 11) & 4503599627370495)::float8 / 4503599627370496.0 $$;
CREATE OR REPLACE FUNCTION pg_temp.bench_uid(t text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
  $$ SELECT overlay(overlay(md5('bench:' || t) placing '4' from 13) placing '8' from 17)::uuid $$;
`;

const VERBOSE = !!process.env.BENCH_DATASET_VERBOSE;
async function step(db: Client, label: string, sql: string, params: unknown[] = [], timings: Record<string, number>): Promise<number> {
  const t0 = Date.now();
  const r = await db.query(sql, params);
  // Fresh tables have no statistics: the same-tenant triggers' lookups (planned per row) would
  // scan them. ANALYZE after each insert keeps every later lookup on its index.
  const target = /^\s*INSERT INTO (\w+)/i.exec(sql)?.[1] ?? /^\s*CREATE TEMP TABLE (\w+)/i.exec(sql)?.[1];
  if (target) await db.query(`ANALYZE ${target}`);
  timings[label] = (timings[label] ?? 0) + (Date.now() - t0) / 1000;
  if (VERBOSE) console.log(`  ${label}: ${r.rowCount ?? 0} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s  ${sql.replace(/\s+/g, ' ').slice(0, 70)}`);
  return r.rowCount ?? 0;
}

/**
 * The per-row triggers on visit and visit_member (same tenant, member in the citizen's team) are
 * the one bulk step that turns them off: at ~7 million rows they cost minutes (a dynamic
 * EXECUTE per row). They are turned off inside the generating transaction only (ALTER TABLE is
 * transactional: a failure rolls it back with everything else), and before they go back on, the
 * invariants they guard are checked over every row with one query each (INVARIANT_CHECKS); a
 * violation aborts the transaction.
 */
export const VISIT_TRIGGERS: Array<[table: string, trigger: string]> = [
  ['visit', 'same_tenant_citizen_id'],
  ['visit', 'same_tenant_series_id'],
  ['visit_member', 'same_tenant_visit_id'],
  ['visit_member', 'same_tenant_member_id'],
  ['visit_member', 'visit_member_team'],
];
export const INVARIANT_CHECKS: Array<[what: string, sql: string]> = [
  ['visit: the citizen is in the visit\'s tenant', `SELECT count(*)::int AS n FROM visit v JOIN citizen c ON c.id = v.citizen_id WHERE c.tenant_id <> v.tenant_id`],
  ['visit: the series is in the visit\'s tenant', `SELECT count(*)::int AS n FROM visit v JOIN visit_series s ON s.id = v.series_id WHERE s.tenant_id <> v.tenant_id`],
  ['visit_member: visit and member in its tenant, the member in the citizen\'s team', `SELECT count(*)::int AS n
     FROM visit_member vm JOIN visit v ON v.id = vm.visit_id JOIN citizen c ON c.id = v.citizen_id JOIN team_member m ON m.id = vm.member_id
     WHERE v.tenant_id <> vm.tenant_id OR m.tenant_id <> vm.tenant_id OR m.team_id <> c.team_id`],
];
async function setVisitTriggers(db: Client, on: boolean): Promise<void> {
  for (const [table, trigger] of VISIT_TRIGGERS) await db.query(`ALTER TABLE "${table}" ${on ? 'ENABLE' : 'DISABLE'} TRIGGER "${trigger}"`);
}
export async function checkInvariants(db: Client): Promise<void> {
  for (const [what, sql] of INVARIANT_CHECKS) {
    const { rows: [r] } = await db.query<{ n: number }>(sql);
    if (r.n !== 0) throw new Error(`invariant broken after the bulk load (${what}): ${r.n} rows`);
  }
}

/** Runs every bulk step; returns row counts and seconds per step. */
export async function generateBulk(db: Client, tenantId: string, citizens: BulkCitizen[]): Promise<{ counts: Record<string, number>; seconds: Record<string, number> }> {
  const t: Record<string, number> = {};
  const counts: Record<string, number> = {};
  await db.query(FUNCTIONS);
  await db.query(`CREATE TEMP TABLE bench_citizen (idx int PRIMARY KEY, citizen_id uuid, team_idx int, team_id uuid, status text,
    primary_member uuid, carriers uuid[], leader_user uuid, start_days int, end_days int) ON COMMIT DROP`);
  const cols = ['idx', 'citizen_id', 'team_idx', 'team_id', 'status', 'primary_member', 'carriers', 'leader_user', 'start_days', 'end_days'] as const;
  const types = ['int', 'uuid', 'int', 'uuid', 'text', 'uuid', 'text', 'uuid', 'int', 'int'];
  for (let s = 0; s < citizens.length; s += 5000) {
    const chunk = citizens.slice(s, s + 5000);
    const params = cols.map((c) => chunk.map((x) => (c === 'carriers' ? `{${x.carriers.join(',')}}` : x[c])));
    await db.query(
      `INSERT INTO bench_citizen SELECT u0, u1, u2, u3, u4, u5, u6::uuid[], u7, u8, u9
       FROM unnest(${types.map((ty, i) => `$${i + 1}::${ty}[]`).join(', ')}) AS u(u0, u1, u2, u3, u4, u5, u6, u7, u8, u9)`,
      params,
    );
  }
  await db.query(`ANALYZE bench_citizen`);
  const today = `(now() AT TIME ZONE 'Europe/Copenhagen')::date`;
  const local = (dateExpr: string, timeExpr: string) => `((${dateExpr})::timestamp + ${timeExpr}) AT TIME ZONE 'Europe/Copenhagen'`;
  const P = [tenantId];

  // ---- Visits -------------------------------------------------------------------------------
  await setVisitTriggers(db, false);
  // Each course (start_days..end_days before today; open courses run to 13 days ahead) gets a
  // number of visits proportional to its length, scaled so the whole set is VISITS_PER_TEAM per
  // team; each citizen has its own pace (0.6–1.4 × the mean). Mostly weekdays, 08:00–15:30.
  const teams = new Set(citizens.map((c) => c.team_idx)).size;
  const target = VISITS_PER_TEAM * teams;
  await step(db, 'visits', `CREATE TEMP TABLE bench_visit ON COMMIT DROP AS
    WITH course AS (
      SELECT c.*, (c.start_days - coalesce(c.end_days, -13)) AS days
      FROM bench_citizen c WHERE c.primary_member IS NOT NULL AND c.start_days IS NOT NULL AND c.start_days > coalesce(c.end_days, -13)),
    rate AS (SELECT $1::float8 / sum(days) AS per_day FROM course),
    n AS (
      SELECT course.*, greatest(1, round(days * rate.per_day * (0.6 + 0.8 * pg_temp.bench_rnd(idx, 1))))::int AS visits
      FROM course, rate),
    raw AS (
      SELECT n.idx, n.citizen_id, n.primary_member, n.carriers, n.status, g AS k,
        (n.idx::bigint * 100000 + g) AS key,
        (${today} - n.start_days + floor(pg_temp.bench_rnd(n.idx::bigint * 100000 + g, 2) * n.days)::int) AS d0
      FROM n, generate_series(1, n.visits) g),
    dated AS (
      SELECT raw.*, CASE WHEN pg_temp.bench_rnd(key, 3) < 0.1 THEN d0
                         WHEN extract(isodow FROM d0) = 6 THEN d0 - 1
                         WHEN extract(isodow FROM d0) = 7 THEN d0 + 1 ELSE d0 END AS d
      FROM raw)
    SELECT pg_temp.bench_uid('visit:' || key) AS id, citizen_id, key, status,
      ${local('d', `make_interval(mins => 480 + 30 * floor(pg_temp.bench_rnd(key, 4) * 16)::int)`)} AS planned_start,
      (ARRAY[30, 45, 60, 60, 90])[1 + floor(pg_temp.bench_rnd(key, 5) * 5)::int] AS minutes,
      primary_member,
      CASE WHEN pg_temp.bench_rnd(key, 6) < 0.3 THEN carriers[1 + floor(pg_temp.bench_rnd(key, 7) * array_length(carriers, 1))::int] END AS second_member
    FROM dated`, [target], t);
  await db.query(`ALTER TABLE bench_visit ADD COLUMN outcome visit_outcome`);
  await step(db, 'visits', `UPDATE bench_visit SET outcome = CASE
      WHEN planned_start > now() THEN NULL
      WHEN planned_start > now() - interval '3 days' AND pg_temp.bench_rnd(key, 8) < 0.15 THEN NULL
      WHEN pg_temp.bench_rnd(key, 9) < 0.80 THEN 'done'
      WHEN pg_temp.bench_rnd(key, 9) < 0.88 THEN 'not_met'
      WHEN pg_temp.bench_rnd(key, 9) < 0.95 THEN 'cancelled_by_citizen'
      ELSE 'cancelled_by_team' END::visit_outcome`, [], t);
  counts.visits = await step(db, 'visits', `INSERT INTO visit (id, tenant_id, citizen_id, planned_start, planned_end, place_kind, place_text, purpose,
      outcome, actual_minutes, face_to_face, network_took_part, substance_treatment, outcome_note, outcome_logged_at, outcome_logged_by,
      created_by, created_at, updated_at)
    SELECT v.id, $1::uuid, v.citizen_id, v.planned_start, v.planned_start + make_interval(mins => v.minutes),
      p.kind, CASE WHEN p.kind = 'other' THEN 'Biblioteket' END,
      CASE WHEN pg_temp.bench_rnd(v.key, 11) < 0.4 THEN 'Opfølgning på planen' END,
      v.outcome,
      CASE WHEN v.outcome = 'done' THEN greatest(5, v.minutes - 15 + floor(pg_temp.bench_rnd(v.key, 12) * 31)::int) END,
      CASE WHEN v.outcome = 'done' THEN pg_temp.bench_rnd(v.key, 13) < 0.85 END,
      CASE WHEN v.outcome = 'done' THEN pg_temp.bench_rnd(v.key, 14) < 0.15 END,
      coalesce(v.outcome = 'done' AND pg_temp.bench_rnd(v.key, 15) < 0.12, false),
      CASE WHEN v.outcome IS NOT NULL AND pg_temp.bench_rnd(v.key, 16) < 0.2 THEN 'Kort note om besøget' END,
      CASE WHEN v.outcome IS NOT NULL THEN v.planned_start + make_interval(mins => v.minutes + 10 + floor(pg_temp.bench_rnd(v.key, 17) * 600)::int) END,
      CASE WHEN v.outcome IS NOT NULL THEN m.user_id END,
      m.user_id, v.planned_start - interval '7 days', v.planned_start - interval '7 days'
    FROM bench_visit v
    JOIN team_member m ON m.id = v.primary_member
    CROSS JOIN LATERAL (SELECT (ARRAY['home','home','home','home','drop_in_centre','jobcenter','street','treatment_site','office','other'])
      [1 + floor(pg_temp.bench_rnd(v.key, 10) * 10)::int]::visit_place_kind AS kind) p
    ORDER BY v.planned_start`, P, t);
  counts.visitMembers = await step(db, 'visit members', `INSERT INTO visit_member (visit_id, member_id, tenant_id)
    SELECT * FROM (SELECT id, primary_member, $1::uuid FROM bench_visit
      UNION ALL SELECT id, second_member, $1::uuid FROM bench_visit WHERE second_member IS NOT NULL AND second_member <> primary_member) x
    ORDER BY 1, 2`, P, t); // in key order: the primary key and the visit lookups stay local

  // Visit series: a quarter of the open courses have a weekly visit (fixed weekday and time),
  // started 2–10 months ago and materialised four weeks ahead; their visits carry the series.
  await step(db, 'visit series', `CREATE TEMP TABLE bench_series ON COMMIT DROP AS
    SELECT pg_temp.bench_uid('series:' || c.idx) AS id, c.idx, c.citizen_id, c.primary_member,
      (${today} - (60 + floor(pg_temp.bench_rnd(c.idx, 20) * 240)::int)) AS start0,
      1 + floor(pg_temp.bench_rnd(c.idx, 21) * 5)::int AS weekday,
      (ARRAY['09:00','10:00','11:00','13:00','14:00'])[1 + floor(pg_temp.bench_rnd(c.idx, 22) * 5)::int] AS start_time
    FROM bench_citizen c WHERE c.status = 'active' AND c.primary_member IS NOT NULL AND pg_temp.bench_rnd(c.idx, 19) < 0.25`, [], t);
  counts.visitSeries = await step(db, 'visit series', `INSERT INTO visit_series (id, tenant_id, citizen_id, rrule, start_date, start_time, duration_minutes,
      place_kind, purpose, materialised_until, created_by, created_at)
    SELECT s.id, $1::uuid, s.citizen_id, 'FREQ=WEEKLY;BYDAY=' || (ARRAY['MO','TU','WE','TH','FR'])[s.weekday],
      s.start0 + ((s.weekday - extract(isodow FROM s.start0)::int + 7) % 7), s.start_time, 60, 'home', 'Fast ugentligt besøg',
      ${today} + 28, m.user_id, now() - interval '1 day' * (${today} - s.start0)
    FROM bench_series s JOIN team_member m ON m.id = s.primary_member`, P, t);
  await step(db, 'visit series', `INSERT INTO visit_series_member (series_id, member_id, tenant_id) SELECT id, primary_member, $1::uuid FROM bench_series`, P, t);
  counts.seriesVisits = await step(db, 'visit series', `INSERT INTO visit (id, tenant_id, citizen_id, series_id, series_date, planned_start, planned_end,
      place_kind, purpose, outcome, actual_minutes, face_to_face, network_took_part, substance_treatment, outcome_logged_at, outcome_logged_by, created_by)
    SELECT pg_temp.bench_uid('sv:' || vs.id || ':' || d), $1::uuid, vs.citizen_id, vs.id, d::date,
      ${local('d::date', `vs.start_time::time`)}, ${local('d::date', `vs.start_time::time`)} + interval '60 minutes',
      'home', 'Fast ugentligt besøg',
      CASE WHEN d::date < ${today} THEN (CASE WHEN pg_temp.bench_rnd(hashtext(vs.id::text || d)::bigint, 23) < 0.85 THEN 'done' ELSE 'not_met' END)::visit_outcome END,
      CASE WHEN d::date < ${today} AND pg_temp.bench_rnd(hashtext(vs.id::text || d)::bigint, 23) < 0.85 THEN 55 END,
      CASE WHEN d::date < ${today} AND pg_temp.bench_rnd(hashtext(vs.id::text || d)::bigint, 23) < 0.85 THEN true END,
      CASE WHEN d::date < ${today} AND pg_temp.bench_rnd(hashtext(vs.id::text || d)::bigint, 23) < 0.85 THEN false END,
      false,
      CASE WHEN d::date < ${today} THEN ${local('d::date', `vs.start_time::time`)} + interval '2 hours' END,
      CASE WHEN d::date < ${today} THEN m.user_id END, m.user_id
    FROM visit_series vs JOIN bench_series s ON s.id = vs.id JOIN team_member m ON m.id = s.primary_member,
      generate_series(vs.start_date, vs.materialised_until, interval '7 days') d
    WHERE vs.tenant_id = $1`, P, t);
  await step(db, 'visit series', `INSERT INTO visit_member (visit_id, member_id, tenant_id)
    SELECT v.id, s.primary_member, $1::uuid FROM visit v JOIN bench_series s ON s.id = v.series_id`, P, t);

  await step(db, 'visit checks', 'SELECT 1', [], t);
  const t0 = Date.now();
  await checkInvariants(db);
  await setVisitTriggers(db, true);
  t['visit checks'] = (Date.now() - t0) / 1000;

  // ---- Care plans ----------------------------------------------------------------------------
  // One version per half year of the course (at most 6); three goals each (same goal keys across
  // versions), one or two steps per goal. The last version is a draft for a fifth of the citizens.
  await step(db, 'care plans', `INSERT INTO life_area (tenant_id, code, name, tracks_stage_of_change, sort_order)
    SELECT $1::uuid, d.code, d.name, d.tracks, d.sort_order FROM (VALUES
      ('substance_use', 'Rusmidler', true, 10), ('mental_health', 'Psykisk trivsel', false, 20),
      ('physical_health', 'Fysisk helbred', false, 30), ('social_network', 'Netværk og relationer', false, 40),
      ('finances', 'Økonomi', false, 50), ('housing', 'Bolig', false, 60),
      ('education_employment', 'Uddannelse og arbejde', false, 70), ('everyday_life', 'Hverdagsliv og fritid', false, 80)
    ) AS d(code, name, tracks, sort_order) ON CONFLICT (tenant_id, code) DO NOTHING`, P, t);
  await step(db, 'care plans', `CREATE TEMP TABLE bench_plan ON COMMIT DROP AS
    SELECT c.idx, c.citizen_id, c.primary_member, c.leader_user, c.start_days, coalesce(c.end_days, 0) AS end_days,
      least(6, 1 + (c.start_days - coalesce(c.end_days, 0)) / 180) AS versions,
      pg_temp.bench_rnd(c.idx, 30) < 0.2 AS last_is_draft
    FROM bench_citizen c WHERE c.primary_member IS NOT NULL AND c.start_days IS NOT NULL AND c.start_days > coalesce(c.end_days, 0) + 7`, [], t);
  const areas = (await db.query<{ id: string }>(`SELECT id FROM life_area WHERE tenant_id = $1::uuid ORDER BY sort_order`, P)).rows.map((r) => r.id);
  const maxVersions = (await db.query<{ n: number }>(`SELECT coalesce(max(versions), 0)::int AS n FROM bench_plan`)).rows[0].n;
  counts.carePlanVersions = 0;
  counts.carePlanGoals = 0;
  counts.carePlanSteps = 0;
  for (let k = 1; k <= maxVersions; k++) {
    counts.carePlanVersions += await step(db, 'care plans', `INSERT INTO care_plan_version (id, tenant_id, citizen_id, number, status, previous_version_id,
        citizen_words, next_follow_up_on, created_by, updated_by, created_at, updated_at)
      SELECT pg_temp.bench_uid('plan:' || p.idx || ':' || $2::int), $1::uuid, p.citizen_id, $2::int, 'draft',
        CASE WHEN $2::int > 1 THEN pg_temp.bench_uid('plan:' || p.idx || ':' || ($2::int - 1)) END,
        'Jeg vil gerne have mere ro i hverdagen',
        ${today} - p.start_days + 7 + ($2::int - 1) * 180 + 90 + floor(pg_temp.bench_rnd(p.idx * 10 + $2::int, 31) * 30)::int,
        p.leader_user, p.leader_user,
        now() - interval '1 day' * (p.start_days - 7 - ($2::int - 1) * 180), now() - interval '1 day' * (p.start_days - 7 - ($2::int - 1) * 180)
      FROM bench_plan p WHERE p.versions >= $2::int`, [tenantId, k], t);
    counts.carePlanGoals += await step(db, 'care plans', `INSERT INTO care_plan_goal (id, tenant_id, version_id, goal_key, life_area_id, citizen_words, status, stage_of_change, position)
      SELECT pg_temp.bench_uid('goal:' || p.idx || ':' || $2::int || ':' || g), $1::uuid, pg_temp.bench_uid('plan:' || p.idx || ':' || $2::int),
        pg_temp.bench_uid('goalkey:' || p.idx || ':' || g), a.id, (ARRAY['Have et sted at bo','Færre dage med rus','Se min søster oftere','Styr på økonomien'])[g],
        CASE WHEN $2::int < p.versions AND pg_temp.bench_rnd(p.idx * 100 + $2::int * 10 + g, 32) < 0.2 THEN 'achieved' ELSE 'active' END::care_plan_goal_status,
        CASE WHEN a.i = 1 THEN (ARRAY['contemplation','preparation','action','maintenance'])[1 + floor(pg_temp.bench_rnd(p.idx * 100 + $2::int * 10 + g, 33) * 4)::int]::stage_of_change END,
        g
      FROM bench_plan p, generate_series(1, 3) g,
        LATERAL (SELECT x.id, x.i FROM unnest($3::uuid[]) WITH ORDINALITY AS x(id, i)
                 WHERE x.i = 1 + ((p.idx + g * 3) % array_length($3::uuid[], 1))) a
      WHERE p.versions >= $2::int`, [tenantId, k, areas], t);
    counts.carePlanSteps += await step(db, 'care plans', `INSERT INTO care_plan_step (tenant_id, goal_id, description, responsible_member_id, due_on, position)
      SELECT $1::uuid, pg_temp.bench_uid('goal:' || p.idx || ':' || $2::int || ':' || g), 'Næste skridt aftalt med borgeren', p.primary_member,
        ${today} - p.start_days + 7 + ($2::int - 1) * 180 + 30 * s, s
      FROM bench_plan p, generate_series(1, 3) g, generate_series(1, 2) s
      WHERE p.versions >= $2::int AND (s = 1 OR pg_temp.bench_rnd(p.idx * 100 + g, 34) < 0.5)`, [tenantId, k], t);
    await step(db, 'care plans', `UPDATE care_plan_version v SET status = 'agreed', agreed_on = v.created_at::date + 3, agreed_how = 'home_visit',
        agreed_by = p.leader_user, agreed_at = v.created_at + interval '3 days', participants = 'Borgeren og kontaktpersonen'
      FROM bench_plan p WHERE v.id = pg_temp.bench_uid('plan:' || p.idx || ':' || $1::int) AND NOT ($1::int = p.versions AND p.last_is_draft)`, [k], t);
  }

  // ---- Team meetings, series and occurrences ------------------------------------------------
  // Weekly on Tuesday 09:00–10:30 for three years and four weeks ahead; the held ones with
  // attendance, items (six prepared citizens, two from members), decisions and tasks.
  await step(db, 'team meetings', `CREATE TEMP TABLE bench_team ON COMMIT DROP AS
    SELECT team_idx, team_id, min(leader_user::text)::uuid AS leader_user, min(carriers::text)::uuid[] AS carriers
    FROM bench_citizen GROUP BY team_idx, team_id`, [], t);
  await step(db, 'team meetings', `CREATE TEMP TABLE bench_meeting ON COMMIT DROP AS
    SELECT pg_temp.bench_uid('meeting:' || b.team_idx || ':' || w) AS id, b.team_idx, b.team_id, b.leader_user, b.carriers, w,
      (date_trunc('week', ${today}::timestamp)::date + 1 + 7 * w) AS d
    FROM bench_team b, generate_series(-${Math.floor(HISTORY_DAYS / 7)}, 4) w`, [], t);
  counts.teamMeetings = await step(db, 'team meetings', `INSERT INTO team_meeting (id, tenant_id, team_id, starts_at, ends_at, place, agenda_prepared_at, held_at, created_by, created_at)
    SELECT m.id, $1::uuid, m.team_id, ${local('m.d', `time '09:00'`)}, ${local('m.d', `time '10:30'`)}, 'Mødelokalet',
      CASE WHEN m.w <= 1 THEN ${local('m.d', `time '08:00'`)} - interval '1 day' END,
      CASE WHEN m.d < ${today} THEN ${local('m.d', `time '10:30'`)} END, m.leader_user, ${local('m.d', `time '08:00'`)} - interval '14 days'
    FROM bench_meeting m`, P, t);
  await step(db, 'team meetings', `INSERT INTO team_meeting_rhythm (tenant_id, team_id, cadence, weekday, start_time, end_time, place, updated_by)
    SELECT $1::uuid, team_id, 'weekly', 2, '09:00', '10:30', 'Mødelokalet', leader_user FROM bench_team`, P, t);
  counts.meetingAttendance = await step(db, 'team meetings', `INSERT INTO team_meeting_attendance (tenant_id, meeting_id, member_id, present)
    SELECT $1::uuid, m.id, c, pg_temp.bench_rnd(hashtext(m.id::text || c)::bigint, 40) < 0.9
    FROM bench_meeting m, unnest(m.carriers) c WHERE m.d < ${today}`, P, t);
  await step(db, 'team meetings', `CREATE TEMP TABLE bench_item ON COMMIT DROP AS
    SELECT pg_temp.bench_uid('item:' || m.id || ':' || i) AS id, m.id AS meeting_id, m.team_id, m.d, m.leader_user, m.carriers, i,
      CASE WHEN i <= 6 THEN (SELECT c.citizen_id FROM bench_citizen c WHERE c.team_id = m.team_id AND c.status IN ('active', 'paused')
        ORDER BY pg_temp.bench_rnd(hashtext(m.id::text || c.idx)::bigint, 41) LIMIT 1 OFFSET i - 1) END AS citizen_id
    FROM bench_meeting m, generate_series(1, 8) i WHERE m.w <= 1`, [], t);
  counts.meetingItems = await step(db, 'team meetings', `INSERT INTO team_meeting_item (id, tenant_id, meeting_id, citizen_id, source, reason, title, position, added_by, note, created_at)
    SELECT id, $1::uuid, meeting_id, citizen_id, CASE WHEN i <= 6 THEN 'prepared' ELSE 'member' END::meeting_item_source,
      CASE WHEN i <= 6 THEN (ARRAY['team_board','plan_follow_up_overdue','contact_lapsed','longest_not_discussed'])[1 + i % 4] END,
      CASE WHEN i > 6 THEN 'Fælles punkt fra teamet' END, i, CASE WHEN i > 6 THEN leader_user END,
      CASE WHEN d < ${today} THEN 'Drøftet på mødet' END, ${local('d', `time '08:00'`)} - interval '1 day'
    FROM bench_item`, P, t);
  counts.meetingDecisions = await step(db, 'team meetings', `INSERT INTO meeting_decision (tenant_id, team_id, meeting_id, item_id, citizen_id, text, decided_by, created_at)
    SELECT $1::uuid, team_id, meeting_id, id, citizen_id, 'Teamet besluttede næste skridt', leader_user, ${local('d', `time '10:00'`)}
    FROM bench_item WHERE d < ${today} AND pg_temp.bench_rnd(hashtext(id::text)::bigint, 42) < 0.5`, P, t);
  counts.followUpTasks = await step(db, 'team meetings', `INSERT INTO follow_up_task (tenant_id, team_id, meeting_id, item_id, citizen_id, assignee_member_id, description,
      due_date, done_at, done_by, created_by, created_at)
    SELECT $1::uuid, i.team_id, i.meeting_id, i.id, i.citizen_id, i.carriers[1 + floor(pg_temp.bench_rnd(hashtext(i.id::text)::bigint, 44) * array_length(i.carriers, 1))::int],
      'Ring til borgerens læge', i.d + 7 + floor(pg_temp.bench_rnd(hashtext(i.id::text)::bigint, 45) * 8)::int,
      CASE WHEN i.d < ${today} - 21 OR pg_temp.bench_rnd(hashtext(i.id::text)::bigint, 46) < 0.5 THEN ${local('i.d', `time '14:00'`)} + interval '5 days' END,
      CASE WHEN i.d < ${today} - 21 OR pg_temp.bench_rnd(hashtext(i.id::text)::bigint, 46) < 0.5 THEN i.leader_user END,
      i.leader_user, ${local('i.d', `time '10:00'`)}
    FROM bench_item i WHERE i.d < ${today} AND pg_temp.bench_rnd(hashtext(i.id::text)::bigint, 43) < 0.3`, P, t);
  counts.meetingSeries = await step(db, 'meeting series', `INSERT INTO meeting_series (id, tenant_id, kind, team_id, title, rrule, start_date, start_time, duration_minutes,
      place, materialised_until, created_by)
    SELECT pg_temp.bench_uid('mseries:' || b.team_idx || ':' || k), $1::uuid, k::meeting_kind, b.team_id,
      CASE k WHEN 'team_meeting' THEN 'Teammøde' ELSE 'Supervision' END,
      CASE k WHEN 'team_meeting' THEN 'FREQ=WEEKLY;BYDAY=TU' ELSE 'FREQ=MONTHLY;BYDAY=1TH' END,
      date_trunc('week', ${today}::timestamp)::date + 1 - ${Math.floor(HISTORY_DAYS / 7) * 7}, CASE k WHEN 'team_meeting' THEN '09:00' ELSE '13:00' END,
      CASE k WHEN 'team_meeting' THEN 90 ELSE 120 END, 'Mødelokalet', ${today} + 28, b.leader_user
    FROM bench_team b, unnest(ARRAY['team_meeting', 'supervision']) k`, P, t);
  counts.meetingOccurrences = await step(db, 'meeting series', `INSERT INTO meeting_occurrence (tenant_id, series_id, kind, team_id, original_date, starts_at, ends_at, place,
      status, status_reason, status_set_by, status_set_at, team_meeting_id)
    SELECT $1::uuid, pg_temp.bench_uid('mseries:' || m.team_idx || ':team_meeting'), 'team_meeting'::meeting_kind, m.team_id, m.d,
      ${local('m.d', `time '09:00'`)}, ${local('m.d', `time '10:30'`)}, 'Mødelokalet',
      CASE WHEN m.d < ${today} THEN 'held' ELSE 'planned' END::occurrence_status, NULL,
      CASE WHEN m.d < ${today} THEN m.leader_user END, CASE WHEN m.d < ${today} THEN ${local('m.d', `time '10:30'`)} END, m.id
    FROM bench_meeting m
    UNION ALL
    SELECT $1::uuid, pg_temp.bench_uid('mseries:' || m.team_idx || ':supervision'), 'supervision'::meeting_kind, m.team_id, m.d + 2,
      ${local('m.d + 2', `time '13:00'`)}, ${local('m.d + 2', `time '15:00'`)}, 'Mødelokalet',
      CASE WHEN m.d + 2 >= ${today} THEN 'planned' WHEN pg_temp.bench_rnd(hashtext(m.id::text)::bigint, 47) < 0.9 THEN 'held' ELSE 'not_held' END::occurrence_status,
      CASE WHEN m.d + 2 < ${today} AND pg_temp.bench_rnd(hashtext(m.id::text)::bigint, 47) >= 0.9 THEN 'Supervisor syg' END,
      CASE WHEN m.d + 2 < ${today} THEN m.leader_user END, CASE WHEN m.d + 2 < ${today} THEN ${local('m.d + 2', `time '15:00'`)} END, NULL
    FROM bench_meeting m WHERE extract(day FROM m.d + 2) <= 7`, P, t);

  // ---- Board, network meetings, regional courses --------------------------------------------
  // About one citizen a week per team goes on the board for 1–6 weeks; those put on in the last
  // three weeks (some) are still on it.
  await step(db, 'board', `CREATE TEMP TABLE bench_board ON COMMIT DROP AS
    SELECT pg_temp.bench_uid('board:' || m.id) AS id, m.team_id, m.leader_user, m.carriers, m.d AS placed_on,
      (SELECT c.citizen_id FROM bench_citizen c WHERE c.team_id = m.team_id AND c.status IN ('active', 'paused')
        ORDER BY pg_temp.bench_rnd(hashtext(m.id::text || c.idx)::bigint, 50) LIMIT 1) AS citizen_id,
      m.d + 7 * (1 + floor(pg_temp.bench_rnd(hashtext(m.id::text)::bigint, 51) * 6)::int) AS removed_on
    FROM bench_meeting m WHERE m.d < ${today}`, [], t);
  // One open entry per citizen: the latest placement of a citizen stays open when it ends after today.
  counts.boardEntries = await step(db, 'board', `INSERT INTO team_board_entry (id, tenant_id, team_id, citizen_id, reason, placed_on, placed_by, removed_on, removed_reason, removed_by, created_at)
    SELECT b.id, $1::uuid, b.team_id, b.citizen_id, 'Bekymring for boligsituationen', b.placed_on, b.leader_user,
      CASE WHEN b.open THEN NULL ELSE least(b.removed_on, ${today}) END, CASE WHEN b.open THEN NULL ELSE 'Situationen er stabil' END,
      CASE WHEN b.open THEN NULL ELSE b.leader_user END, ${local('b.placed_on', `time '10:00'`)}
    FROM (SELECT bb.*, bb.removed_on > ${today} AND row_number() OVER (PARTITION BY bb.citizen_id ORDER BY bb.placed_on DESC) = 1 AS open
          FROM bench_board bb) b
    WHERE b.open OR NOT EXISTS (SELECT 1 FROM bench_board o WHERE o.citizen_id = b.citizen_id AND o.placed_on > b.placed_on AND o.placed_on < least(b.removed_on, ${today}))`, P, t);
  counts.boardContacts = await step(db, 'board', `INSERT INTO team_board_contact (tenant_id, entry_id, member_id, agreement)
    SELECT $1::uuid, e.id, b.carriers[1 + floor(pg_temp.bench_rnd(hashtext(e.id::text || k)::bigint, 52) * array_length(b.carriers, 1))::int], 'Ringer dagligt'
    FROM team_board_entry e JOIN bench_board b ON b.id = e.id, generate_series(1, 2) k`, P, t);
  counts.boardNotes = await step(db, 'board', `INSERT INTO team_board_note (tenant_id, entry_id, text, written_by, created_at)
    SELECT $1::uuid, e.id, 'Status fra i dag', b.leader_user, ${local('e.placed_on + k', `time '11:00'`)}
    FROM team_board_entry e JOIN bench_board b ON b.id = e.id, generate_series(1, 3) k WHERE e.placed_on + k <= ${today}`, P, t);
  counts.networkMeetings = await step(db, 'network meetings', `INSERT INTO network_meeting (id, tenant_id, team_id, citizen_id, starts_at, ends_at, place, purpose,
      invited_by_member_id, prep_job, prep_network, summary, created_by)
    SELECT pg_temp.bench_uid('nm:' || c.idx || ':' || y), $1::uuid, c.team_id, c.citizen_id,
      ${local(`${today} - c.start_days + 60 + 365 * y`, `time '13:00'`)}, ${local(`${today} - c.start_days + 60 + 365 * y`, `time '14:30'`)},
      'Borgerens hjem', 'Samle netværket om planen', c.primary_member, 'Vil gerne i praktik', 'Søster og nabo',
      CASE WHEN c.start_days - 60 - 365 * y > 0 THEN 'Aftalt hvem gør hvad' END, c.leader_user
    FROM bench_citizen c, generate_series(0, 2) y
    WHERE c.primary_member IS NOT NULL AND c.start_days IS NOT NULL AND c.start_days - 60 - 365 * y > coalesce(c.end_days, -30)`, P, t);
  await step(db, 'network meetings', `INSERT INTO network_meeting_participant (tenant_id, meeting_id, name, role, why)
    SELECT $1::uuid, nm.id, (ARRAY['Søster','Nabo','Sagsbehandler'])[k], (ARRAY['Pårørende','Netværk','Jobcenter'])[k], 'Borgeren ønsker det'
    FROM network_meeting nm, generate_series(1, 3) k WHERE nm.tenant_id = $1`, P, t);
  counts.regionalCourses = await step(db, 'regional courses', `INSERT INTO regional_treatment_episode (tenant_id, citizen_id, team_id, unit, referred_on, admitted_on, discharged_on,
      returned_on, withdrawn_on, recorded_by, version)
    SELECT $1::uuid, c.citizen_id, c.team_id, 'Dobbeltdiagnose-afsnittet', r, CASE WHEN s >= 1 THEN r + 14 END, CASE WHEN s >= 2 THEN r + 60 END,
      CASE WHEN s >= 3 THEN r + 64 END, NULL, c.leader_user, 1
    FROM bench_citizen c,
      LATERAL (SELECT ${today} - (10 + floor(pg_temp.bench_rnd(c.idx, 60) * greatest(1, c.start_days - 80))::int) AS r,
                      floor(pg_temp.bench_rnd(c.idx, 61) * 4)::int AS s) x
    WHERE c.primary_member IS NOT NULL AND c.start_days > 90 AND pg_temp.bench_rnd(c.idx, 62) < 0.15
      AND (s < 2 OR r + 60 <= ${today}) AND (s < 3 OR r + 64 <= ${today}) AND (s < 1 OR r + 14 <= ${today})`, P, t);
  counts.budgetedPositions = await step(db, 'fidelity', `INSERT INTO team_budgeted_positions (tenant_id, team_id, fte, start_date, created_by)
    SELECT $1::uuid, team_id, 9.5, ${today} - ${HISTORY_DAYS}, leader_user FROM bench_team`, P, t);

  // ---- Notifications, readiness ---------------------------------------------------------------
  counts.notifications = await step(db, 'notifications', `INSERT INTO notification (tenant_id, user_id, kind, subject_id, team_id, occurs_at, item_count, dedupe_key, created_at, read_at)
    SELECT $1::uuid, m.user_id, (ARRAY['meeting_upcoming','follow_up_task_due','care_plan_follow_up_due','citizens_not_seen'])[1 + k % 4]::notification_kind,
      NULL, m.team_id, now() - interval '1 day' * (2 * k - 1), CASE WHEN k % 4 = 3 THEN 3 END, 'bench:' || k,
      now() - interval '1 day' * 2 * k, CASE WHEN k > 3 THEN now() - interval '1 day' * (2 * k - 1) END
    FROM team_member m, generate_series(1, 45) k WHERE m.tenant_id = $1`, P, t);
  // A round past its closing date refuses answers (trigger): each round is opened until tomorrow,
  // filled, then moved to its real period and closed, as a round that ran then would be.
  counts.readinessRounds = await step(db, 'readiness', `INSERT INTO readiness_round (id, tenant_id, title, opens_on, closes_on, created_by)
    SELECT pg_temp.bench_uid('round:' || r), $1::uuid, 'Parathedsmåling ' || r, ${today} - 400 * (4 - r), ${today} + 1,
      (SELECT leader_user FROM bench_team ORDER BY team_idx LIMIT 1)
    FROM generate_series(1, 3) r`, P, t);
  await step(db, 'readiness', `INSERT INTO readiness_round_statement (tenant_id, round_id, driver, text, position)
    SELECT $1::uuid, pg_temp.bench_uid('round:' || r), (ARRAY['intervention','organisation','leadership','people','context'])[1 + (p - 1) / 2]::readiness_driver,
      'Udsagn ' || p, p
    FROM generate_series(1, 3) r, generate_series(1, 10) p`, P, t);
  counts.readinessParticipants = await step(db, 'readiness', `INSERT INTO readiness_participant (id, tenant_id, round_id, user_id, participant_group, submitted_at)
    SELECT pg_temp.bench_uid('rp:' || r || ':' || m.id), $1::uuid, pg_temp.bench_uid('round:' || r), m.user_id,
      CASE WHEN m.is_team_leader THEN 'team_leader' ELSE 'team_member' END::readiness_group, now() - interval '1 day' * (400 * (4 - r) - 10)
    FROM team_member m, generate_series(1, 3) r WHERE m.tenant_id = $1`, P, t);
  counts.readinessAnswers = await step(db, 'readiness', `INSERT INTO readiness_answer (tenant_id, participant_id, round_statement_id, score, dont_know)
    SELECT $1::uuid, p.id, s.id, 1 + floor(pg_temp.bench_rnd(hashtext(p.id::text || s.id)::bigint, 70) * 5)::int, false
    FROM readiness_participant p JOIN readiness_round_statement s ON s.round_id = p.round_id WHERE p.tenant_id = $1`, P, t);
  await step(db, 'readiness', `UPDATE readiness_round SET closes_on = opens_on + 21,
      closed_at = ((opens_on + 21)::timestamp + time '23:00') AT TIME ZONE 'Europe/Copenhagen' WHERE tenant_id = $1`, P, t);

  const seconds = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v * 10) / 10]));
  return { counts, seconds };
}
