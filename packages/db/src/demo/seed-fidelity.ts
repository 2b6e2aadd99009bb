import type { EntityManager } from 'typeorm';

/**
 * Method fidelity content for the demo (ADR 0021), deterministic like the rest of it:
 * - each team's budgeted positions for the last two years: its current members' FTE today plus one
 *   vacant post (so "staffing against budget" shows a gap);
 * - the team leader's ratings of three items the data cannot show, a month ago;
 * - the visit marks: about one logged visit in sixteen had the citizen's network along, and
 *   about one in four of the visits to citizens in dual-diagnosis treatment was spent on their
 *   substance use (chosen by a hash of the CPR number and the date, as the visit history is).
 */
export async function insertDemoFidelity(manager: EntityManager, tenantId: string, now: Date): Promise<void> {
  await manager.query(
    `INSERT INTO team_budgeted_positions (tenant_id, team_id, fte, start_date, created_by)
     SELECT t.tenant_id, t.id, round(sum(m.fte) + 1, 2), ($2::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date - 730,
            (SELECT l.user_id FROM team_member l WHERE l.team_id = t.id AND l.is_team_leader AND member_is_current(l.left_on) ORDER BY l.created_at, l.id LIMIT 1)
     FROM team t JOIN team_member m ON m.team_id = t.id AND member_is_current(m.left_on)
     WHERE t.tenant_id = $1 GROUP BY t.id`,
    [tenantId, now],
  );
  await manager.query(
    `INSERT INTO fidelity_manual_rating (tenant_id, team_id, item_id, rating, note, rated_on, rated_by)
     SELECT t.tenant_id, t.id, r.item_id, r.rating, r.note, ($2::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date - 30, l.user_id
     FROM team t
     JOIN LATERAL (SELECT user_id FROM team_member WHERE team_id = t.id AND is_team_leader ORDER BY created_at, id LIMIT 1) l ON true
     CROSS JOIN (VALUES
       ('dual_disorder_model', 3, 'Rusmiddelkonsulenten er med på teammøderne, men ikke alle har lært den integrerede tilgang endnu.'),
       ('assertive_engagement', 4, 'Vi bliver ved med at opsøge borgere, der trækker sig, og skriver hvordan på teamtavlen.'),
       ('crisis_responsibility', 2, 'Uden for dagtid går krisehenvendelser stadig til vagtcentralen. Drøftes med styregruppen.')
     ) AS r(item_id, rating, note)
     WHERE t.tenant_id = $1`,
    [tenantId, now],
  );
  await manager.query(
    `UPDATE visit v SET network_took_part = true
     FROM citizen c WHERE c.id = v.citizen_id AND v.tenant_id = $1 AND v.outcome = 'done'
       AND (hashtext(c.cpr || ':network:' || (v.planned_start AT TIME ZONE 'Europe/Copenhagen')::date::text) & 15) = 0`,
    [tenantId],
  );
  await manager.query(
    `UPDATE visit v SET substance_treatment = true
     FROM citizen c WHERE c.id = v.citizen_id AND v.tenant_id = $1 AND v.outcome = 'done'
       AND EXISTS (SELECT 1 FROM regional_treatment_episode e WHERE e.citizen_id = c.id)
       AND (hashtext(c.cpr || ':substance:' || (v.planned_start AT TIME ZONE 'Europe/Copenhagen')::date::text) & 3) = 0`,
    [tenantId],
  );
}
