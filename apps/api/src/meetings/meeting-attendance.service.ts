import { Injectable } from '@nestjs/common';
import { requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import type { RecordAttendanceInput } from './dto/meetings.inputs';
import { MeetingErrorCode, MeetingException } from './meetings.exception';
import type { TeamMeetingDetailModel } from './meetings.model';
import { openMeetingFor } from './meeting-lookup';
import { MeetingsService } from './meetings.service';

/** Who was at the meeting. */
@Injectable()
export class MeetingAttendanceService {
  constructor(private readonly meetings: MeetingsService) {}

  async recordAttendance(ctx: RequestContext, input: RecordAttendanceInput): Promise<TeamMeetingDetailModel> {
    const viewer = requireViewer(ctx.viewer);
    const meeting = await openMeetingFor(ctx, input.meetingId);
    const ids = input.attendance.map((a) => a.memberId);
    const members = await ctx.db.query<Array<{ id: string }>>(`SELECT id FROM team_member WHERE team_id = $1 AND id = ANY($2) AND member_is_current(left_on)`, [meeting.teamId, ids]);
    const known = new Set(members.map((m) => m.id));
    const unknown = input.attendance.findIndex((a) => !known.has(a.memberId));
    if (unknown >= 0) {
      throw new MeetingException(MeetingErrorCode.MemberNotOnTeam, 'Personen er ikke med i teamet.', `attendance.${unknown}.memberId`);
    }
    await ctx.db.query(
      `INSERT INTO team_meeting_attendance (tenant_id, meeting_id, member_id, present)
       SELECT $1, $2, m, p FROM unnest($3::uuid[], $4::boolean[]) AS t(m, p)
       ON CONFLICT (meeting_id, member_id) DO UPDATE SET present = EXCLUDED.present`,
      [viewer.tenantId, meeting.id, ids, input.attendance.map((a) => a.present)],
    );
    return this.meetings.detail(ctx, meeting.id);
  }
}
