import type { EntityManager } from 'typeorm';

/**
 * Each demo team's staffing history (ADR 0025), deterministic like the rest of the demo:
 * - a former colleague (fictional, their login closed) on the team from 30 months ago until
 *   8 months ago, who resigned — so "staff turnover over two years" has a real value;
 * - the team's first plain member by name with at least 0.5 FTE worked 0.2 FTE less until
 *   4 months ago (one FTE change; today's FTE stays as the roster has it).
 * Run after the members are dated back (seed-dashboard.ts).
 */
export async function insertDemoStaffingHistory(manager: EntityManager, tenantId: string, now: Date): Promise<number> {
  const teams: Array<{ id: string; name: string }> = await manager.query(`SELECT id, name FROM team WHERE tenant_id = $1 ORDER BY name, id`, [tenantId]);
  const FORMER = ['Birgitte Holm Madsen', 'Jonas Kjær Lund', 'Lene Bach Mortensen', 'Rasmus Juul Dahl'];
  let changed = 0;
  for (const [i, team] of teams.entries()) {
    const name = FORMER[i % FORMER.length];
    const [user]: Array<{ id: string }> = await manager.query(
      `INSERT INTO app_user (tenant_id, email, name, role, password_hash, disabled_at)
       VALUES ($1, 'tidligere-' || left($2::text, 8) || '@demo.dk', $3, 'team_member', '!', $4::timestamptz - interval '8 months') RETURNING id`,
      [tenantId, team.id, name, now],
    );
    await manager.query(
      `INSERT INTO team_member (tenant_id, team_id, user_id, discipline, fte, joined_on, left_on, leave_reason, created_at)
       VALUES ($1, $2, $3, 'social_pedagogy', 1, (($4::timestamptz - interval '30 months') AT TIME ZONE 'Europe/Copenhagen')::date,
               (($4::timestamptz - interval '8 months') AT TIME ZONE 'Europe/Copenhagen')::date, 'resigned', $4::timestamptz - interval '30 months')`,
      [tenantId, team.id, user.id, now],
    );
    // The FTE change: the open span ends the day before, the earlier span had 0.2 less.
    const [member]: Array<{ id: string; fte: string; joined_on: string }> = await manager.query(
      `SELECT m.id, m.fte::text AS fte, to_char(m.joined_on, 'YYYY-MM-DD') AS joined_on
       FROM team_member m JOIN app_user u ON u.id = m.user_id
       WHERE m.team_id = $1 AND NOT m.is_team_leader AND m.left_on IS NULL AND m.fte >= 0.5
       ORDER BY u.name, m.id LIMIT 1`,
      [team.id],
    );
    if (!member) continue;
    const [span]: Array<{ id: string }> = await manager.query(`SELECT id FROM team_member_span WHERE member_id = $1 AND valid_to IS NULL`, [member.id]);
    await manager.query(
      `UPDATE team_member_span SET valid_to = (($2::timestamptz - interval '4 months') AT TIME ZONE 'Europe/Copenhagen')::date - 1, fte = fte - 0.2 WHERE id = $1`,
      [span.id, now],
    );
    await manager.query(
      `INSERT INTO team_member_span (tenant_id, member_id, valid_from, fte, discipline)
       SELECT tenant_id, id, (($2::timestamptz - interval '4 months') AT TIME ZONE 'Europe/Copenhagen')::date, fte, discipline FROM team_member WHERE id = $1`,
      [member.id, now],
    );
    changed += 1;
  }
  return changed;
}
