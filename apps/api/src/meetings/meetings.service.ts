import { MeetingItemSource, TeamMeeting } from '@act/db';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { assertCitizensOfTeam, requireViewer } from '../auth/access-policy';
import { type Connection, paginate } from '../common/graphql/connection';
import type { RequestContext } from '../common/request/request-context';
import type { TeamMeetingsArgs } from './dto/meetings.inputs';
import { MeetingErrorCode, MeetingException } from './meetings.exception';
import type { TeamMeetingDetailModel, TeamMeetingItemModel, TeamMeetingModel } from './meetings.model';
import { DECISION_SELECT, TASK_SELECT, type DecisionRow, type TaskRow, meetingAttendance, meetingItems, teamMeetingInForce, toDecisionModel, toTaskModel } from './meetings.queries';
import { meetingFor } from './meeting-lookup';
import { toMeetingModel } from './meetings.mapper';

/** Reading meetings: the team's list and one meeting with its agenda, decisions, tasks and attendance. */
@Injectable()
export class MeetingsService {
  async list(ctx: RequestContext, args: TeamMeetingsArgs): Promise<Connection<TeamMeetingModel>> {
    assertCitizensOfTeam(requireViewer(ctx.viewer), args.teamId);
    const qb = ctx.db.getRepository(TeamMeeting).createQueryBuilder('m').where('m.team_id = :teamId', { teamId: args.teamId });
    const upcoming = args.period !== 'past';
    qb.andWhere(upcoming ? 'm.held_at IS NULL' : 'm.held_at IS NOT NULL').andWhere(teamMeetingInForce('m'));
    const page = await paginate(
      qb,
      args,
      [
        { column: 'm.starts_at', value: (m) => m.startsAt },
        { column: 'm.id', value: (m) => m.id },
      ],
      upcoming ? 'ASC' : 'DESC',
      false,
    );
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toMeetingModel(e.node) })) };
  }

  /** The meeting with its agenda. Every citizen on it leaves an access-log row. */
  async detail(ctx: RequestContext, id: string, minutes = false): Promise<TeamMeetingDetailModel> {
    const meeting = await meetingFor(ctx, id);
    if (minutes && !meeting.heldAt) {
      throw new MeetingException(MeetingErrorCode.NotHeld, 'Referatet findes først, når mødet er afsluttet.', 'meetingId');
    }
    const [team, items, decisions, tasks, attendance] = [
      await ctx.loaders.teamById.load(meeting.teamId),
      await meetingItems(ctx.db, meeting.id),
      (await ctx.db.query<DecisionRow[]>(`${DECISION_SELECT} WHERE d.meeting_id = $1 ORDER BY d.created_at, d.id`, [meeting.id])),
      (await ctx.db.query<TaskRow[]>(`${TASK_SELECT} WHERE t.meeting_id = $1 ORDER BY t.created_at, t.id`, [meeting.id])),
      await meetingAttendance(ctx.db, meeting.id, meeting.teamId),
    ];
    const models: TeamMeetingItemModel[] = items.map((i) => ({
      id: i.id,
      source: i.source,
      reason: i.reason,
      title: i.title,
      citizenId: i.citizen_id,
      citizenName: i.citizen_name,
      position: i.position,
      addedByName: i.added_by_name,
      note: i.note,
      citizenAttends: i.citizen_attends,
      decisions: decisions.filter((d) => d.item_id === i.id).map(toDecisionModel),
      tasks: tasks.filter((t) => t.item_id === i.id).map((t) => toTaskModel(t)),
    }));
    const operation = minutes ? ('meeting.minutes.read' as const) : ('meeting.read' as const);
    const citizenIds = [...new Set(items.map((i) => i.citizen_id).filter((c): c is string => c !== null))];
    audit(ctx, ...citizenIds.map((citizenId) => ({ operation, citizenId, criterion: `meeting:${meeting.id}` })));
    return {
      ...toMeetingModel(meeting),
      teamName: team?.name ?? '',
      items: models.filter((m) => m.source !== MeetingItemSource.Citizen),
      citizenItems: models.filter((m) => m.source === MeetingItemSource.Citizen),
      attendance: attendance.map((a) => ({ memberId: a.member_id, name: a.name, discipline: a.discipline, present: a.present })),
    };
  }
}
