import { guard, isTeamRatioWithinLimit, teamRatio, utilisation } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import { assertCitizensOfTeam, requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import { minGroupSize } from '../steering-dashboard/steering-dashboard.queries';
import { toAdmissionModel } from './admission.mapper';
import { toExceptionModel, toMemberModel } from './caseload.mapper';
import type { MemberCaseloadModel, TeamCaseloadModel, TeamCaseloadSummaryModel } from './caseload.model';
import { daysWaiting, exceptionsInForce, membersWithLoad, teamCitizens } from './caseload.queries';

/** The read views of caseloads: the leader's balancing view and the steering group's figures. */
@Injectable()
export class CaseloadOverviewService {
  /** The leader's balancing view. A constant number of statements, whatever the team's size. */
  async teamCaseload(ctx: RequestContext, teamId: string): Promise<TeamCaseloadModel> {
    const viewer = requireViewer(ctx.viewer);
    assertCitizensOfTeam(viewer, teamId);
    const team = await ctx.loaders.teamById.load(teamId);
    if (!team) throw new AuthException(AuthErrorCode.Forbidden);
    const [members, exceptions, { assigned, waiting, active }, alerts] = [
      await membersWithLoad(ctx.db, teamId),
      await exceptionsInForce(ctx.db, teamId),
      await teamCitizens(ctx.db, teamId),
      await ctx.db.query<Array<{ id: string; kind: string; member_id: string | null; created_at: Date }>>(
        `SELECT id, kind, member_id, created_at FROM team_alert WHERE team_id = $1 AND resolved_at IS NULL ORDER BY created_at DESC`,
        [teamId],
      ),
    ];
    const admissions = await Promise.all(waiting.map((c) => ctx.loaders.admissionByCitizen.load(c.id)));
    const primaryFte = members.filter((m) => m.carries_caseload).reduce((sum, m) => sum + Math.round(Number(m.fte) * 100), 0) / 100;
    const now = Date.now();
    const memberModels: MemberCaseloadModel[] = members.map((m) => {
      const exception = exceptions.find((e) => e.member_id === m.id);
      return {
        member: toMemberModel(m),
        name: m.name,
        load: m.load,
        capacity: m.capacity,
        allowed: m.allowed,
        utilisation: utilisation(m.load, m.capacity),
        overCapacity: m.load > m.capacity,
        exception: exception ? toExceptionModel(exception) : null,
        citizens: assigned.filter((a) => a.memberId === m.id).map((a) => a.citizen as never),
      };
    });
    const criterion = `caseload:team:${teamId}`;
    audit(
      ctx,
      ...assigned.map((a) => ({ operation: 'citizen.list' as const, citizenId: a.citizen.id, criterion })),
      ...waiting.map((c) => ({ operation: 'citizen.list' as const, citizenId: c.id, criterion })),
    );
    const names = new Map(members.map((m) => [m.id, m.name]));
    return {
      teamId,
      teamName: team.name,
      members: memberModels,
      activeCitizens: active,
      primaryFte,
      ratio: teamRatio(active, primaryFte),
      ratioWithinLimit: isTeamRatioWithinLimit(active, primaryFte),
      waiting: waiting.map((c, i) => {
        const a = admissions[i];
        return {
          citizen: c as never,
          daysWaiting: daysWaiting(c, now),
          admission: a ? toAdmissionModel(a) : null,
        };
      }),
      // An alert about a member who is back within capacity has done its job: not shown.
      alerts: alerts
        .filter((a) => {
          const m = members.find((x) => x.id === a.member_id);
          return !m || m.load > m.allowed;
        })
        .map((a) => ({
        id: a.id,
        kind: a.kind,
        createdAt: a.created_at,
        message: `Undtagelsen for ${names.get(a.member_id ?? '') ?? 'et teammedlem'} er udløbet, men der er stadig flere borgere end normeringen tillader. Flyt borgere eller giv en ny, begrundet undtagelse.`,
      })),
    };
  }

  /**
   * Aggregates for every visible team, for the steering group: no names, no citizens. A team with
   * fewer open courses (citizens not ended) than the tenant's minimum group size has its citizen
   * figures withheld, as on the dashboard; staff figures always show.
   */
  async summaries(ctx: RequestContext): Promise<TeamCaseloadSummaryModel[]> {
    const viewer = requireViewer(ctx.viewer);
    const min = await minGroupSize(ctx.db, viewer.tenantId);
    // Grouped aggregates, one pass per table (a correlated count per member was ~10 ms at 400 members).
    const rows = await ctx.db.query<
      Array<{ id: string; name: string; open: number; active: number; waiting: number; primary_fte: number; over: number; exceptions: number }>
    >(`
      WITH open_load AS (
        SELECT member_id, count(*)::int AS load FROM primary_assignment WHERE ended_at IS NULL GROUP BY member_id),
      exception_now AS (
        SELECT DISTINCT member_id FROM caseload_exception
        WHERE revoked_at IS NULL AND (now() AT TIME ZONE 'Europe/Copenhagen')::date BETWEEN valid_from AND valid_until),
      member_stats AS (
        SELECT m.team_id,
               COALESCE(sum(m.fte) FILTER (WHERE m.carries_caseload), 0)::float AS primary_fte,
               count(*) FILTER (WHERE COALESCE(l.load, 0) > CASE WHEN m.carries_caseload THEN floor(m.fte * 10)::int ELSE 0 END)::int AS over,
               count(x.member_id)::int AS exceptions
        FROM team_member m LEFT JOIN open_load l ON l.member_id = m.id LEFT JOIN exception_now x ON x.member_id = m.id
        WHERE member_is_current(m.left_on)
        GROUP BY m.team_id),
      citizen_stats AS (
        SELECT c.team_id,
               count(*) FILTER (WHERE c.status <> 'ended')::int AS open,
               count(*) FILTER (WHERE c.status = 'active')::int AS active,
               count(*) FILTER (WHERE c.status <> 'ended' AND pa.citizen_id IS NULL)::int AS waiting
        FROM citizen c LEFT JOIN primary_assignment pa ON pa.citizen_id = c.id AND pa.ended_at IS NULL
        GROUP BY c.team_id)
      SELECT t.id, t.name, COALESCE(cs.open, 0) AS open, COALESCE(cs.active, 0) AS active, COALESCE(cs.waiting, 0) AS waiting,
             COALESCE(ms.primary_fte, 0) AS primary_fte, COALESCE(ms.over, 0) AS over, COALESCE(ms.exceptions, 0) AS exceptions
      FROM team t LEFT JOIN member_stats ms ON ms.team_id = t.id LEFT JOIN citizen_stats cs ON cs.team_id = t.id
      ORDER BY t.name, t.id`);
    return rows.map((r) => {
      const suppressed = guard(0, r.open, min).suppressed;
      return {
        teamId: r.id,
        teamName: r.name,
        suppressed,
        activeCitizens: suppressed ? null : r.active,
        primaryFte: r.primary_fte,
        ratio: suppressed ? null : teamRatio(r.active, r.primary_fte),
        waiting: suppressed ? null : r.waiting,
        membersOverCapacity: r.over,
        exceptionsInForce: r.exceptions,
      };
    });
  }
}
