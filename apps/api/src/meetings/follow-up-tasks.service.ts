import { FollowUpTask, TeamMember } from '@act/db';
import { isIsoDate, toCopenhagenIsoDate } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { assertCitizensOfTeam, requireViewer } from '../auth/access-policy';
import { type Connection, decodeCursor, encodeCursor } from '../common/graphql/connection';
import type { RequestContext } from '../common/request/request-context';
import type { AddFollowUpTaskInput, CompleteFollowUpTaskInput, MyTasksArgs } from './dto/meetings.inputs';
import { MeetingErrorCode, MeetingException } from './meetings.exception';
import type { FollowUpTaskModel } from './meetings.model';
import { TASK_SELECT, type TaskRow, toTaskModel } from './meetings.queries';
import { itemFor } from './meeting-lookup';
import { currentMember } from '../teams/current-member';

/** Follow-up tasks from an agenda item, and each member's own task list. */
@Injectable()
export class FollowUpTasksService {
  async addTask(ctx: RequestContext, input: AddFollowUpTaskInput): Promise<FollowUpTaskModel> {
    const viewer = requireViewer(ctx.viewer);
    if (!isIsoDate(input.dueDate)) {
      throw new MeetingException(MeetingErrorCode.InvalidDate, 'Fristen er ikke en rigtig dato. Skriv den som ÅÅÅÅ-MM-DD.', 'dueDate');
    }
    const { item, meeting } = await itemFor(ctx, input.itemId);
    const assignee = await ctx.db.findOne(TeamMember, { where: { id: input.assigneeMemberId, teamId: meeting.teamId, ...currentMember() } });
    if (!assignee) throw new MeetingException(MeetingErrorCode.MemberNotOnTeam, 'Vælg en person fra teamet.', 'assigneeMemberId');
    const task = await ctx.db.save(
      ctx.db.create(FollowUpTask, {
        tenantId: viewer.tenantId,
        teamId: meeting.teamId,
        meetingId: meeting.id,
        itemId: item.id,
        citizenId: item.citizenId,
        assigneeMemberId: assignee.id,
        description: input.description.trim(),
        dueDate: input.dueDate,
        createdBy: viewer.userId,
      }),
    );
    if (item.citizenId) audit(ctx, { operation: 'task.create', citizenId: item.citizenId, criterion: `task:${task.id}` });
    return this.task(ctx, task.id);
  }

  private async task(ctx: RequestContext, id: string): Promise<FollowUpTaskModel> {
    const [row] = (await ctx.db.query<TaskRow[]>(`${TASK_SELECT} WHERE t.id = $1`, [id]));
    if (!row) throw new MeetingException(MeetingErrorCode.TaskNotFound, 'Opgaven findes ikke.', 'taskId');
    return toTaskModel(row);
  }

  async completeTask(ctx: RequestContext, input: CompleteFollowUpTaskInput): Promise<FollowUpTaskModel> {
    const viewer = requireViewer(ctx.viewer);
    const task = await ctx.db.findOne(FollowUpTask, { where: { id: input.taskId } });
    if (!task) throw new MeetingException(MeetingErrorCode.TaskNotFound, 'Opgaven findes ikke.', 'taskId');
    assertCitizensOfTeam(viewer, task.teamId);
    // Idempotent: a double tap records the first completion only.
    await ctx.db.query(`UPDATE follow_up_task SET done_at = now(), done_by = $2 WHERE id = $1 AND done_at IS NULL`, [task.id, viewer.userId]);
    if (task.citizenId) audit(ctx, { operation: 'task.complete', citizenId: task.citizenId, criterion: `task:${task.id}` });
    return this.task(ctx, task.id);
  }

  /** The viewer's own follow-up tasks (in every team they are on), by due date. */
  async myTasks(ctx: RequestContext, args: MyTasksArgs): Promise<Connection<FollowUpTaskModel>> {
    const viewer = requireViewer(ctx.viewer);
    const memberIds = viewer.memberships.map((m) => m.memberId);
    const params: unknown[] = [memberIds, args.first + 1];
    let where = `t.assignee_member_id = ANY($1)`;
    if (!args.includeDone) where += ` AND t.done_at IS NULL`;
    if (args.after) {
      const [due, id] = decodeCursor(args.after, ['date', 'uuid']);
      params.push(due, id);
      where += ` AND (t.due_date, t.id) > ($3::date, $4::uuid)`;
    }
    const rows = (await ctx.db.query<TaskRow[]>(`${TASK_SELECT} WHERE ${where} ORDER BY t.due_date, t.id LIMIT $2`, params));
    const nodes = rows.slice(0, args.first);
    const today = toCopenhagenIsoDate(new Date());
    audit(
      ctx,
      ...nodes.filter((r) => r.citizen_id).map((r) => ({ operation: 'task.list' as const, citizenId: r.citizen_id, criterion: 'tasks:mine' })),
    );
    const edges = nodes.map((r) => ({ cursor: encodeCursor([r.due_date, r.id]), node: toTaskModel(r, today) }));
    return { edges, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
