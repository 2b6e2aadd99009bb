import { CitizenCrisisFlag } from '@act/db';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { requireViewer } from '../auth/access-policy';
import { CitizensService } from '../citizens/citizens.service';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { RequestContext } from '../common/request/request-context';
import type { RaiseCrisisFlagInput } from './dto/meetings.inputs';
import { MeetingErrorCode, MeetingException } from './meetings.exception';

/** Marking a citizen in crisis (they go first on the next agenda) and clearing it. */
@Injectable()
export class CrisisFlagsService {
  constructor(private readonly citizens: CitizensService) {}

  async raiseCrisis(ctx: RequestContext, input: RaiseCrisisFlagInput) {
    const viewer = requireViewer(ctx.viewer);
    const citizen = await this.citizens.get(ctx, input.citizenId);
    try {
      await ctx.db.insert(CitizenCrisisFlag, { tenantId: viewer.tenantId, citizenId: citizen.id, reason: input.reason.trim(), raisedBy: viewer.userId });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_citizen_crisis_flag_open')) {
        throw new MeetingException(MeetingErrorCode.AlreadyFlagged, 'Borgeren er allerede markeret med krise.', 'citizenId');
      }
      throw error;
    }
    ctx.loaders.crisisFlagByCitizen.clear(citizen.id);
    audit(ctx, { operation: 'citizen.crisis.raise', citizenId: citizen.id });
    return citizen;
  }

  async clearCrisis(ctx: RequestContext, citizenId: string) {
    const viewer = requireViewer(ctx.viewer);
    const citizen = await this.citizens.get(ctx, citizenId);
    const result = (await ctx.db.query<[unknown[], number]>(
      `UPDATE citizen_crisis_flag SET cleared_at = now(), cleared_by = $2 WHERE citizen_id = $1 AND cleared_at IS NULL RETURNING id`,
      [citizen.id, viewer.userId],
    ));
    if (!result[0]?.length) throw new MeetingException(MeetingErrorCode.NotFlagged, 'Borgeren er ikke markeret med krise.', 'citizenId');
    ctx.loaders.crisisFlagByCitizen.clear(citizen.id);
    audit(ctx, { operation: 'citizen.crisis.clear', citizenId: citizen.id });
    return citizen;
  }
}
