import type { EntityManager } from 'typeorm';

/**
 * The steering dashboard counts a member's FTE from the day they joined the team
 * (`team_member.created_at`). The demo's teams have worked for about a year, with primary
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
       UPDATE team_member m SET created_at = LEAST($2::timestamptz - interval '365 days', COALESCE(f.at, $2::timestamptz))
       FROM team_member m2 LEFT JOIN first_contact f ON f.team_id = m2.team_id
       WHERE m.id = m2.id AND m.tenant_id = $1
       RETURNING m.id)
     SELECT count(*)::int AS n FROM changed`,
    [tenantId, now],
  );
  return n;
}
