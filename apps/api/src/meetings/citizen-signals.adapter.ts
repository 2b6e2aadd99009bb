import type { Unknown } from '@act/domain';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/request/request-context';

/** What other capabilities know about a citizen that the agenda preparation uses. */
export interface CitizenSignals {
  /** From the ACT plan: is the plan's follow-up date passed? */
  planFollowUpOverdue: boolean | Unknown;
  /** From visits: the last face-to-face contact (null = none recorded). */
  lastFaceToFaceContactAt: Date | null | Unknown;
}

const UNKNOWN: CitizenSignals = { planFollowUpOverdue: 'unknown', lastFaceToFaceContactAt: 'unknown' };

/**
 * The one place the agenda preparation reads signals owned by other capabilities. The ACT plan
 * (plan follow-up dates) and visits (face-to-face contacts) are not wired yet, so today every
 * signal is "unknown" and never puts a citizen on the agenda. To wire one: run one set-based
 * query here for all `citizenIds` (e.g. `SELECT citizen_id, max(ended_at) … WHERE citizen_id =
 * ANY($1)`), on `ctx.db` so it stays in the request's transaction and under RLS.
 */
@Injectable()
export class CitizenSignalsAdapter {
  async forCitizens(_ctx: RequestContext, citizenIds: readonly string[]): Promise<Map<string, CitizenSignals>> {
    return new Map(citizenIds.map((id) => [id, UNKNOWN]));
  }
}
