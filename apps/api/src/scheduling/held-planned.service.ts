import { addDays, copenhagenWallTimeToUtc } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import { requireViewer, scheduleAggregateTeams } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import type { HeldPlannedStatsArgs } from './dto/scheduling.inputs';
import type { HeldPlannedStatModel } from './scheduling.model';
import { checkRange } from './occurrences.service';

interface StatRow {
  team_id: string | null;
  team_name: string | null;
  kind: string;
  month: string;
  planned: number;
  held: number;
  not_held: number;
  cancelled: number;
  total: number;
}

/**
 * Held versus planned: counts per team, kind and Copenhagen month — aggregates only, one
 * statement. The steering group sees every team's (and its own meetings, team null); a team
 * leader those of the teams they lead.
 */
@Injectable()
export class HeldPlannedService {
  async stats(ctx: RequestContext, args: HeldPlannedStatsArgs): Promise<HeldPlannedStatModel[]> {
    const viewer = requireViewer(ctx.viewer);
    checkRange(args.from, args.to, 3 * 366);
    const scope = scheduleAggregateTeams(viewer);
    if (args.teamId && scope !== 'all' && !scope.includes(args.teamId)) throw new AuthException(AuthErrorCode.Forbidden);
    const teams = args.teamId ? [args.teamId] : scope === 'all' ? null : scope;
    if (teams && !teams.length) return [];
    const rows: StatRow[] = await ctx.db.query(
      `SELECT o.team_id, t.name AS team_name, o.kind::text AS kind,
              to_char(o.starts_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') AS month,
              count(*) FILTER (WHERE o.status = 'planned')::int AS planned,
              count(*) FILTER (WHERE o.status = 'held')::int AS held,
              count(*) FILTER (WHERE o.status = 'not_held')::int AS not_held,
              count(*) FILTER (WHERE o.status = 'cancelled')::int AS cancelled,
              count(*)::int AS total
       FROM meeting_occurrence o LEFT JOIN team t ON t.id = o.team_id
       WHERE o.starts_at >= $1 AND o.starts_at < $2
         AND ($3::uuid[] IS NULL OR o.team_id = ANY($3::uuid[]))
       GROUP BY o.team_id, t.name, o.kind, month
       ORDER BY t.name NULLS LAST, o.team_id, o.kind, month`,
      [copenhagenWallTimeToUtc(args.from, '00:00'), copenhagenWallTimeToUtc(addDays(args.to, 1), '00:00'), teams],
    );
    return rows.map((r) => ({
      teamId: r.team_id,
      teamName: r.team_name,
      kind: r.kind,
      month: r.month,
      planned: r.planned,
      held: r.held,
      notHeld: r.not_held,
      cancelled: r.cancelled,
      total: r.total,
    }));
  }
}
