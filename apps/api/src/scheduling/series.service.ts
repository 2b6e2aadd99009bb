import { MeetingKind, MeetingSeries, TeamMember, materialiseMeetingSeries } from '@act/db';
import { addDays, copenhagenWallTimeToUtc, expandSeries, parseRecurrenceRule, type RecurrenceRule } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { assertFindsSchedule, assertManagesSchedule, assertReadsSchedule, requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import type { CreateMeetingSeriesInput, EndMeetingSeriesInput, UpdateMeetingSeriesInput } from './dto/scheduling.inputs';
import { ruleFromInput, ruleText } from './recurrence-input';
import { SERIES_NOT_FOUND, SchedulingErrorCode, SchedulingException } from './scheduling.exception';
import type { MeetingSeriesModel } from './scheduling.model';
import { toSeriesModel } from './occurrence.queries';
import { onCommit } from '../common/request/request-lifecycle';
import { SchedulingQueue } from './scheduling-queue';
import { applyPlaceToFuture, rematerialiseFuture, removePlannedOccurrences } from './series-changes';
import { currentMember } from '../teams/current-member';

const invalid = (message: string, field: string) => new SchedulingException(SchedulingErrorCode.InvalidSeries, message, field);

/** A series the viewer may read; NOT_FOUND for unknown ids (RLS hides other tenants), FORBIDDEN for another team's. */
export async function readableSeries(ctx: RequestContext, id: string, forUpdate = false): Promise<MeetingSeries> {
  const viewer = requireViewer(ctx.viewer);
  const series = await ctx.db.findOne(MeetingSeries, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  const notFound = () => new SchedulingException(SchedulingErrorCode.SeriesNotFound, SERIES_NOT_FOUND, 'id');
  if (!series) throw notFound();
  assertFindsSchedule(viewer, series.teamId, notFound);
  return series;
}

/** The rule must give at least one occurrence on or after the start date. */
function assertGivesOccurrences(rule: RecurrenceRule, startDate: string, startTime: string, durationMinutes: number): void {
  if (rule.until !== null && rule.until < startDate) throw invalid('Slutdatoen ligger før startdatoen.', 'rule.until');
  const first = expandSeries({ id: 'check', rule, startDate, startTime, durationMinutes }, startDate, addDays(startDate, 400));
  if (!first.length) throw invalid('Gentagelsen giver ingen møder det første år. Tjek dage og slutdato.', 'rule');
}

/** Creating, changing, ending and reading meeting series (supervision, sparring, evaluation days, steering group). */
@Injectable()
export class SeriesService {
  constructor(private readonly queue: SchedulingQueue) {}

  /** After commit, the worker tops the series up and fixes its job scheduler now (not at the next reconcile). */
  private nudge(ctx: RequestContext, tenantId: string, seriesId: string): void {
    onCommit(ctx, () => this.queue.seriesChanged(tenantId, seriesId));
  }

  async create(ctx: RequestContext, input: CreateMeetingSeriesInput): Promise<MeetingSeriesModel> {
    const viewer = requireViewer(ctx.viewer);
    const kind = input.kind as MeetingKind;
    if (kind === MeetingKind.TeamMeeting) {
      throw invalid('Teammøder planlægges med teamets mødefrekvens. Sæt ugedag, tid og sted under teammøder.', 'kind');
    }
    const steering = kind === MeetingKind.SteeringMeeting;
    const teamId = steering ? null : (input.teamId ?? null);
    if (steering && input.teamId) throw invalid('Styregruppemøder hører ikke til et team. Fjern teamet.', 'teamId');
    if (!steering && !teamId) throw invalid('Vælg teamet.', 'teamId');
    assertManagesSchedule(viewer, teamId);
    const supervision = kind === MeetingKind.Supervision;
    if (!supervision && input.memberId) throw invalid('Kun supervision kan gælde én medarbejder.', 'memberId');
    if (!supervision && (input.supervisorName || input.supervisorEmail)) throw invalid('Supervisor skal kun udfyldes ved supervision.', 'supervisorName');
    if (input.memberId) await this.assertMemberOfTeam(ctx, input.memberId, teamId!);
    const rule = ruleFromInput(input.rule);
    assertGivesOccurrences(rule, input.startDate, input.startTime, input.durationMinutes);
    const series = ctx.db.create(MeetingSeries, {
      tenantId: viewer.tenantId,
      kind,
      teamId,
      memberId: input.memberId ?? null,
      title: input.title.trim(),
      rrule: ruleText(rule),
      startDate: input.startDate,
      startTime: input.startTime,
      durationMinutes: input.durationMinutes,
      place: input.place.trim(),
      supervisorName: input.supervisorName?.trim() || null,
      supervisorEmail: input.supervisorEmail?.trim() || null,
      remindMinutesBefore: input.remindMinutesBefore ?? 1440,
      materialisedUntil: addDays(input.startDate, -1),
      endedOn: null,
      createdBy: viewer.userId,
    });
    await ctx.db.save(series);
    await materialiseMeetingSeries(ctx.db, series.id);
    this.nudge(ctx, viewer.tenantId, series.id);
    return toSeriesModel(series);
  }

  async update(ctx: RequestContext, input: UpdateMeetingSeriesInput): Promise<MeetingSeriesModel> {
    const viewer = requireViewer(ctx.viewer);
    const series = await readableSeries(ctx, input.id, true);
    assertManagesSchedule(viewer, series.teamId);
    if (series.endedOn) throw new SchedulingException(SchedulingErrorCode.SeriesEnded, 'Serien er afsluttet og kan ikke ændres. Opret en ny serie.');
    if (series.kind !== MeetingKind.Supervision && (input.supervisorName || input.supervisorEmail)) {
      throw invalid('Supervisor skal kun udfyldes ved supervision.', 'supervisorName');
    }
    const now = new Date();
    const rule = input.rule ? ruleFromInput(input.rule) : parseRecurrenceRule(series.rrule, series.startDate);
    const rrule = ruleText(rule);
    const startTime = input.startTime ?? series.startTime;
    const durationMinutes = input.durationMinutes ?? series.durationMinutes;
    const reshaped = rrule !== series.rrule || startTime !== series.startTime || durationMinutes !== series.durationMinutes;
    if (reshaped) assertGivesOccurrences(rule, series.startDate, startTime, durationMinutes);
    const place = input.place?.trim() ?? series.place;
    const remind = input.remindMinutesBefore ?? series.remindMinutesBefore;
    await ctx.db.query(
      `UPDATE meeting_series SET title = $2, rrule = $3, start_time = $4, duration_minutes = $5, place = $6,
         supervisor_name = $7, supervisor_email = $8, remind_minutes_before = $9, updated_at = now()
       WHERE id = $1`,
      [
        series.id,
        input.title?.trim() ?? series.title,
        rrule,
        startTime,
        durationMinutes,
        place,
        input.supervisorName !== undefined && input.supervisorName !== null ? input.supervisorName.trim() : series.supervisorName,
        input.supervisorEmail !== undefined && input.supervisorEmail !== null ? input.supervisorEmail.trim() : series.supervisorEmail,
        remind,
      ],
    );
    if (reshaped) {
      await rematerialiseFuture(ctx.db, series.id, now);
    } else {
      // Same dates: the future planned occurrences take the new place and reminder time.
      await applyPlaceToFuture(ctx.db, series.id, place, now);
      await ctx.db.query(
        `UPDATE meeting_occurrence SET remind_at = starts_at - make_interval(mins => $3)
         WHERE series_id = $1 AND status = 'planned' AND starts_at > $2 AND reminded_at IS NULL`,
        [series.id, now, remind],
      );
    }
    this.nudge(ctx, viewer.tenantId, series.id);
    return this.get(ctx, series.id);
  }

  async end(ctx: RequestContext, input: EndMeetingSeriesInput): Promise<MeetingSeriesModel> {
    const viewer = requireViewer(ctx.viewer);
    const series = await readableSeries(ctx, input.id, true);
    assertManagesSchedule(viewer, series.teamId);
    if (input.lastDate < series.startDate) throw invalid('Den sidste dato kan ikke ligge før seriens start.', 'lastDate');
    await ctx.db.query(`UPDATE meeting_series SET ended_on = $2, updated_at = now() WHERE id = $1`, [series.id, input.lastDate]);
    await removePlannedOccurrences(ctx.db, series.id, copenhagenWallTimeToUtc(addDays(input.lastDate, 1), '00:00'), false);
    this.nudge(ctx, viewer.tenantId, series.id);
    return this.get(ctx, series.id);
  }

  async get(ctx: RequestContext, id: string): Promise<MeetingSeriesModel> {
    return toSeriesModel(await readableSeries(ctx, id));
  }

  /** A team's series (or, with no team, the steering group's), open ones first, then by kind and title. */
  async list(ctx: RequestContext, teamId: string | null, includeEnded: boolean): Promise<MeetingSeriesModel[]> {
    assertReadsSchedule(requireViewer(ctx.viewer), teamId);
    const qb = ctx.db.getRepository(MeetingSeries).createQueryBuilder('s');
    if (teamId) qb.where('s.team_id = :teamId', { teamId });
    else qb.where('s.team_id IS NULL');
    if (!includeEnded) qb.andWhere('s.ended_on IS NULL');
    const rows = await qb.orderBy('s.ended_on IS NOT NULL').addOrderBy('s.kind').addOrderBy('s.title').addOrderBy('s.id').take(200).getMany();
    return rows.map(toSeriesModel);
  }

  private async assertMemberOfTeam(ctx: RequestContext, memberId: string, teamId: string): Promise<void> {
    const member = await ctx.db.findOne(TeamMember, { where: { id: memberId, ...currentMember() } });
    if (!member || member.teamId !== teamId) {
      throw new SchedulingException(SchedulingErrorCode.MemberNotOnTeam, 'Medarbejderen er ikke på teamet. Vælg en fra listen.', 'memberId');
    }
  }

}
