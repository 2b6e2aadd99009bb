import { MeetingItemSource, TeamMeeting, TeamMeetingItem, TeamMeetingRhythm } from '@act/db';
import { prepareAgenda } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { assertLeadsTeam, requireViewer } from '../auth/access-policy';
import { CitizensService } from '../citizens/citizens.service';
import type { RequestContext } from '../common/request/request-context';
import { CitizenSignalsAdapter } from './citizen-signals.adapter';
import type { AddMeetingItemInput, UpdateMeetingItemInput } from './dto/meetings.inputs';
import { MeetingErrorCode, MeetingException } from './meetings.exception';
import type { TeamMeetingDetailModel, TeamMeetingItemModel } from './meetings.model';
import { agendaFacts, teamMeetingInForce } from './meetings.queries';
import { openMeetingFor, itemFor } from './meeting-lookup';
import { MeetingsService } from './meetings.service';

const DEFAULT_REVIEW_EVERY = 4;

/**
 * The agenda: preparing it from the team's citizens (the domain's rules), items added during
 * the meeting, and closing the meeting, which prepares the next one.
 */
@Injectable()
export class MeetingAgendaService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly citizens: CitizensService,
    private readonly signals: CitizenSignalsAdapter,
  ) {}

  async prepare(ctx: RequestContext, meetingId: string): Promise<TeamMeetingDetailModel> {
    const meeting = await openMeetingFor(ctx, meetingId);
    assertLeadsTeam(requireViewer(ctx.viewer), meeting.teamId, 'meetings');
    await this.prepareAgendaOf(ctx, meeting);
    return this.meetings.detail(ctx, meeting.id);
  }

  /** Prepare a meeting's agenda when it is the team's next open meeting. */
  async prepareIfNext(ctx: RequestContext, meeting: TeamMeeting): Promise<void> {
    const [earlier] = (await ctx.db.query<unknown[]>(
      `SELECT 1 FROM team_meeting WHERE team_id = $1 AND held_at IS NULL AND starts_at < $2 AND ends_at > now()
         AND ${teamMeetingInForce('team_meeting')} LIMIT 1`,
      [meeting.teamId, meeting.startsAt],
    ));
    if (!earlier) await this.prepareAgendaOf(ctx, meeting);
  }

  /**
   * Runs the domain's `prepareAgenda` on the team's active citizens. Prepared items nobody has
   * touched are replaced; items with a note, decision or task stay, and members' and citizens'
   * own items are never touched.
   */
  private async prepareAgendaOf(ctx: RequestContext, meeting: TeamMeeting): Promise<void> {
    const viewer = requireViewer(ctx.viewer);
    const rhythm = await ctx.db.findOne(TeamMeetingRhythm, { where: { teamId: meeting.teamId } });
    const team = await ctx.loaders.teamById.load(meeting.teamId);
    const facts = await agendaFacts(ctx.db, meeting.teamId, meeting.startsAt);
    const signals = await this.signals.forCitizens(ctx, facts.map((f) => f.id), meeting.startsAt);
    const agenda = prepareAgenda(
      facts.map((f) => {
        // A citizen the adapter did not answer for counts as unknown (never null: null means "never seen").
        const s = signals.get(f.id) ?? { planFollowUpOverdue: 'unknown' as const, lastFaceToFaceContactAt: 'unknown' as const };
        return {
          id: f.id,
          name: f.name,
          onTeamBoard: f.on_board,
          crisisFlag: f.crisis,
          planFollowUpOverdue: s.planFollowUpOverdue,
          lastFaceToFaceContactAt: s.lastFaceToFaceContactAt,
          lastDiscussedAt: f.last_discussed_at,
          meetingsSinceDiscussed: f.meetings_since,
        };
      }),
      {
        reviewEveryMeetings: rhythm?.reviewEveryMeetings ?? DEFAULT_REVIEW_EVERY,
        now: meeting.startsAt,
        // The same threshold as the team's "not seen" list from visits.
        lapsedContactDays: team?.notSeenThresholdDays ?? undefined,
      },
    );
    await ctx.db.query(
      `DELETE FROM team_meeting_item i WHERE i.meeting_id = $1 AND i.source = 'prepared' AND i.note IS NULL
         AND NOT EXISTS (SELECT 1 FROM meeting_decision d WHERE d.item_id = i.id)
         AND NOT EXISTS (SELECT 1 FROM follow_up_task t WHERE t.item_id = i.id)`,
      [meeting.id],
    );
    await ctx.db.query(
      `INSERT INTO team_meeting_item (tenant_id, meeting_id, citizen_id, source, reason, position)
       SELECT $1, $2, c, 'prepared', r, p FROM unnest($3::uuid[], $4::text[], $5::int[]) AS t(c, r, p)
       ON CONFLICT (meeting_id, citizen_id) WHERE source = 'prepared'
       DO UPDATE SET reason = EXCLUDED.reason, position = EXCLUDED.position`,
      [viewer.tenantId, meeting.id, agenda.map((e) => e.citizenId), agenda.map((e) => e.reason), agenda.map((e) => e.position)],
    );
    meeting.agendaPreparedAt = new Date();
    await ctx.db.update(TeamMeeting, { id: meeting.id }, { agendaPreparedAt: meeting.agendaPreparedAt });
    audit(ctx, ...agenda.map((e) => ({ operation: 'meeting.agenda.prepare' as const, citizenId: e.citizenId, criterion: `meeting:${meeting.id}` })));
  }

  async addItem(ctx: RequestContext, input: AddMeetingItemInput): Promise<TeamMeetingDetailModel> {
    const viewer = requireViewer(ctx.viewer);
    const meeting = await openMeetingFor(ctx, input.meetingId);
    if (input.askedByCitizen && !input.citizenId) {
      throw new MeetingException(MeetingErrorCode.CitizenItemNeedsCitizen, 'Vælg den borger, der har bedt om punktet.', 'citizenId');
    }
    const title = input.title?.trim() || null;
    if (!input.citizenId && !title) {
      throw new MeetingException(MeetingErrorCode.ItemNeedsSubject, 'Vælg en borger, eller skriv hvad punktet handler om.', 'title');
    }
    if (input.citizenId) await this.assertCitizenOfTeam(ctx, input.citizenId, meeting.teamId);
    const [{ next }] = (await ctx.db.query<Array<{ next: number }>>(`SELECT coalesce(max(position), 0) + 1 AS next FROM team_meeting_item WHERE meeting_id = $1`, [meeting.id]));
    await ctx.db.insert(TeamMeetingItem, {
      tenantId: viewer.tenantId,
      meetingId: meeting.id,
      citizenId: input.citizenId ?? null,
      source: input.askedByCitizen ? MeetingItemSource.Citizen : MeetingItemSource.Member,
      reason: null,
      title,
      position: next,
      addedBy: viewer.userId,
      citizenAttends: input.citizenAttends,
    });
    if (input.citizenId) audit(ctx, { operation: 'meeting.item.write', citizenId: input.citizenId, criterion: `meeting:${meeting.id}` });
    return this.meetings.detail(ctx, meeting.id);
  }

  async updateItem(ctx: RequestContext, input: UpdateMeetingItemInput): Promise<TeamMeetingItemModel> {
    const { item, meeting } = await itemFor(ctx, input.itemId);
    if (input.note !== undefined) item.note = input.note?.trim() || null;
    if (input.citizenAttends !== undefined && input.citizenAttends !== null) item.citizenAttends = input.citizenAttends;
    await ctx.db.update(TeamMeetingItem, { id: item.id }, { note: item.note, citizenAttends: item.citizenAttends });
    if (item.citizenId) audit(ctx, { operation: 'meeting.item.write', citizenId: item.citizenId, criterion: `meeting:${meeting.id}` });
    const detail = await this.meetings.detail(ctx, meeting.id);
    return [...detail.items, ...detail.citizenItems].find((i) => i.id === item.id)!;
  }

  async close(ctx: RequestContext, meetingId: string): Promise<TeamMeetingDetailModel> {
    const meeting = await openMeetingFor(ctx, meetingId);
    assertLeadsTeam(requireViewer(ctx.viewer), meeting.teamId, 'meetings');
    meeting.heldAt = new Date();
    await ctx.db.update(TeamMeeting, { id: meeting.id }, { heldAt: meeting.heldAt });
    const [next] = await ctx.db
      .getRepository(TeamMeeting)
      .createQueryBuilder('m')
      .where('m.team_id = :teamId AND m.held_at IS NULL AND m.starts_at > :at', { teamId: meeting.teamId, at: meeting.startsAt })
      .orderBy('m.starts_at')
      .limit(1)
      .getMany();
    if (next) await this.prepareAgendaOf(ctx, next);
    return this.meetings.detail(ctx, meeting.id, true);
  }

  private async assertCitizenOfTeam(ctx: RequestContext, citizenId: string, teamId: string): Promise<void> {
    const citizen = await this.citizens.get(ctx, citizenId);
    if (citizen.teamId !== teamId) {
      throw new MeetingException(MeetingErrorCode.CitizenNotOnTeam, 'Borgeren hører ikke til dette team.', 'citizenId');
    }
  }
}
