import { TeamMeeting, TeamMeetingRhythm } from '@act/db';
import { type MeetingCadence, nextMeetingSlots, toCopenhagenIsoDate } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { assertCitizensOfTeam, assertLeadsTeam, requireViewer } from '../auth/access-policy';
import { isUniqueViolation } from '../common/errors/pg-errors';
import { onCommit } from '../common/request/request-lifecycle';
import { SchedulingQueue } from '../scheduling/scheduling-queue';
import { upsertRhythmSeries } from '../scheduling/team-rhythm-series';
import type { RequestContext } from '../common/request/request-context';
import type { CreateMeetingsFromRhythmInput, CreateTeamMeetingInput, SetMeetingRhythmInput } from './dto/meetings.inputs';
import { MeetingErrorCode, MeetingException } from './meetings.exception';
import type { MeetingRhythmModel, TeamMeetingModel } from './meetings.model';
import { toMeetingModel, toRhythmModel } from './meetings.mapper';
import { MeetingAgendaService } from './meeting-agenda.service';

const HOUR_MS = 60 * 60 * 1000;

/** The team's meeting rhythm and the meetings planned from it (or one at a time). */
@Injectable()
export class MeetingRhythmService {
  constructor(
    private readonly agenda: MeetingAgendaService,
    private readonly queue: SchedulingQueue,
  ) {}

  async rhythm(ctx: RequestContext, teamId: string): Promise<MeetingRhythmModel | null> {
    assertCitizensOfTeam(requireViewer(ctx.viewer), teamId);
    const r = await ctx.db.findOne(TeamMeetingRhythm, { where: { teamId } });
    return r ? toRhythmModel(r) : null;
  }

  async setRhythm(ctx: RequestContext, input: SetMeetingRhythmInput): Promise<MeetingRhythmModel> {
    const viewer = requireViewer(ctx.viewer);
    assertLeadsTeam(viewer, input.teamId, 'meetings');
    if (input.endTime <= input.startTime) {
      throw new MeetingException(MeetingErrorCode.InvalidTimes, 'Mødet skal slutte efter, det begynder.', 'endTime');
    }
    const place = input.place.trim();
    await ctx.db.query(
      `INSERT INTO team_meeting_rhythm (tenant_id, team_id, cadence, weekday, start_time, end_time, place, review_every_meetings, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (team_id) DO UPDATE SET cadence = EXCLUDED.cadence, weekday = EXCLUDED.weekday,
         start_time = EXCLUDED.start_time, end_time = EXCLUDED.end_time, place = EXCLUDED.place,
         review_every_meetings = EXCLUDED.review_every_meetings, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [viewer.tenantId, input.teamId, input.cadence, input.weekday, input.startTime, input.endTime, place, input.reviewEveryMeetings, viewer.userId],
    );
    // The rhythm is the team's team-meeting series: its meetings are created ahead automatically.
    const seriesId = await upsertRhythmSeries(
      ctx.db,
      { tenantId: viewer.tenantId, teamId: input.teamId, userId: viewer.userId },
      { cadence: input.cadence as MeetingCadence, weekday: input.weekday, startTime: input.startTime, endTime: input.endTime },
      place,
    );
    onCommit(ctx, () => this.queue.seriesChanged(viewer.tenantId, seriesId));
    return { teamId: input.teamId, cadence: input.cadence, weekday: input.weekday, startTime: input.startTime, endTime: input.endTime, place, reviewEveryMeetings: input.reviewEveryMeetings };
  }

  async create(ctx: RequestContext, input: CreateTeamMeetingInput): Promise<TeamMeetingModel> {
    const viewer = requireViewer(ctx.viewer);
    assertLeadsTeam(viewer, input.teamId, 'meetings');
    const duration = input.endsAt.getTime() - input.startsAt.getTime();
    if (!(duration > 0) || duration > 12 * HOUR_MS) {
      throw new MeetingException(MeetingErrorCode.InvalidTimes, 'Mødet skal slutte efter, det begynder, og højst vare 12 timer.', 'endsAt');
    }
    const meeting = ctx.db.create(TeamMeeting, {
      tenantId: viewer.tenantId,
      teamId: input.teamId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      place: input.place.trim(),
      createdBy: viewer.userId,
    });
    try {
      await ctx.db.save(meeting);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_team_meeting_team_start')) {
        throw new MeetingException(MeetingErrorCode.TimeTaken, 'Teamet har allerede et møde på det tidspunkt. Åbn det møde i stedet.', 'startsAt');
      }
      throw error;
    }
    await this.agenda.prepareIfNext(ctx, meeting);
    return toMeetingModel(meeting);
  }

  /** The next `count` meetings from the team's rhythm; ones that exist already are kept as they are. */
  async createFromRhythm(ctx: RequestContext, input: CreateMeetingsFromRhythmInput): Promise<TeamMeetingModel[]> {
    const viewer = requireViewer(ctx.viewer);
    assertLeadsTeam(viewer, input.teamId, 'meetings');
    const rhythm = await ctx.db.findOne(TeamMeetingRhythm, { where: { teamId: input.teamId } });
    if (!rhythm) {
      throw new MeetingException(MeetingErrorCode.NoRhythm, 'Teamet har ingen mødefrekvens endnu. Angiv ugedag, tid og sted først.', 'teamId');
    }
    const [latest] = (await ctx.db.query<Array<{ at: Date | null }>>(`SELECT max(starts_at) AS at FROM team_meeting WHERE team_id = $1`, [input.teamId]));
    const now = new Date();
    const anchor = latest?.at ? toCopenhagenIsoDate(latest.at) : undefined;
    const slots = nextMeetingSlots(
      { cadence: rhythm.cadence, weekday: rhythm.weekday, startTime: rhythm.startTime, endTime: rhythm.endTime },
      now,
      input.count,
      anchor,
    );
    await ctx.db.query(
      `INSERT INTO team_meeting (tenant_id, team_id, starts_at, ends_at, place, created_by)
       SELECT $1, $2, s, e, $3, $4 FROM unnest($5::timestamptz[], $6::timestamptz[]) AS t(s, e)
       ON CONFLICT (team_id, starts_at) DO NOTHING`,
      [viewer.tenantId, input.teamId, rhythm.place, viewer.userId, slots.map((s) => s.startsAt), slots.map((s) => s.endsAt)],
    );
    const meetings = await ctx.db
      .getRepository(TeamMeeting)
      .createQueryBuilder('m')
      .where('m.team_id = :teamId AND m.starts_at = ANY(:starts)', { teamId: input.teamId, starts: slots.map((s) => s.startsAt) })
      .orderBy('m.starts_at')
      .getMany();
    if (meetings[0]) await this.agenda.prepareIfNext(ctx, meetings[0]);
    return meetings.map(toMeetingModel);
  }
}
