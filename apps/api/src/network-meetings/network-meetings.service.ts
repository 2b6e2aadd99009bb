import { NetworkMeeting, NetworkMeetingAgendaPoint, NetworkMeetingParticipant, TeamMember } from '@act/db';
import { formatDanishTimeRange } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { assertCitizensOfTeam, requireViewer } from '../auth/access-policy';
import { CitizensService } from '../citizens/citizens.service';
import type { RequestContext } from '../common/request/request-context';
import type {
  AddNetworkAgendaPointInput,
  AddNetworkParticipantInput,
  CreateNetworkMeetingInput,
  SaveNetworkPreparationInput,
  SaveNetworkSummaryInput,
} from './dto/network-meetings.inputs';
import { NetworkMeetingErrorCode, NetworkMeetingException } from './network-meetings.exception';
import type { NetworkMeetingModel } from './network-meetings.model';
import { currentMember } from '../teams/current-member';

const HOUR_MS = 60 * 60 * 1000;
const NOT_FOUND = 'Mødet findes ikke. Gå tilbage til borgerens side, og vælg mødet igen.';

@Injectable()
export class NetworkMeetingsService {
  constructor(private readonly citizens: CitizensService) {}

  private async meetingFor(ctx: RequestContext, id: string): Promise<NetworkMeeting> {
    const meeting = await ctx.db.findOne(NetworkMeeting, { where: { id } });
    if (!meeting) throw new NetworkMeetingException(NetworkMeetingErrorCode.MeetingNotFound, NOT_FOUND, 'meetingId');
    assertCitizensOfTeam(requireViewer(ctx.viewer), meeting.teamId);
    return meeting;
  }

  /** The whole meeting: invitation, participants, agenda, preparation, summary. Logged. */
  async get(ctx: RequestContext, id: string): Promise<NetworkMeetingModel> {
    const m = await this.meetingFor(ctx, id);
    const [[head], participants, points] = [
      (await ctx.db.query<Array<{ citizen_name: string; invited_by_name: string }>>(
        `SELECT c.name AS citizen_name, u.name AS invited_by_name
         FROM network_meeting m JOIN citizen c ON c.id = m.citizen_id
         JOIN team_member tm ON tm.id = m.invited_by_member_id JOIN app_user u ON u.id = tm.user_id
         WHERE m.id = $1`,
        [m.id],
      )),
      await ctx.db.find(NetworkMeetingParticipant, { where: { meetingId: m.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      await ctx.db.find(NetworkMeetingAgendaPoint, { where: { meetingId: m.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
    ];
    audit(ctx, { operation: 'network-meeting.read', citizenId: m.citizenId, criterion: `network-meeting:${m.id}` });
    return {
      id: m.id,
      citizenId: m.citizenId,
      citizenName: head.citizen_name,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      whenText: formatDanishTimeRange(m.startsAt, m.endsAt),
      place: m.place,
      purpose: m.purpose,
      invitedByMemberId: m.invitedByMemberId,
      invitedByName: head.invited_by_name,
      participants: participants.map((p) => ({ id: p.id, name: p.name, role: p.role, why: p.why, chosenByCitizen: p.chosenByCitizen })),
      // The citizen's own points first: the meeting is theirs.
      agendaPoints: [...points.filter((p) => p.fromCitizen), ...points.filter((p) => !p.fromCitizen)].map((p) => ({
        id: p.id,
        text: p.text,
        fromCitizen: p.fromCitizen,
      })),
      preparation: { job: m.prepJob, network: m.prepNetwork, leisure: m.prepLeisure, housing: m.prepHousing, coping: m.prepCoping },
      summary: m.summary,
    };
  }

  async create(ctx: RequestContext, input: CreateNetworkMeetingInput): Promise<NetworkMeetingModel> {
    const viewer = requireViewer(ctx.viewer);
    const duration = input.endsAt.getTime() - input.startsAt.getTime();
    if (!(duration > 0) || duration > 8 * HOUR_MS) {
      throw new NetworkMeetingException(NetworkMeetingErrorCode.InvalidTimes, 'Mødet skal slutte efter, det begynder, og højst vare 8 timer.', 'endsAt');
    }
    const citizen = await this.citizens.get(ctx, input.citizenId);
    const inviter = await ctx.db.findOne(TeamMember, { where: { id: input.invitedByMemberId, teamId: citizen.teamId, ...currentMember() } });
    if (!inviter) throw new NetworkMeetingException(NetworkMeetingErrorCode.MemberNotOnTeam, 'Vælg en person fra borgerens team.', 'invitedByMemberId');
    const meeting = await ctx.db.save(
      ctx.db.create(NetworkMeeting, {
        tenantId: viewer.tenantId,
        teamId: citizen.teamId,
        citizenId: citizen.id,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        place: input.place.trim(),
        purpose: input.purpose.trim(),
        invitedByMemberId: inviter.id,
        createdBy: viewer.userId,
      }),
    );
    audit(ctx, { operation: 'network-meeting.write', citizenId: citizen.id, criterion: 'network-meeting:create' });
    return this.get(ctx, meeting.id);
  }

  async addParticipant(ctx: RequestContext, input: AddNetworkParticipantInput): Promise<NetworkMeetingModel> {
    const viewer = requireViewer(ctx.viewer);
    const m = await this.meetingFor(ctx, input.meetingId);
    await ctx.db.insert(NetworkMeetingParticipant, {
      tenantId: viewer.tenantId,
      meetingId: m.id,
      name: input.name.trim(),
      role: input.role.trim(),
      why: input.why.trim(),
      chosenByCitizen: input.chosenByCitizen,
    });
    audit(ctx, { operation: 'network-meeting.write', citizenId: m.citizenId, criterion: 'network-meeting:participant' });
    return this.get(ctx, m.id);
  }

  /** The citizen decides who comes: a participant can be taken off again. */
  async removeParticipant(ctx: RequestContext, participantId: string): Promise<NetworkMeetingModel> {
    const p = await ctx.db.findOne(NetworkMeetingParticipant, { where: { id: participantId } });
    if (!p) throw new NetworkMeetingException(NetworkMeetingErrorCode.ParticipantNotFound, 'Deltageren findes ikke. Hent mødet igen.', 'participantId');
    const m = await this.meetingFor(ctx, p.meetingId);
    await ctx.db.delete(NetworkMeetingParticipant, { id: p.id });
    audit(ctx, { operation: 'network-meeting.write', citizenId: m.citizenId, criterion: 'network-meeting:participant' });
    return this.get(ctx, m.id);
  }

  async addAgendaPoint(ctx: RequestContext, input: AddNetworkAgendaPointInput): Promise<NetworkMeetingModel> {
    const viewer = requireViewer(ctx.viewer);
    const m = await this.meetingFor(ctx, input.meetingId);
    await ctx.db.insert(NetworkMeetingAgendaPoint, { tenantId: viewer.tenantId, meetingId: m.id, text: input.text.trim(), fromCitizen: input.fromCitizen });
    audit(ctx, { operation: 'network-meeting.write', citizenId: m.citizenId, criterion: 'network-meeting:agenda' });
    return this.get(ctx, m.id);
  }

  async savePreparation(ctx: RequestContext, input: SaveNetworkPreparationInput): Promise<NetworkMeetingModel> {
    const m = await this.meetingFor(ctx, input.meetingId);
    const clean = (v: string | null | undefined) => v?.trim() || null;
    await ctx.db.update(
      NetworkMeeting,
      { id: m.id },
      { prepJob: clean(input.job), prepNetwork: clean(input.network), prepLeisure: clean(input.leisure), prepHousing: clean(input.housing), prepCoping: clean(input.coping) },
    );
    audit(ctx, { operation: 'network-meeting.write', citizenId: m.citizenId, criterion: 'network-meeting:preparation' });
    return this.get(ctx, m.id);
  }

  async saveSummary(ctx: RequestContext, input: SaveNetworkSummaryInput): Promise<NetworkMeetingModel> {
    const m = await this.meetingFor(ctx, input.meetingId);
    await ctx.db.update(NetworkMeeting, { id: m.id }, { summary: input.summary.trim() });
    audit(ctx, { operation: 'network-meeting.write', citizenId: m.citizenId, criterion: 'network-meeting:summary' });
    return this.get(ctx, m.id);
  }
}
