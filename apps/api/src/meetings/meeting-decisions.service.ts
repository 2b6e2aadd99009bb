import { MeetingDecision } from '@act/db';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import type { AddDecisionInput } from './dto/meetings.inputs';
import type { MeetingDecisionModel } from './meetings.model';
import { itemFor } from './meeting-lookup';

/** Decisions recorded on an agenda item. */
@Injectable()
export class MeetingDecisionsService {
  async addDecision(ctx: RequestContext, input: AddDecisionInput): Promise<MeetingDecisionModel> {
    const viewer = requireViewer(ctx.viewer);
    const { item, meeting } = await itemFor(ctx, input.itemId);
    const decision = await ctx.db.save(
      ctx.db.create(MeetingDecision, {
        tenantId: viewer.tenantId,
        teamId: meeting.teamId,
        meetingId: meeting.id,
        itemId: item.id,
        citizenId: item.citizenId,
        text: input.text.trim(),
        decidedBy: viewer.userId,
      }),
    );
    if (item.citizenId) audit(ctx, { operation: 'meeting.decision.create', citizenId: item.citizenId, criterion: `meeting:${meeting.id}` });
    return {
      id: decision.id,
      meetingId: meeting.id,
      itemId: item.id,
      citizenId: item.citizenId,
      text: decision.text,
      decidedByName: viewer.name,
      meetingStartsAt: meeting.startsAt,
      createdAt: decision.createdAt,
    };
  }
}
