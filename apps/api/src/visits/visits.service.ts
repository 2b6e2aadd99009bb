import { addDays, contactMeasures, copenhagenWallTimeToUtc, findDoubleBookings, isoWeekStart, notSeenFor } from '@act/domain';
import { Injectable } from '@nestjs/common';
import type { AuditOperation } from '../access-log/audit-entry';
import { audit } from '../access-log/audit.buffer';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import { assertCitizensOfTeam, requireViewer, viewerTeamIds } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import type { CitizenVisitOverviewModel, DoubleBookingModel, NotSeenListModel, VisitModel, VisitPlanModel } from './visit.model';
import { type VisitRow, type VisitWithParticipantsRow, contactStateOfTeam, toVisit, visitsOfMembers, visitsOfTeam, CANCELLED } from './visit.queries';
import { readableVisit } from './visit-lookup';

/** Reading visits: one visit, my day and week, the team's week, the "not seen" list, a citizen's overview. */
@Injectable()
export class VisitsService {
  /** One visit, if it belongs to one of the viewer's teams (otherwise: not found, and the attempt is logged). */
  async get(ctx: RequestContext, visitId: string): Promise<VisitModel> {
    const row = await readableVisit(ctx, visitId);
    audit(ctx, { operation: 'visit.read', citizenId: row.citizen_id, criterion: `visit:${row.id}` });
    return toVisit(row);
  }

  /** The viewer's own visits starting on the local dates [from, to]. */
  async myPlan(ctx: RequestContext, from: string, to: string, label: string): Promise<VisitPlanModel> {
    const viewer = requireViewer(ctx.viewer);
    const memberIds = viewer.memberships.map((m) => m.memberId);
    const rows = memberIds.length
      ? await visitsOfMembers(ctx.db, memberIds, viewerTeamIds(viewer), dayStart(from), dayStart(addDays(to, 1)))
      : [];
    this.primeParticipants(ctx, rows);
    this.auditList(ctx, rows, `visits:${label}:${from}`);
    return { from, to, visits: rows.map(toVisit), doubleBookings: await this.doubleBookingsIn(ctx, rows, memberIds) };
  }

  /** The team's week (Monday to Sunday around `weekOf`): who is where when, and double bookings. */
  async teamWeek(ctx: RequestContext, teamId: string, weekOf: string): Promise<VisitPlanModel> {
    const viewer = requireViewer(ctx.viewer);
    assertCitizensOfTeam(viewer, teamId);
    const from = isoWeekStart(weekOf);
    const to = addDays(from, 6);
    const rows = await visitsOfTeam(ctx.db, teamId, dayStart(from), dayStart(addDays(to, 1)));
    this.primeParticipants(ctx, rows);
    this.auditList(ctx, rows, `visits:team-week:${teamId}:${from}`);
    return { from, to, teamId, visits: rows.map(toVisit), doubleBookings: await this.doubleBookingsIn(ctx, rows, null) };
  }

  /** The "never lose contact" list. A constant number of statements, whatever the team's size. */
  async notSeen(ctx: RequestContext, teamId: string): Promise<NotSeenListModel> {
    const viewer = requireViewer(ctx.viewer);
    assertCitizensOfTeam(viewer, teamId);
    const team = await ctx.loaders.teamById.load(teamId);
    if (!team) throw new AuthException(AuthErrorCode.Forbidden);
    const state = await contactStateOfTeam(ctx.db, teamId);
    const listed = notSeenFor(
      state.map((s) => ({ citizenId: s.citizen_id, lastFaceToFace: s.last_face_to_face, nextVisit: s.next_visit })),
      team.notSeenThresholdDays,
    );
    const citizens = await ctx.loaders.citizenById.loadMany(listed.map((c) => c.citizenId));
    const criterion = `visits:not-seen:team:${teamId}`;
    audit(ctx, ...listed.map((c) => ({ operation: 'visit.list' as const, citizenId: c.citizenId, criterion })));
    return {
      teamId,
      thresholdDays: team.notSeenThresholdDays,
      citizens: listed.map((c, i) => ({
        citizen: citizens[i] as never,
        daysSince: c.daysSince,
        lastFaceToFaceAt: c.lastFaceToFace,
        nextVisitAt: c.nextVisit,
      })),
    };
  }

  /** Last and next visits and the contact measures of a citizen already read under need-to-know. */
  async overview(ctx: RequestContext, citizenId: string): Promise<CitizenVisitOverviewModel> {
    const [visits, contacts] = await Promise.all([
      ctx.loaders.lastAndNextVisitsByCitizen.load(citizenId),
      ctx.loaders.contactsByCitizen.load(citizenId),
    ]);
    audit(ctx, { operation: 'visit.list', citizenId, criterion: 'visits:citizen-overview' });
    return {
      lastVisits: visits.last.map(toVisit),
      nextVisits: visits.next.map(toVisit),
      measures: contactMeasures(contacts.contacts, { lastFaceToFace: contacts.lastFaceToFace }),
    };
  }

  /** Double bookings among the given visits (members from the participants loader). */
  private async doubleBookingsIn(ctx: RequestContext, rows: VisitRow[], onlyMembers: string[] | null): Promise<DoubleBookingModel[]> {
    if (!rows.length) return [];
    const participants = await ctx.loaders.participantsByVisit.loadMany(rows.map((r) => r.id));
    const slots = rows.map((r, i) => {
      const p = participants[i];
      return {
        id: r.id,
        start: r.planned_start,
        end: r.planned_end,
        memberIds: Array.isArray(p) ? p.map((x) => x.memberId) : [],
        cancelled: r.outcome !== null && CANCELLED.includes(r.outcome),
      };
    });
    const names = new Map<string, string>();
    for (const p of participants) if (Array.isArray(p)) for (const x of p) names.set(x.memberId, x.name);
    return findDoubleBookings(slots)
      .filter((d) => !onlyMembers || onlyMembers.includes(d.memberId))
      .map((d) => ({ memberId: d.memberId, memberName: names.get(d.memberId) ?? '', visitIds: d.visitIds }));
  }

  /** The participants came with the visits: the `participants` field and the double bookings read them from the loader. */
  private primeParticipants(ctx: RequestContext, rows: VisitWithParticipantsRow[]): void {
    for (const r of rows) ctx.loaders.participantsByVisit.prime(r.id, r.participants);
  }

  /** One access-log row per citizen in a list of visits. */
  private auditList(ctx: RequestContext, rows: VisitRow[], criterion: string, operation: AuditOperation = 'visit.list'): void {
    const citizenIds = [...new Set(rows.map((r) => r.citizen_id))];
    audit(ctx, ...citizenIds.map((citizenId) => ({ operation, citizenId, criterion })));
  }
}

export function dayStart(isoDate: string): Date {
  return copenhagenWallTimeToUtc(isoDate, '00:00');
}
