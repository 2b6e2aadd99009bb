import { Citizen, MeetingKind, MeetingOccurrence, OccurrenceStatus, TeamMember } from '@act/db';
import { EVALUATION_DAY_GUIDE, addDays, calendarDaysBetween, copenhagenWallTimeToUtc } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { audit } from '../access-log/audit.buffer';
import { assertCitizensOfTeam, assertFindsSchedule, assertManagesSchedule, assertReadsSchedule, canReadCitizensOfTeam, requireViewer } from '../auth/access-policy';
import { isUniqueViolation } from '../common/errors/pg-errors';
import { type Connection, paginate } from '../common/graphql/connection';
import type { RequestContext } from '../common/request/request-context';
import type {
  MarkOccurrenceHeldInput,
  MoveOccurrenceInput,
  OccurrenceReasonInput,
  SetSparringCaseInput,
  SteeringOccurrencesArgs,
  TeamOccurrencesArgs,
} from './dto/scheduling.inputs';
import { OCCURRENCE_NOT_FOUND, SchedulingErrorCode, SchedulingException } from './scheduling.exception';
import type { MeetingGuideSectionModel, MeetingOccurrenceModel, SparringCaseModel } from './scheduling.model';
import { toOccurrenceModel } from './occurrence.queries';
import { currentMember } from '../teams/current-member';

/** The widest window a list of occurrences covers. */
export const MAX_RANGE_DAYS = 400;

/** An occurrence the viewer may read; NOT_FOUND for unknown ids, FORBIDDEN for another team's. */
async function readableOccurrence(ctx: RequestContext, id: string, forUpdate = false, field = 'id'): Promise<MeetingOccurrence> {
  const viewer = requireViewer(ctx.viewer);
  const occurrence = await ctx.db.findOne(MeetingOccurrence, {
    where: { id },
    ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  const notFound = () => new SchedulingException(SchedulingErrorCode.OccurrenceNotFound, OCCURRENCE_NOT_FOUND, field);
  if (!occurrence) throw notFound();
  assertFindsSchedule(viewer, occurrence.teamId, notFound);
  return occurrence;
}

async function managedOccurrence(ctx: RequestContext, id: string): Promise<MeetingOccurrence> {
  const occurrence = await readableOccurrence(ctx, id, true);
  assertManagesSchedule(requireViewer(ctx.viewer), occurrence.teamId);
  return occurrence;
}

function assertPlanned(o: MeetingOccurrence, what: string): void {
  if (o.status !== OccurrenceStatus.Planned) {
    throw new SchedulingException(SchedulingErrorCode.NotPlanned, `Kun planlagte møder kan ${what}. Genåbn mødet først.`);
  }
}

function assertStarted(o: MeetingOccurrence, now: Date): void {
  if (o.startsAt.getTime() > now.getTime()) {
    throw new SchedulingException(SchedulingErrorCode.NotStarted, 'Mødet er ikke begyndt endnu. Markér det, når det har været.', 'id');
  }
}

export function checkRange(from: string, to: string, maxDays = MAX_RANGE_DAYS): void {
  if (to < from) throw new SchedulingException(SchedulingErrorCode.InvalidRange, 'Slutdatoen skal ligge efter startdatoen.', 'to');
  if (calendarDaysBetween(from, to) > maxDays) {
    throw new SchedulingException(SchedulingErrorCode.InvalidRange, `Vælg en periode på højst ${maxDays} dage.`, 'to');
  }
}

/** Occurrences: reading, moving, cancelling, held / not held with attendees, and the sparring case. */
@Injectable()
export class OccurrencesService {
  async get(ctx: RequestContext, id: string): Promise<MeetingOccurrenceModel> {
    return toOccurrenceModel(await readableOccurrence(ctx, id));
  }

  async teamOccurrences(ctx: RequestContext, args: TeamOccurrencesArgs): Promise<Connection<MeetingOccurrenceModel>> {
    assertReadsSchedule(requireViewer(ctx.viewer), args.teamId);
    checkRange(args.from, args.to);
    const qb = this.window(ctx, args.from, args.to).andWhere('o.team_id = :teamId', { teamId: args.teamId });
    if (args.kinds?.length) qb.andWhere('o.kind IN (:...kinds)', { kinds: args.kinds });
    return this.page(qb, args);
  }

  async steeringOccurrences(ctx: RequestContext, args: SteeringOccurrencesArgs): Promise<Connection<MeetingOccurrenceModel>> {
    assertReadsSchedule(requireViewer(ctx.viewer), null);
    checkRange(args.from, args.to);
    return this.page(this.window(ctx, args.from, args.to).andWhere('o.team_id IS NULL'), args);
  }

  async move(ctx: RequestContext, input: MoveOccurrenceInput): Promise<MeetingOccurrenceModel> {
    const o = await managedOccurrence(ctx, input.id);
    assertPlanned(o, 'flyttes');
    const series = await ctx.loaders.meetingSeriesById.load(o.seriesId);
    const now = new Date();
    const startsAt = copenhagenWallTimeToUtc(input.date, input.startTime);
    const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
    const lead = series?.remindMinutesBefore ?? 1440;
    // No reminder for a start in the past; a new reminder time still ahead is sent again.
    const remindAt = startsAt.getTime() > now.getTime() ? new Date(startsAt.getTime() - lead * 60_000) : null;
    const resetReminded = remindAt !== null && remindAt.getTime() > now.getTime();
    const place = input.place?.trim() || o.place;
    if (o.teamMeetingId) {
      try {
        await ctx.db.query(
          `UPDATE team_meeting SET starts_at = $2, ends_at = $3, place = $4 WHERE id = $1 AND held_at IS NULL`,
          [o.teamMeetingId, startsAt, endsAt, place],
        );
      } catch (error) {
        if (isUniqueViolation(error, 'uq_team_meeting_team_start')) {
          throw new SchedulingException(SchedulingErrorCode.TimeTaken, 'Teamet har allerede et møde på det tidspunkt. Vælg et andet tidspunkt.', 'startTime');
        }
        throw error;
      }
    }
    await ctx.db.query(
      `UPDATE meeting_occurrence SET starts_at = $2, ends_at = $3, place = $4, moved = true, remind_at = $5,
         reminded_at = CASE WHEN $6::boolean THEN NULL ELSE reminded_at END
       WHERE id = $1`,
      [o.id, startsAt, endsAt, place, remindAt, resetReminded],
    );
    return this.get(ctx, o.id);
  }

  async cancel(ctx: RequestContext, input: OccurrenceReasonInput): Promise<MeetingOccurrenceModel> {
    const o = await managedOccurrence(ctx, input.id);
    if (o.status === OccurrenceStatus.Cancelled) return toOccurrenceModel(o);
    assertPlanned(o, 'aflyses');
    await this.setStatus(ctx, o.id, OccurrenceStatus.Cancelled, input.reason.trim());
    return this.get(ctx, o.id);
  }

  async markHeld(ctx: RequestContext, input: MarkOccurrenceHeldInput): Promise<MeetingOccurrenceModel> {
    const o = await managedOccurrence(ctx, input.id);
    if (o.status === OccurrenceStatus.Cancelled) assertPlanned(o, 'markeres som holdt');
    assertStarted(o, new Date());
    if (input.attendeeMemberIds.length) {
      if (!o.teamId) {
        throw new SchedulingException(SchedulingErrorCode.MemberNotOnTeam, 'Styregruppemøder registreres uden deltagere fra teamene.', 'attendeeMemberIds');
      }
      const members = await ctx.db.find(TeamMember, { where: { id: In(input.attendeeMemberIds), ...currentMember() } });
      if (members.length !== input.attendeeMemberIds.length || members.some((m) => m.teamId !== o.teamId)) {
        throw new SchedulingException(SchedulingErrorCode.MemberNotOnTeam, 'En af deltagerne er ikke på teamet. Vælg dem fra listen.', 'attendeeMemberIds');
      }
    }
    await this.setStatus(ctx, o.id, OccurrenceStatus.Held, null);
    await ctx.db.query(`DELETE FROM meeting_occurrence_attendee WHERE occurrence_id = $1`, [o.id]);
    if (input.attendeeMemberIds.length) {
      await ctx.db.query(
        `INSERT INTO meeting_occurrence_attendee (tenant_id, occurrence_id, member_id)
         SELECT $1, $2, unnest($3::uuid[])`,
        [o.tenantId, o.id, input.attendeeMemberIds],
      );
    }
    return this.get(ctx, o.id);
  }

  async markNotHeld(ctx: RequestContext, input: OccurrenceReasonInput): Promise<MeetingOccurrenceModel> {
    const o = await managedOccurrence(ctx, input.id);
    if (o.status === OccurrenceStatus.Cancelled) assertPlanned(o, 'markeres som ikke holdt');
    assertStarted(o, new Date());
    await ctx.db.query(`DELETE FROM meeting_occurrence_attendee WHERE occurrence_id = $1`, [o.id]);
    await this.setStatus(ctx, o.id, OccurrenceStatus.NotHeld, input.reason.trim());
    return this.get(ctx, o.id);
  }

  /** Back to planned (a mistaken mark or cancellation); attendees are removed. */
  async reopen(ctx: RequestContext, id: string): Promise<MeetingOccurrenceModel> {
    const o = await managedOccurrence(ctx, id);
    if (o.status === OccurrenceStatus.Planned) return toOccurrenceModel(o);
    await ctx.db.query(`DELETE FROM meeting_occurrence_attendee WHERE occurrence_id = $1`, [o.id]);
    await ctx.db.query(
      `UPDATE meeting_occurrence SET status = 'planned', status_reason = NULL, status_set_by = $2, status_set_at = now() WHERE id = $1`,
      [o.id, requireViewer(ctx.viewer).userId],
    );
    return this.get(ctx, o.id);
  }

  /** The case of a sparring meeting: a presenter and a citizen of the team. Any team member may set it. */
  async setSparringCase(ctx: RequestContext, input: SetSparringCaseInput): Promise<MeetingOccurrenceModel> {
    const viewer = requireViewer(ctx.viewer);
    const o = await readableOccurrence(ctx, input.occurrenceId, true, 'occurrenceId');
    if (o.kind !== MeetingKind.Sparring || !o.teamId) {
      throw new SchedulingException(SchedulingErrorCode.NotSparring, 'Kun sparringsmøder har en sag.', 'occurrenceId');
    }
    assertCitizensOfTeam(viewer, o.teamId);
    const [presenter, citizen] = await Promise.all([
      ctx.db.findOne(TeamMember, { where: { id: input.presenterMemberId, ...currentMember() } }),
      ctx.db.findOne(Citizen, { where: { id: input.citizenId } }),
    ]);
    if (!presenter || presenter.teamId !== o.teamId) {
      throw new SchedulingException(SchedulingErrorCode.MemberNotOnTeam, 'Den, der fremlægger, skal være på teamet.', 'presenterMemberId');
    }
    if (!citizen || citizen.teamId !== o.teamId) {
      throw new SchedulingException(SchedulingErrorCode.CitizenNotOnTeam, 'Borgeren er ikke på teamet. Vælg en af teamets borgere.', 'citizenId');
    }
    await ctx.db.query(`UPDATE meeting_occurrence SET presenter_member_id = $2, citizen_id = $3 WHERE id = $1`, [o.id, presenter.id, citizen.id]);
    audit(ctx, { operation: 'sparring-case.set', citizenId: citizen.id, criterion: `occurrence:${o.id}` });
    return this.get(ctx, o.id);
  }

  /** The sparring case, for the team only (never the steering group); the read is logged. */
  async sparringCase(ctx: RequestContext, o: MeetingOccurrenceModel): Promise<SparringCaseModel | null> {
    if (!o.citizenId || !o.presenterMemberId || !o.teamId) return null;
    if (!canReadCitizensOfTeam(requireViewer(ctx.viewer), o.teamId)) return null;
    audit(ctx, { operation: 'sparring-case.read', citizenId: o.citizenId, criterion: `occurrence:${o.id}` });
    const name = await ctx.loaders.memberNameById.load(o.presenterMemberId);
    return { presenterMemberId: o.presenterMemberId, presenterName: name ?? '', citizenId: o.citizenId };
  }

  guide(o: MeetingOccurrenceModel): MeetingGuideSectionModel[] | null {
    if (o.kind !== MeetingKind.EvaluationDay) return null;
    return EVALUATION_DAY_GUIDE.map((s) => ({ key: s.key, title: s.title, intro: s.intro, points: s.points.map((p) => ({ ...p })) }));
  }

  private async setStatus(ctx: RequestContext, id: string, status: OccurrenceStatus, reason: string | null): Promise<void> {
    await ctx.db.query(
      `UPDATE meeting_occurrence SET status = $2, status_reason = $3, status_set_by = $4, status_set_at = now() WHERE id = $1`,
      [id, status, reason, requireViewer(ctx.viewer).userId],
    );
  }

  private window(ctx: RequestContext, from: string, to: string) {
    return ctx.db
      .getRepository(MeetingOccurrence)
      .createQueryBuilder('o')
      .where('o.starts_at >= :from AND o.starts_at < :to', {
        from: copenhagenWallTimeToUtc(from, '00:00'),
        to: copenhagenWallTimeToUtc(addDays(to, 1), '00:00'),
      });
  }

  private async page(qb: ReturnType<OccurrencesService['window']>, args: { first: number; after?: string | null }): Promise<Connection<MeetingOccurrenceModel>> {
    const page = await paginate(
      qb,
      args,
      [
        { column: 'o.starts_at', value: (o) => o.startsAt },
        { column: 'o.id', kind: 'uuid', value: (o) => o.id },
      ],
      'ASC',
      false,
    );
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toOccurrenceModel(e.node) })) };
  }
}
