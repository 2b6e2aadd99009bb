import { CitizenStatus, Team, VisitOutcome, VisitPlace, materialiseVisitSeries, visitSeriesHorizon } from '@act/db';
import { RecurrenceError, findDoubleBookings, formatWeeklyRule, isoWeekday, toCopenhagenLocal, visitRangeProblem } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { assertLeadsTeam, canReadCitizensOfTeam, requireViewer } from '../auth/access-policy';
import { CitizensService } from '../citizens/citizens.service';
import type { RequestContext } from '../common/request/request-context';
import type { LogVisitOutcomeInput, MoveVisitInput, PlanVisitInput, SetNotSeenThresholdInput, StopVisitSeriesInput } from './dto/visit.inputs';
import { VisitErrorCode, VisitException } from './visit.exception';
import type { DoubleBookingModel, MoveVisitPayload, PlanVisitPayload, StopVisitSeriesPayload, VisitModel } from './visit.model';
import { membersByIds, slotsOfMembers, toVisit, visitWithTeam, CANCELLED } from './visit.queries';
import { readableVisit } from './visit-lookup';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Visits can be planned (or logged after the fact) from 90 days back to a year ahead. */
const PLAN_BACK_DAYS = 90;
const PLAN_AHEAD_DAYS = 366;
/** "Done" or "not met" cannot be logged for a visit that starts more than this far ahead. */
const LOG_AHEAD_MS = 12 * 60 * 60 * 1000;

const RANGE_MESSAGES = {
  invalid: 'Tidspunktet kan ikke læses. Vælg dato og klokkeslæt igen.',
  'end-before-start': 'Besøget skal slutte efter, det begynder. Ret sluttidspunktet.',
  'too-long': 'Et besøg kan højst vare 12 timer. Del det op, eller ret sluttidspunktet.',
} as const;

/** Planning visits: plan (one or a series), move, log the outcome, stop a series, the "not seen" threshold. */
@Injectable()
export class VisitPlanningService {
  constructor(private readonly citizens: CitizensService) {}

  async plan(ctx: RequestContext, input: PlanVisitInput): Promise<PlanVisitPayload> {
    const viewer = requireViewer(ctx.viewer);
    const citizen = await this.citizens.get(ctx, input.citizenId);
    if (citizen.status === CitizenStatus.Ended) {
      throw new VisitException(VisitErrorCode.CitizenEnded, 'Borgerens forløb er afsluttet. Der kan ikke planlægges nye besøg.', 'citizenId');
    }
    checkRange(input.start, input.end);
    const placeText = checkPlace(input.placeKind, input.placeText);
    const members = await this.teamMembers(ctx, input.memberIds, citizen.teamId);
    const purpose = input.purpose?.trim() || null;
    if (input.goalId) await this.checkGoal(ctx, input.goalId, citizen.id);
    const common = {
      tenant: viewer.tenantId,
      citizen: citizen.id,
      place: input.placeKind,
      placeText,
      purpose,
      goal: input.goalId ?? null,
      by: viewer.userId,
    };

    let visitIds: string[];
    let series: PlanVisitPayload['series'] = null;
    if (input.repeat) {
      const local = toCopenhagenLocal(input.start);
      const durationMinutes = Math.round((input.end.getTime() - input.start.getTime()) / 60_000);
      let rrule: string;
      try {
        rrule = formatWeeklyRule({
          intervalWeeks: input.repeat.intervalWeeks,
          weekdays: input.repeat.weekdays?.length ? input.repeat.weekdays : [isoWeekday(local.date)],
          until: input.repeat.until ?? null,
          count: null,
        });
      } catch (error) {
        if (error instanceof RecurrenceError) {
          throw new VisitException(VisitErrorCode.InvalidRepeat, 'Gentagelsen kan ikke bruges. Vælg ugedage og hvor ofte igen.', 'repeat');
        }
        throw error;
      }
      if (input.repeat.weekdays?.length && !input.repeat.weekdays.includes(isoWeekday(local.date))) {
        throw new VisitException(
          VisitErrorCode.InvalidRepeat,
          'Første besøg skal ligge på en af de valgte ugedage. Ret datoen eller ugedagene.',
          'repeat.weekdays',
        );
      }
      if (input.repeat.until && input.repeat.until < local.date) {
        throw new VisitException(VisitErrorCode.InvalidRepeat, 'Slutdatoen for gentagelsen ligger før første besøg.', 'repeat.until');
      }
      const [row] = (await ctx.db.query<Array<{ id: string; rrule: string; start_date: string; start_time: string; duration_minutes: number }>>(
        `INSERT INTO visit_series (tenant_id, citizen_id, rrule, start_date, start_time, duration_minutes, place_kind,
                                   place_text, purpose, goal_id, materialised_until, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, ($4::date - 1), $11)
         RETURNING id, rrule, to_char(start_date, 'YYYY-MM-DD') AS start_date, start_time, duration_minutes`,
        [common.tenant, common.citizen, rrule, local.date, local.time, durationMinutes, common.place, placeText, purpose, common.goal, common.by],
      ));
      await ctx.db.query(
        `INSERT INTO visit_series_member (series_id, member_id, tenant_id) SELECT $1, unnest($2::uuid[]), $3`,
        [row.id, members.map((m) => m.id), common.tenant],
      );
      const horizon = visitSeriesHorizon();
      const through = input.repeat.until && input.repeat.until < horizon ? input.repeat.until : horizon;
      visitIds = await materialiseVisitSeries(ctx.db, row.id, through > local.date ? through : local.date);
      series = {
        id: row.id,
        rrule: row.rrule,
        startDate: row.start_date,
        startTime: row.start_time,
        durationMinutes: row.duration_minutes,
        materialisedUntil: through > local.date ? through : local.date,
      };
    } else {
      const [row] = (await ctx.db.query<Array<{ id: string }>>(
        `INSERT INTO visit (tenant_id, citizen_id, planned_start, planned_end, place_kind, place_text, purpose, goal_id, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [common.tenant, common.citizen, input.start, input.end, common.place, placeText, purpose, common.goal, common.by],
      ));
      await ctx.db.query(`INSERT INTO visit_member (visit_id, member_id, tenant_id) SELECT $1, unnest($2::uuid[]), $3`, [
        row.id,
        members.map((m) => m.id),
        common.tenant,
      ]);
      visitIds = [row.id];
    }
    const first = await visitWithTeam(ctx.db, visitIds[0]);
    audit(ctx, { operation: 'visit.plan', citizenId: citizen.id, criterion: series ? `series:${series.id}` : `visit:${first!.id}` });
    return {
      visit: toVisit(first!),
      series,
      created: visitIds.length,
      doubleBookings: await this.conflictsOf(ctx, visitIds, members.map((m) => m.id)),
    };
  }

  /** Moves a planned visit (not one already logged). */
  async move(ctx: RequestContext, input: MoveVisitInput): Promise<MoveVisitPayload> {
    const row = await readableVisit(ctx, input.visitId);
    checkRange(input.start, input.end);
    const updated = (await ctx.db.query<[Array<{ id: string }>, number]>(
      `UPDATE visit SET planned_start = $2, planned_end = $3, updated_at = now() WHERE id = $1 AND outcome IS NULL RETURNING id`,
      [row.id, input.start, input.end],
    ));
    if (!updated[0].length) {
      throw new VisitException(
        VisitErrorCode.AlreadyLogged,
        'Besøget er allerede registreret og kan ikke flyttes. Planlæg et nyt besøg i stedet.',
        'visitId',
      );
    }
    audit(ctx, { operation: 'visit.move', citizenId: row.citizen_id, criterion: `visit:${row.id}` });
    const members = (await ctx.loaders.participantsByVisit.load(row.id)).map((p) => p.memberId);
    const moved = (await visitWithTeam(ctx.db, row.id))!;
    return { visit: toVisit(moved), doubleBookings: await this.conflictsOf(ctx, [row.id], members) };
  }

  /**
   * Logs the outcome once. The write is a single UPDATE … WHERE outcome IS NULL, so a double tap
   * or a retry cannot record it twice; the same answer again returns the logged visit, a
   * different one is a conflict.
   */
  async logOutcome(ctx: RequestContext, input: LogVisitOutcomeInput): Promise<VisitModel> {
    const viewer = requireViewer(ctx.viewer);
    const row = await readableVisit(ctx, input.visitId);
    const outcome = input.outcome as VisitOutcome;
    const attended = outcome === VisitOutcome.Done || outcome === VisitOutcome.NotMet;
    if (attended && row.planned_start.getTime() > Date.now() + LOG_AHEAD_MS) {
      throw new VisitException(
        VisitErrorCode.NotStartedYet,
        'Besøget ligger ude i fremtiden. Registrér det, når det har fundet sted — eller flyt eller aflys det.',
        'outcome',
      );
    }
    if (outcome === VisitOutcome.Done && !input.actualMinutes) {
      throw new VisitException(VisitErrorCode.MinutesRequired, 'Skriv hvor mange minutter besøget varede.', 'actualMinutes');
    }
    const values = {
      minutes: attended ? (input.actualMinutes ?? null) : null,
      faceToFace: outcome === VisitOutcome.Done ? (input.faceToFace ?? true) : outcome === VisitOutcome.NotMet ? false : null,
      network: outcome === VisitOutcome.Done ? (input.supportNetwork ?? input.networkTookPart ?? false) : null,
      substance: outcome === VisitOutcome.Done ? (input.substanceTreatment ?? false) : false,
      note: input.note?.trim() || null,
    };
    const [updated] = (await ctx.db.query<[Array<{ id: string }>, number]>(
      `UPDATE visit SET outcome = $2, actual_minutes = $3, face_to_face = $4, network_took_part = $5, outcome_note = $6,
              outcome_logged_at = now(), outcome_logged_by = $7, substance_treatment = $8, updated_at = now()
       WHERE id = $1 AND outcome IS NULL
       RETURNING id`,
      [row.id, outcome, values.minutes, values.faceToFace, values.network, values.note, viewer.userId, values.substance],
    ));
    if (!updated.length) {
      // Read again: a parallel request (a double tap) may have committed its outcome after `row`
      // was read; our UPDATE waited for it and then found the outcome set.
      const logged = (await visitWithTeam(ctx.db, row.id))!;
      const same =
        logged.outcome === outcome &&
        logged.actual_minutes === values.minutes &&
        logged.face_to_face === values.faceToFace &&
        logged.network_took_part === values.network &&
        logged.substance_treatment === values.substance &&
        (logged.outcome_note ?? null) === values.note;
      if (!same) {
        throw new VisitException(
          VisitErrorCode.AlreadyLogged,
          'Besøget er allerede registreret af en anden eller fra en anden enhed. Hent siden igen for at se, hvad der står.',
          'visitId',
        );
      }
      audit(ctx, { operation: 'visit.read', citizenId: row.citizen_id, criterion: `visit:${row.id}` });
      return toVisit(logged);
    }
    audit(ctx, { operation: 'visit.log-outcome', citizenId: row.citizen_id, criterion: `visit:${row.id}` });
    return toVisit((await visitWithTeam(ctx.db, row.id))!);
  }

  /** Stops a series: no more occurrences, and the future planned ones are removed. */
  async stopSeries(ctx: RequestContext, input: StopVisitSeriesInput): Promise<StopVisitSeriesPayload> {
    const viewer = requireViewer(ctx.viewer);
    const [series] = (await ctx.db.query<Array<{ id: string; citizen_id: string; team_id: string }>>(
      `SELECT s.id, s.citizen_id, c.team_id FROM visit_series s JOIN citizen c ON c.id = s.citizen_id WHERE s.id = $1 FOR UPDATE OF s`,
      [input.seriesId],
    ));
    if (!series || !canReadCitizensOfTeam(viewer, series.team_id)) {
      if (series) audit(ctx, { operation: 'visit.read.denied', citizenId: series.citizen_id, criterion: `series:${series.id}` });
      throw new VisitException(VisitErrorCode.SeriesNotFound, 'Den faste aftale findes ikke. Hent siden igen.', 'seriesId');
    }
    await ctx.db.query(`UPDATE visit_series SET stopped_at = now() WHERE id = $1 AND stopped_at IS NULL`, [series.id]);
    const [, removed] = (await ctx.db.query<[unknown, number]>(
      `DELETE FROM visit WHERE series_id = $1 AND outcome IS NULL AND planned_start > now()`,
      [series.id],
    ));
    audit(ctx, { operation: 'visit.series.stop', citizenId: series.citizen_id, criterion: `series:${series.id}` });
    return { seriesId: series.id, removed };
  }

  async setNotSeenThreshold(ctx: RequestContext, input: SetNotSeenThresholdInput): Promise<Team> {
    const viewer = requireViewer(ctx.viewer);
    assertLeadsTeam(viewer, input.teamId);
    await ctx.db.update(Team, { id: input.teamId }, { notSeenThresholdDays: input.days });
    ctx.loaders.teamById.clear(input.teamId);
    return (await ctx.loaders.teamById.load(input.teamId))!;
  }

  /** The chosen members, all on the citizen's team. */
  private async teamMembers(ctx: RequestContext, memberIds: string[], teamId: string) {
    const members = await membersByIds(ctx.db, memberIds);
    if (members.length !== memberIds.length || members.some((m) => m.team_id !== teamId)) {
      throw new VisitException(
        VisitErrorCode.MemberNotInTeam,
        'Vælg medarbejdere fra borgerens eget team.',
        'memberIds',
      );
    }
    return members;
  }

  /** A visit may serve a goal of the citizen's own agreed plan, nothing else (the database checks it too). */
  private async checkGoal(ctx: RequestContext, goalId: string, citizenId: string): Promise<void> {
    const found = await ctx.db.query<unknown[]>(
      `SELECT 1 FROM care_plan_goal g JOIN care_plan_version v ON v.id = g.version_id
       WHERE g.id = $1 AND v.citizen_id = $2 AND v.status = 'agreed'`,
      [goalId, citizenId],
    );
    if (!found.length) {
      throw new VisitException(
        VisitErrorCode.GoalNotInPlan,
        'Målet findes ikke i borgerens aftalte plan. Vælg et mål fra planen, eller lad feltet være tomt.',
        'goalId',
      );
    }
  }

  /** Double bookings that involve one of `visitIds` (after planning or moving them). */
  private async conflictsOf(ctx: RequestContext, visitIds: string[], memberIds: string[]): Promise<DoubleBookingModel[]> {
    if (!visitIds.length) return [];
    const mine = (await ctx.db.query<Array<{ f: Date; t: Date }>>(`SELECT min(planned_start) AS f, max(planned_end) AS t FROM visit WHERE id = ANY($1)`, [
      visitIds,
    ]));
    const slots = await slotsOfMembers(ctx.db, memberIds, mine[0].f, mine[0].t);
    const names = new Map((await membersByIds(ctx.db, memberIds)).map((m) => [m.id, m.name]));
    return findDoubleBookings(
      slots.map((s) => ({
        id: s.id,
        start: s.planned_start,
        end: s.planned_end,
        memberIds: s.member_ids,
        cancelled: s.outcome !== null && CANCELLED.includes(s.outcome),
      })),
    )
      .filter((d) => memberIds.includes(d.memberId) && d.visitIds.some((id) => visitIds.includes(id)))
      .map((d) => ({ memberId: d.memberId, memberName: names.get(d.memberId) ?? '', visitIds: d.visitIds }));
  }
}

function checkRange(start: Date, end: Date): void {
  const problem = visitRangeProblem(start, end);
  if (problem) throw new VisitException(VisitErrorCode.InvalidTimeRange, RANGE_MESSAGES[problem], problem === 'invalid' ? 'start' : 'end');
  const now = Date.now();
  if (start.getTime() < now - PLAN_BACK_DAYS * DAY_MS || start.getTime() > now + PLAN_AHEAD_DAYS * DAY_MS) {
    throw new VisitException(
      VisitErrorCode.InvalidTimeRange,
      'Vælg en dato fra højst 90 dage tilbage til et år frem.',
      'start',
    );
  }
}

function checkPlace(placeKind: string, placeText: string | null | undefined): string | null {
  const text = placeText?.trim() || null;
  if (placeKind === VisitPlace.Other && !text) {
    throw new VisitException(VisitErrorCode.PlaceTextRequired, 'Skriv hvor besøget foregår, når du vælger "Andet sted".', 'placeText');
  }
  return text;
}
