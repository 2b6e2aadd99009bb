import type { RequestContext } from '../common/request/request-context';
import { retryOnLockConflict } from '../common/request/lock-retry';

/**
 * The caseload's one global lock order (ADR 0006): citizens, then members, each sorted by id.
 * Every writer that needs several of them takes them here first; a single assignment takes its
 * citizen and then (in the capacity trigger) its member, which is the same order.
 */
export async function lockInOrder(ctx: RequestContext, citizenIds: string[], memberIds: string[]): Promise<void> {
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  await ctx.db.query(`SELECT id FROM citizen WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [sorted(citizenIds)]);
  await ctx.db.query(`SELECT id FROM team_member WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [sorted(memberIds)]);
}

/** A caseload write that lost to concurrent writers even after retrying. */
export const CASELOAD_BUSY_MESSAGE =
  'En anden ændrede borgerfordelingen samtidig, så intet er gemt. Hent siden igen, se fordelingen efter, og prøv igen.';

/** Runs a caseload mutation in a savepoint, retried on deadlock (ADR 0011). */
export const withCaseloadRetry = <T>(ctx: RequestContext, work: () => Promise<T>): Promise<T> =>
  retryOnLockConflict(ctx, work, CASELOAD_BUSY_MESSAGE);
