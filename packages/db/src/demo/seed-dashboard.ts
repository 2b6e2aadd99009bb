import type { EntityManager } from 'typeorm';

/**
 * The steering dashboard counts a member's FTE from the day they joined the team
 * (`team_member.created_at`; the fidelity model reads `joined_on` and the spans, ADR 0025). The demo's teams have worked for about a year, with primary
 * contacts starting up to months before the seed ran, so the members are dated back to when the
 * team started: a year before `now`, or the team's first primary contact if that is earlier.
 * Without this, every member would have joined "today" and the ratio over any period would be
 * many times too high.
 */
export async function backdateDemoMembers(manager: EntityManager, tenantId: string, now: Date): Promise<number> {
  // A SELECT over the UPDATE: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
  const [{ n }]: Array<{ n: number }> = await manager.query(
    `WITH first_contact AS (
       SELECT m.team_id, min(p.started_at) AS at
       FROM primary_assignment p JOIN team_member m ON m.id = p.member_id
       WHERE p.tenant_id = $1 GROUP BY m.team_id),
     changed AS (
       UPDATE team_member m SET created_at = LEAST($2::timestamptz - interval '365 days', COALESCE(f.at, $2::timestamptz)),
         joined_on = (LEAST($2::timestamptz - interval '365 days', COALESCE(f.at, $2::timestamptz)) AT TIME ZONE 'Europe/Copenhagen')::date
       FROM team_member m2 LEFT JOIN first_contact f ON f.team_id = m2.team_id
       WHERE m.id = m2.id AND m.tenant_id = $1
       RETURNING m.id)
     SELECT count(*)::int AS n FROM changed`,
    [tenantId, now],
  );
  return n;
}

/**
 * A year of logged visits before the three weeks the activity seed covers, so the steering
 * dashboard has a history to show for a quarter or a year: on weekdays while a citizen had a
 * primary contact, by that contact, with contacts per citizen growing from about 0.8 to 1.6 a
 * week over the year (the team settling into the method); one in five is a phone call.
 * Deterministic: the choice of days comes from a hash of the citizen's CPR number and the date.
 */
export async function insertVisitHistory(manager: EntityManager, tenantId: string, now: Date): Promise<number> {
  // Two statements: the visit_member trigger must see its visit, which a CTE of the same statement would hide.
  await manager.query(
    `CREATE TEMP TABLE demo_visit_history ON COMMIT DROP AS
     WITH today AS (SELECT ($1::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date AS d),
     spans AS (
       SELECT p.citizen_id, p.member_id, m.user_id, c.cpr,
              greatest((p.started_at AT TIME ZONE 'Europe/Copenhagen')::date, today.d - 365) AS first_day,
              least(COALESCE((p.ended_at AT TIME ZONE 'Europe/Copenhagen')::date, today.d), today.d - 22) AS stop_day
       FROM primary_assignment p JOIN citizen c ON c.id = p.citizen_id JOIN team_member m ON m.id = p.member_id, today
       WHERE p.tenant_id = $2),
     chosen AS (
       SELECT s.citizen_id, s.member_id, s.user_id, g.day::date AS day,
              (hashtext(s.cpr || g.day::date::text) & 1023) AS h, today.d - g.day::date AS age
       FROM spans s, today, generate_series(s.first_day, s.stop_day - 1, interval '1 day') AS g(day)
       WHERE extract(isodow FROM g.day) < 6)
     SELECT gen_random_uuid() AS id, citizen_id, member_id, user_id, h, (day + time '10:00') AT TIME ZONE 'Europe/Copenhagen' AS starts_at
     FROM chosen WHERE h < 1024 * (0.32 - 0.16 * age / 365.0)`,
    [now, tenantId],
  );
  await manager.query(
    `INSERT INTO visit (id, tenant_id, citizen_id, planned_start, planned_end, place_kind, outcome, actual_minutes, face_to_face,
                        outcome_logged_at, outcome_logged_by, created_by, created_at, updated_at)
     SELECT id, $1, citizen_id, starts_at, starts_at + interval '1 hour',
            (ARRAY['home', 'home', 'drop_in_centre', 'street']::visit_place_kind[])[1 + h % 4], 'done', 30 + h % 61, h % 5 <> 0,
            starts_at + interval '2 hours', user_id, user_id, starts_at - interval '7 days', starts_at + interval '2 hours'
     FROM demo_visit_history`,
    [tenantId],
  );
  await manager.query(`INSERT INTO visit_member (tenant_id, visit_id, member_id) SELECT $1, id, member_id FROM demo_visit_history`, [tenantId]);
  const [{ n }]: Array<{ n: number }> = await manager.query(`SELECT count(*)::int AS n FROM demo_visit_history`);
  await manager.query(`DROP TABLE demo_visit_history`);
  return n;
}
