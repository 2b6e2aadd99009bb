import { TeamMeeting, TeamMeetingItem } from '@act/db';
import { assertCitizensOfTeam, requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import { MEETING_NOT_FOUND, MeetingErrorCode, MeetingException } from './meetings.exception';

// Loading one meeting or agenda item with the need-to-know check; shared by the meeting services.

/** A meeting the viewer's team holds; NOT_FOUND for unknown ids (RLS hides other tenants). */
export async function meetingFor(ctx: RequestContext, id: string): Promise<TeamMeeting> {
  const viewer = requireViewer(ctx.viewer);
  const meeting = await ctx.db.findOne(TeamMeeting, { where: { id } });
  if (!meeting) throw new MeetingException(MeetingErrorCode.MeetingNotFound, MEETING_NOT_FOUND, 'meetingId');
  assertCitizensOfTeam(viewer, meeting.teamId);
  return meeting;
}

export async function openMeetingFor(ctx: RequestContext, id: string): Promise<TeamMeeting> {
  const meeting = await meetingFor(ctx, id);
  if (meeting.heldAt) {
    throw new MeetingException(MeetingErrorCode.AlreadyHeld, 'Mødet er afsluttet, og referatet kan ikke ændres. Skriv det på næste møde.');
  }
  return meeting;
}

export async function itemFor(ctx: RequestContext, itemId: string): Promise<{ item: TeamMeetingItem; meeting: TeamMeeting }> {
  const item = await ctx.db.findOne(TeamMeetingItem, { where: { id: itemId } });
  if (!item) throw new MeetingException(MeetingErrorCode.ItemNotFound, 'Punktet findes ikke på dagsordenen. Hent mødet igen.', 'itemId');
  return { item, meeting: await openMeetingFor(ctx, item.meetingId) };
}
