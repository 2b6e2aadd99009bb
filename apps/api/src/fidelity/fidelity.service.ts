import {
  Enrolments,
  type FidelityModelVersion,
  type FidelityReport,
  type Period,
  addDays,
  copenhagenToday,
  fidelityReport,
  itemWindow,
  periodProblem,
} from '@act/domain';
import {
  type FidelityQuery,
  type StoredFidelityReport,
  activeFidelityVersion,
  citizensInPeriod,
  fidelityVersionById,
  lastTwelveWeeks,
  loadFidelityInput,
} from '@act/db';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { canReadCitizensOfTeam, requireViewer } from '../auth/access-policy';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import type { RequestContext } from '../common/request/request-context';
import { FidelityErrorCode, FidelityException, teamNotFound } from './fidelity.exception';
import { itemModel, itemsOf, storedItemModel, subscaleModels, trendPoint } from './fidelity.mapping';
import type {
  FidelityDrillDownModel,
  FidelityDrillDownRowModel,
  FidelityManualRatingModel,
  FidelityReportModel,
  FidelityTrendPointModel,
  TeamFidelitySummaryModel,
} from './fidelity.model';

async function minGroupSize(ctx: RequestContext): Promise<number> {
  const rows: Array<{ n: number }> = await ctx.db.query(`SELECT min_group_size AS n FROM tenant WHERE id = $1`, [requireViewer(ctx.viewer).tenantId]);
  return rows[0]?.n ?? 5;
}

export const queryOf = (ctx: RequestContext): FidelityQuery => (sql, params) => ctx.db.query(sql, params);

/** The period asked for, or the 12 whole weeks (Monday–Sunday) before this week. */
export function askedPeriod(from: string | null | undefined, to: string | null | undefined): Period {
  if (!from && !to) return lastTwelveWeeks(copenhagenToday());
  if (!from || !to) throw new FidelityException(FidelityErrorCode.InvalidPeriod, 'Vælg både første og sidste dag i perioden.', from ? 'to' : 'from');
  const period = { from, to };
  const problem = periodProblem(period);
  if (problem) throw new FidelityException(FidelityErrorCode.InvalidPeriod, problem, 'to');
  return period;
}

export async function teamRow(ctx: RequestContext, teamId: string): Promise<{ id: string; name: string }> {
  const rows: Array<{ id: string; name: string }> = await ctx.db.query(`SELECT id, name FROM team WHERE id = $1`, [teamId]);
  if (!rows[0]) throw teamNotFound();
  return rows[0];
}

/** The team's own staff (leader and members) only: the report names records behind the numbers. */
async function staffTeam(ctx: RequestContext, teamId: string): Promise<{ id: string; name: string }> {
  const viewer = requireViewer(ctx.viewer);
  const team = await teamRow(ctx, teamId);
  if (!canReadCitizensOfTeam(viewer, team.id)) throw new AuthException(AuthErrorCode.Forbidden, 'Kun teamets egne medarbejdere kan se teamets metodetroskab.');
  return team;
}

const CONTACT_ITEMS = new Set([
  'team_approach',
  'team_leader_direct_share',
  'community_share',
  'face_to_face_minutes',
  'face_to_face_contacts',
  'network_contacts',
  'substance_treatment_minutes',
]);
const CITIZEN_ITEMS = new Set(['monthly_intake', 'retention']);
const MEETING_ITEMS = new Set(['team_meeting_frequency', 'team_meeting_review_share']);
const DISCIPLINE_OF: Record<string, string> = { psychiatrist_fte: 'psychiatry', nurse_fte: 'nursing', substance_abuse_fte: 'substance_abuse', employment_fte: 'employment' };

const DISCIPLINE_DA: Record<string, string> = {
  psychiatry: 'Psykiatri',
  nursing: 'Sygepleje',
  substance_abuse: 'Rusmiddel',
  social_pedagogy: 'Socialpædagogik',
  employment: 'Beskæftigelse',
  casework: 'Sagsbehandling',
  peer: 'Peer',
  other: 'Andet',
};
const PLACE_DA: Record<string, string> = {
  home: 'Hjemme',
  drop_in_centre: 'Værested',
  jobcenter: 'Jobcenter',
  street: 'Gaden',
  treatment_site: 'Behandlingssted',
  office: 'Kontoret',
  other: 'Andet sted',
};
const END_DA: Record<string, string> = { moved_away: 'Flyttet', died: 'Død', transferred: 'Overført', completed: 'Afsluttet efter plan', other: 'Andet' };
const yesNo = (b: boolean) => (b ? 'Ja' : 'Nej');

/**
 * A team's method fidelity (ADR 0021): the report for a period on demand, the weekly snapshots
 * as a trend, the records behind one item, and the steering group's scores per team.
 */
@Injectable()
export class FidelityService {
  async report(ctx: RequestContext, teamId: string, from?: string | null, to?: string | null): Promise<FidelityReportModel> {
    const viewer = requireViewer(ctx.viewer);
    const team = await staffTeam(ctx, teamId);
    const period = askedPeriod(from, to);
    const version = await activeFidelityVersion(queryOf(ctx), viewer.tenantId);
    const report = await this.compute(ctx, team.id, period, version);
    return this.reportModel(ctx, team, report, version, new Date());
  }

  async compute(ctx: RequestContext, teamId: string, period: Period, version: FidelityModelVersion): Promise<FidelityReport> {
    const input = await loadFidelityInput(queryOf(ctx), teamId, period, version);
    return fidelityReport(input, period, version);
  }

  private async reportModel(ctx: RequestContext, team: { id: string; name: string }, report: FidelityReport, version: FidelityModelVersion, computedAt: Date): Promise<FidelityReportModel> {
    const raters = [...new Set(report.items.flatMap((i) => (i.manualRating ? [i.manualRating.ratedBy] : [])))];
    const users: Array<{ id: string; name: string }> = raters.length ? await ctx.db.query(`SELECT id, name FROM app_user WHERE id = ANY($1)`, [raters]) : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    const defs = itemsOf(version);
    return {
      teamId: team.id,
      teamName: team.name,
      from: report.period.from,
      to: report.period.to,
      modelVersionId: version.versionId,
      modelVersionLabel: version.label,
      computedAt,
      items: report.items.map((r) => {
        const m = r.manualRating;
        const manual: FidelityManualRatingModel | null = m
          ? { id: m.id, itemId: m.itemId, rating: m.rating, note: m.note, ratedOn: m.ratedOn, ratedByName: names.get(m.ratedBy) ?? null }
          : null;
        return itemModel(defs.get(r.itemId)!, r, manual);
      }),
      subscales: subscaleModels(report.subscales),
      total: report.total,
    };
  }

  /** The team's weekly snapshots over the last `weeks` weeks, oldest first (one per period; the active version's first). */
  async trend(ctx: RequestContext, teamId: string, weeks: number): Promise<FidelityTrendPointModel[]> {
    const viewer = requireViewer(ctx.viewer);
    const team = await staffTeam(ctx, teamId);
    const active = await activeFidelityVersion(queryOf(ctx), viewer.tenantId);
    const rows: Array<{ report: StoredFidelityReport }> = await ctx.db.query(
      `SELECT DISTINCT ON (to_date) report FROM fidelity_snapshot
       WHERE team_id = $1 AND to_date > $2::date
       ORDER BY to_date, (version_id = $3) DESC, computed_at DESC`,
      [team.id, addDays(copenhagenToday(), -7 * weeks), active.versionId],
    );
    return rows.map((r) => trendPoint(r.report));
  }

  /** The records behind one item's number. Citizen rows are access-logged, one row per citizen. */
  async drillDown(ctx: RequestContext, teamId: string, itemId: string, from?: string | null, to?: string | null): Promise<FidelityDrillDownModel> {
    const viewer = requireViewer(ctx.viewer);
    const team = await staffTeam(ctx, teamId);
    const period = askedPeriod(from, to);
    const version = await activeFidelityVersion(queryOf(ctx), viewer.tenantId);
    const item = version.items.find((i) => i.id === itemId);
    if (!item) throw new FidelityException(FidelityErrorCode.UnknownItem, 'Punktet findes ikke i teamets model. Vælg et punkt i tabellen.', 'itemId');
    const input = await loadFidelityInput(queryOf(ctx), team.id, period, version);
    const report = fidelityReport(input, period, version);
    const result = report.items.find((i) => i.itemId === itemId)!;
    const window = item.kind === 'computed' ? itemWindow(period, item.windowMonths) : period;
    const enrolments = new Enrolments(input.citizens);
    const { columns, rows } = await this.records(ctx, team.id, itemId, item.kind, window, enrolments);
    for (const citizenId of [...new Set(rows.flatMap((r) => (r.citizenId ? [r.citizenId] : [])))]) {
      audit(ctx, { operation: 'fidelity.drill-down', citizenId, criterion: `fidelity:${itemId}` });
    }
    return { itemId, name: item.nameDa, columns, rows, basis: Object.entries(result.basis ?? {}).map(([key, value]) => ({ key, value })) };
  }

  private async records(ctx: RequestContext, teamId: string, itemId: string, kind: 'computed' | 'manual', w: Period, enrolments: Enrolments): Promise<{ columns: string[]; rows: FidelityDrillDownRowModel[] }> {
    const row = (cells: string[], ids: Partial<Pick<FidelityDrillDownRowModel, 'citizenId' | 'visitId' | 'meetingId'>> = {}): FidelityDrillDownRowModel => ({
      cells,
      citizenId: ids.citizenId ?? null,
      visitId: ids.visitId ?? null,
      meetingId: ids.meetingId ?? null,
    });
    const start = `${w.from}`;
    const afterEnd = addDays(w.to, 1);
    if (kind === 'manual') {
      const ratings: Array<{ id: string; rated_on: string; rating: number; note: string; name: string }> = await ctx.db.query(
        `SELECT r.id, to_char(r.rated_on, 'YYYY-MM-DD') AS rated_on, r.rating, r.note, u.name
         FROM fidelity_manual_rating r JOIN app_user u ON u.id = r.rated_by
         WHERE r.team_id = $1 AND r.item_id = $2 ORDER BY r.rated_on DESC, r.created_at DESC`,
        [teamId, itemId],
      );
      return { columns: ['Dato', 'Vurdering', 'Begrundelse', 'Vurderet af'], rows: ratings.map((r) => row([r.rated_on, String(r.rating), r.note, r.name])) };
    }
    if (CONTACT_ITEMS.has(itemId)) {
      const filter =
        itemId === 'network_contacts'
          ? 'AND COALESCE(v.network_took_part, false)'
          : itemId === 'substance_treatment_minutes'
            ? 'AND v.substance_treatment'
            : itemId === 'face_to_face_minutes' || itemId === 'face_to_face_contacts' || itemId === 'team_approach'
              ? 'AND v.face_to_face'
              : '';
      const visits: Array<{ id: string; citizen_id: string; citizen: string; at: string; f2f: boolean; place: string; minutes: number; staff: string; leader: boolean; network: boolean; substance: boolean }> =
        await ctx.db.query(
          `SELECT v.id, v.citizen_id, c.name AS citizen, to_char(v.planned_start AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI') AS at,
                  v.face_to_face AS f2f, v.place_kind::text AS place, v.actual_minutes AS minutes,
                  COALESCE(string_agg(u.name, ', ' ORDER BY u.name), '') AS staff, COALESCE(bool_or(m.is_team_leader), false) AS leader,
                  COALESCE(v.network_took_part, false) AS network, v.substance_treatment AS substance
           FROM visit v JOIN citizen c ON c.id = v.citizen_id
           LEFT JOIN visit_member vm ON vm.visit_id = v.id LEFT JOIN team_member m ON m.id = vm.member_id LEFT JOIN app_user u ON u.id = m.user_id
           WHERE c.team_id = $1 AND v.outcome = 'done' ${filter}
             AND v.planned_start >= ($2::date::timestamp AT TIME ZONE 'Europe/Copenhagen') AND v.planned_start < ($3::date::timestamp AT TIME ZONE 'Europe/Copenhagen')
           GROUP BY v.id, c.name ORDER BY v.planned_start, v.id`,
          [teamId, start, afterEnd],
        );
      // As the model counts them: a contact on a day its citizen was enrolled; the leader's own for the leader's share.
      const shown = visits.filter((v) => enrolments.isEnrolled(v.citizen_id, v.at.slice(0, 10)) && (itemId !== 'team_leader_direct_share' || v.leader));
      return {
        columns: ['Tidspunkt', 'Borger', 'Ansigt til ansigt', 'Sted', 'Minutter', 'Medarbejdere', 'Netværk', 'Rusmiddel'],
        rows: shown.map((v) =>
          row([v.at, v.citizen, yesNo(v.f2f), PLACE_DA[v.place] ?? v.place, String(v.minutes), v.staff, yesNo(v.network), yesNo(v.substance)], { citizenId: v.citizen_id, visitId: v.id }),
        ),
      };
    }
    if (CITIZEN_ITEMS.has(itemId)) {
      const spans: Array<{ citizen_id: string; citizen: string; start_date: string; end_date: string | null; end_kind: string | null }> = await ctx.db.query(
        `SELECT pa.citizen_id, c.name AS citizen,
                to_char((pa.started_at AT TIME ZONE 'Europe/Copenhagen')::date, 'YYYY-MM-DD') AS start_date,
                to_char((pa.ended_at AT TIME ZONE 'Europe/Copenhagen')::date, 'YYYY-MM-DD') AS end_date, pa.end_kind::text AS end_kind
         FROM primary_assignment pa JOIN citizen c ON c.id = pa.citizen_id
         WHERE c.team_id = $1 AND pa.started_at < ($3::date::timestamp AT TIME ZONE 'Europe/Copenhagen')
           AND (pa.ended_at IS NULL OR pa.ended_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Copenhagen'))
         ORDER BY c.name, pa.started_at`,
        [teamId, start, afterEnd],
      );
      return {
        columns: ['Borger', 'Primær kontakt fra', 'Til', 'Afslutning'],
        rows: spans.map((s) => row([s.citizen, s.start_date, s.end_date ?? '', s.end_kind ? (END_DA[s.end_kind] ?? s.end_kind) : ''], { citizenId: s.citizen_id })),
      };
    }
    if (MEETING_ITEMS.has(itemId)) {
      const meetings: Array<{ id: string | null; at: string; reviewed: number }> = await ctx.db.query(
        `SELECT tm.id, to_char(tm.starts_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI') AS at,
                count(DISTINCT i.citizen_id)::int AS reviewed, tm.starts_at
         FROM team_meeting tm LEFT JOIN team_meeting_item i ON i.meeting_id = tm.id
         WHERE tm.team_id = $1 AND tm.kind = 'team_meeting'
           AND tm.starts_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Copenhagen') AND tm.starts_at < ($3::date::timestamp AT TIME ZONE 'Europe/Copenhagen')
           AND (tm.held_at IS NOT NULL OR EXISTS (SELECT 1 FROM meeting_occurrence o WHERE o.team_meeting_id = tm.id AND o.status = 'held'))
         GROUP BY tm.id
         UNION ALL
         SELECT NULL, to_char(o.starts_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI'), 0, o.starts_at
         FROM meeting_occurrence o
         WHERE o.team_id = $1 AND o.kind = 'team_meeting' AND o.status = 'held' AND o.team_meeting_id IS NULL
           AND o.starts_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Copenhagen') AND o.starts_at < ($3::date::timestamp AT TIME ZONE 'Europe/Copenhagen')
         ORDER BY 4`,
        [teamId, start, afterEnd],
      );
      return { columns: ['Teammøde', 'Gennemgåede borgere'], rows: meetings.map((m) => row([m.at, String(m.reviewed)], { meetingId: m.id })) };
    }
    if (itemId === 'group_attendance') return { columns: ['Gruppeforløb'], rows: [] };
    // Staff items: the staffing history behind the FTE (ADR 0025), a row per span.
    const discipline = DISCIPLINE_OF[itemId];
    const staff: Array<{ name: string; discipline: string; fte: string; start_date: string; last_day: string | null; leader: boolean }> = await ctx.db.query(
      `SELECT u.name, s.discipline::text AS discipline, s.fte::text AS fte,
              to_char(s.valid_from, 'YYYY-MM-DD') AS start_date, to_char(s.valid_to, 'YYYY-MM-DD') AS last_day, m.is_team_leader AS leader
       FROM team_member_span s JOIN team_member m ON m.id = s.member_id JOIN app_user u ON u.id = m.user_id
       WHERE m.team_id = $1 ${discipline ? 'AND s.discipline = $2' : ''}
       ORDER BY u.name, m.id, s.valid_from`,
      discipline ? [teamId, discipline] : [teamId],
    );
    return {
      columns: ['Medarbejder', 'Faggruppe', 'Årsværk', 'I teamet fra', 'Til og med', 'Teamleder'],
      rows: staff.map((s) => row([s.name, DISCIPLINE_DA[s.discipline] ?? s.discipline, s.fte, s.start_date, s.last_day ?? '', yesNo(s.leader)])),
    };
  }

  /**
   * The steering group's view: every team's scores and items' figures, never records or persons.
   * A team with fewer citizens in the period than the tenant's minimum group size is withheld.
   * The worker's snapshot is used when it covers the period with the active version.
   */
  async steering(ctx: RequestContext, from?: string | null, to?: string | null): Promise<TeamFidelitySummaryModel[]> {
    const viewer = requireViewer(ctx.viewer);
    const period = askedPeriod(from, to);
    const q = queryOf(ctx);
    const version = await activeFidelityVersion(q, viewer.tenantId);
    const min = await minGroupSize(ctx);
    const teams: Array<{ id: string; name: string }> = await ctx.db.query(`SELECT id, name FROM team ORDER BY name, id`);
    const snapshots: Array<{ team_id: string; report: StoredFidelityReport; citizens: number }> = await ctx.db.query(
      `SELECT team_id, report, citizens FROM fidelity_snapshot WHERE from_date = $1 AND to_date = $2 AND version_id = $3`,
      [period.from, period.to, version.versionId],
    );
    const defs = itemsOf(version);
    const result: TeamFidelitySummaryModel[] = [];
    for (const team of teams) {
      const stored = snapshots.find((s) => s.team_id === team.id);
      if (!stored) {
        const input = await loadFidelityInput(q, team.id, period, version);
        const report = fidelityReport(input, period, version);
        const citizens = citizensInPeriod(input, period);
        if (citizens < min) {
          result.push({ teamId: team.id, teamName: team.name, withheld: true, total: null, subscales: null, items: null });
          continue;
        }
        result.push({
          teamId: team.id,
          teamName: team.name,
          withheld: false,
          total: report.total,
          subscales: subscaleModels(report.subscales),
          items: report.items.map((r) => itemModel(defs.get(r.itemId)!, r, null)),
        });
        continue;
      }
      if (stored.citizens < min) {
        result.push({ teamId: team.id, teamName: team.name, withheld: true, total: null, subscales: null, items: null });
        continue;
      }
      const report = stored.report;
      result.push({
        teamId: team.id,
        teamName: team.name,
        withheld: false,
        total: report.total,
        subscales: subscaleModels(report.subscales),
        items: report.items.filter((i) => defs.has(i.itemId)).map((i) => storedItemModel(defs.get(i.itemId)!, i)),
      });
    }
    return result;
  }

  /**
   * All teams together per week: the mean of the team totals (and subscale scores) of the weekly
   * snapshots with the active version, teams below the minimum group size left out.
   */
  async steeringTrend(ctx: RequestContext, weeks: number): Promise<FidelityTrendPointModel[]> {
    const viewer = requireViewer(ctx.viewer);
    const version = await activeFidelityVersion(queryOf(ctx), viewer.tenantId);
    const min = await minGroupSize(ctx);
    const rows: Array<{ from_date: string; to_date: string; report: StoredFidelityReport }> = await ctx.db.query(
      `SELECT to_char(from_date, 'YYYY-MM-DD') AS from_date, to_char(to_date, 'YYYY-MM-DD') AS to_date, report
       FROM fidelity_snapshot WHERE version_id = $1 AND to_date > $2::date AND citizens >= $3
       ORDER BY to_date, team_id`,
      [version.versionId, addDays(copenhagenToday(), -7 * weeks), min],
    );
    const byWeek = new Map<string, StoredFidelityReport[]>();
    for (const r of rows) byWeek.set(`${r.from_date}/${r.to_date}`, [...(byWeek.get(`${r.from_date}/${r.to_date}`) ?? []), r.report]);
    const mean = (scores: Array<{ score: number | null; ratedItems: number; items: number }>) => {
      const rated = scores.filter((s) => s.score !== null);
      return {
        score: rated.length ? Math.round((rated.reduce((n, s) => n + s.score!, 0) / rated.length) * 100) / 100 : null,
        ratedItems: Math.round(scores.reduce((n, s) => n + s.ratedItems, 0) / Math.max(1, scores.length)),
        items: scores[0]?.items ?? 0,
      };
    };
    return [...byWeek].map(([key, reports]) => {
      const [from, to] = key.split('/') as [string, string];
      const first = trendPoint(reports[0]);
      return {
        from,
        to,
        modelVersionId: version.versionId,
        total: mean(reports.map((r) => r.total)),
        subscales: first.subscales.map((s) => ({ ...s, ...mean(reports.map((r) => r.subscales[s.subscale as keyof typeof r.subscales])) })),
      };
    });
  }

  /** A version by id for the tenant (used when a stored report is recomputed). */
  async version(ctx: RequestContext, versionId: string): Promise<FidelityModelVersion> {
    const version = await fidelityVersionById(queryOf(ctx), versionId);
    if (!version) throw new FidelityException(FidelityErrorCode.VersionNotFound, 'Versionen findes ikke.', 'versionId');
    return version;
  }
}
