import { type Unknown, followUpState, toCopenhagenIsoDate } from '@act/domain';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/request/request-context';

/** What other capabilities know about a citizen that the agenda preparation uses. */
export interface CitizenSignals {
  /** From the ACT plan: is the agreed plan's next follow-up date passed? */
  planFollowUpOverdue: boolean | Unknown;
  /** From visits: the last face-to-face contact (null = none recorded). */
  lastFaceToFaceContactAt: Date | null | Unknown;
}

/**
 * The one place the agenda preparation reads signals owned by other capabilities, one
 * set-based statement per signal for all citizens, on the request's transaction (RLS applies).
 *
 * - Plan follow-up (care plans): the newest agreed version's `next_follow_up_on` before the
 *   meeting's day is overdue (`followUpState` in @act/domain). A citizen without an agreed plan,
 *   or without a follow-up date, is not overdue.
 * - Face-to-face contact (visits): the start of the latest visit logged as done and face to face,
 *   before the meeting; `null` when there is none (the same rule as the team's "not seen" list).
 * A capability that is not there answers `'unknown'`, which never puts a citizen on the agenda.
 */
@Injectable()
export class CitizenSignalsAdapter {
  async forCitizens(ctx: RequestContext, citizenIds: readonly string[], asOf: Date): Promise<Map<string, CitizenSignals>> {
    const day = toCopenhagenIsoDate(asOf);
    const plans = citizenIds.length
      ? ((await ctx.db.query<Array<{ citizen_id: string; next: string | null }>>(
          `SELECT DISTINCT ON (citizen_id) citizen_id, to_char(next_follow_up_on, 'YYYY-MM-DD') AS next
           FROM care_plan_version WHERE citizen_id = ANY($1) AND status = 'agreed'
           ORDER BY citizen_id, number DESC`,
          [[...citizenIds]],
        )))
      : [];
    const next = new Map(plans.map((p) => [p.citizen_id, p.next]));
    const seen = citizenIds.length
      ? ((await ctx.db.query<Array<{ citizen_id: string; at: Date }>>(
          `SELECT citizen_id, max(planned_start) AS at FROM visit
           WHERE citizen_id = ANY($1) AND outcome = 'done' AND face_to_face AND planned_start < $2
           GROUP BY citizen_id`,
          [[...citizenIds], asOf],
        )))
      : [];
    const lastSeen = new Map(seen.map((r) => [r.citizen_id, r.at]));
    return new Map(
      citizenIds.map((id) => [
        id,
        {
          planFollowUpOverdue: followUpState(next.get(id) ?? null, day) === 'overdue',
          lastFaceToFaceContactAt: lastSeen.get(id) ?? null,
        },
      ]),
    );
  }
}
