import { addDays, copenhagenToday, notSeenFor } from '@act/domain';
import { Role } from '@act/db';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { leadsTeam, requireViewer, viewerTeamIds } from '../auth/access-policy';
import { daysWaiting, exceptionsInForce, membersWithLoad, waitingCitizens } from '../caseload/caseload.queries';
import type { RequestContext } from '../common/request/request-context';
import { contactStateOfTeam } from '../visits/visit.queries';
import type { AttentionMeetingModel, StartPageModel, TeamAttentionModel } from './start-page.model';
import { carePlanFollowUpsDue, nextOccurrence, nextTeamMeeting, type MeetingRow } from './start-page.queries';

/** How far ahead a plan follow-up or an exception's end counts as "soon" (the plan page's rule). */
const SOON_DAYS = 14;
/** Names shown per list; the count and a link lead to the whole list. */
const SHOWN = 5;

/**
 * The start page: what needs the viewer's attention today, in one request. Only the viewer's own
 * citizens and the teams they lead; every citizen named is logged, as on the lists it summarises.
 */
@Injectable()
export class StartPageService {
  async startPage(ctx: RequestContext): Promise<StartPageModel> {
    const viewer = requireViewer(ctx.viewer);
    const today = copenhagenToday();
    const memberIds = viewer.memberships.map((m) => m.memberId);
    const teamIds = viewerTeamIds(viewer);
    const followUps = memberIds.length ? await carePlanFollowUpsDue(ctx.db, memberIds, teamIds, addDays(today, SOON_DAYS)) : [];
    audit(ctx, ...followUps.map((f) => ({ operation: 'citizen.list' as const, citizenId: f.citizen_id, criterion: 'start-page:care-plan-follow-ups' })));
    const ledTeams: TeamAttentionModel[] = [];
    for (const teamId of teamIds.filter((id) => leadsTeam(viewer, id))) ledTeams.push(await this.teamAttention(ctx, teamId, today));
    const steering = viewer.role === Role.SteeringGroup ? await nextOccurrence(ctx.db, 'steering_meeting', null) : null;
    return {
      nextSteeringMeeting: steering ? toMeeting(steering) : null,
      today,
      carePlanFollowUps: followUps.map((f) => ({
        citizenId: f.citizen_id,
        citizenName: f.citizen_name,
        versionId: f.version_id,
        dueOn: f.due_on,
        overdue: f.due_on < today,
      })),
      ledTeams,
    };
  }

  /** Only called for a team the viewer leads (checked by the caller through the access policy). */
  private async teamAttention(ctx: RequestContext, teamId: string, today: string): Promise<TeamAttentionModel> {
    const team = await ctx.loaders.teamById.load(teamId);
    const threshold = team?.notSeenThresholdDays ?? 7;
    const members = await membersWithLoad(ctx.db, teamId);
    const exceptions = await exceptionsInForce(ctx.db, teamId);
    const waiting = await waitingCitizens(ctx.db, teamId);
    const state = await contactStateOfTeam(ctx.db, teamId);
    const meeting = await nextTeamMeeting(ctx.db, teamId);
    const supervision = await nextOccurrence(ctx.db, 'supervision', teamId);
    const notSeen = notSeenFor(
      state.map((s) => ({ citizenId: s.citizen_id, lastFaceToFace: s.last_face_to_face, nextVisit: s.next_visit })),
      threshold,
    );
    const shownWaiting = waiting.slice(0, SHOWN);
    const shownNotSeen = notSeen.slice(0, SHOWN);
    const names = shownNotSeen.length ? await ctx.loaders.citizenById.loadMany(shownNotSeen.map((c) => c.citizenId)) : [];
    audit(
      ctx,
      ...shownWaiting.map((c) => ({ operation: 'citizen.list' as const, citizenId: c.id, criterion: `start-page:waiting:team:${teamId}` })),
      ...shownNotSeen.map((c) => ({ operation: 'visit.list' as const, citizenId: c.citizenId, criterion: `start-page:not-seen:team:${teamId}` })),
    );
    const memberName = new Map(members.map((m) => [m.id, m.name]));
    const soon = addDays(today, SOON_DAYS);
    return {
      teamId,
      teamName: team?.name ?? '',
      waitingCount: waiting.length,
      waiting: shownWaiting.map((c) => ({ citizenId: c.id, citizenName: c.name, days: daysWaiting(c) })),
      membersAtCapacity: members
        .filter((m) => m.carries_caseload && m.allowed > 0 && m.load >= m.allowed)
        .map((m) => ({ memberId: m.id, name: m.name, load: m.load, allowed: m.allowed, overCapacity: m.load > m.allowed })),
      expiringExceptions: exceptions
        .filter((e) => e.valid_until <= soon)
        .sort((a, b) => a.valid_until.localeCompare(b.valid_until))
        .map((e) => ({ memberId: e.member_id, memberName: memberName.get(e.member_id) ?? '', extra: e.extra, validUntil: e.valid_until })),
      notSeenThresholdDays: threshold,
      notSeenCount: notSeen.length,
      notSeen: shownNotSeen.map((c, i) => {
        const citizen = names[i];
        return { citizenId: c.citizenId, citizenName: citizen && !(citizen instanceof Error) ? citizen.name : '', days: c.daysSince };
      }),
      nextTeamMeeting: meeting ? toMeeting(meeting) : null,
      nextSupervision: supervision ? toMeeting(supervision) : null,
    };
  }
}

function toMeeting(row: MeetingRow): AttentionMeetingModel {
  return { id: row.id, startsAt: row.starts_at, endsAt: row.ends_at, place: row.place };
}
