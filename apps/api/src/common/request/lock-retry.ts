import { LockConflictException } from '../errors/lock-conflict.exception';
import { isLockConflict } from '../errors/pg-errors';
import { createLoaders } from '../../loaders/loaders';
import type { RequestContext } from './request-context';

export const LOCK_RETRY_ATTEMPTS = 3;

let savepoints = 0;

/**
 * Runs a mutation's work inside a savepoint of the request's one transaction (ADR 0011). When
 * PostgreSQL picks it as a deadlock victim or reports a serialization failure, only the work is
 * rolled back — the session lookup and anything earlier in the request stay — and it runs again
 * with fresh DataLoaders and without the attempt's access-log rows and after-commit work, up to `attempts` times in
 * all, with a short random pause. What still fails answers CONFLICT with `message`.
 */
export async function retryOnLockConflict<T>(
  ctx: RequestContext,
  work: () => Promise<T>,
  message?: string,
  attempts = LOCK_RETRY_ATTEMPTS,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const savepoint = `lock_retry_${++savepoints}`;
    const auditLength = ctx.audit.length;
    const afterCommitLength = ctx.afterCommit?.length ?? 0;
    await ctx.queryRunner.query(`SAVEPOINT ${savepoint}`);
    try {
      const result = await work();
      await ctx.queryRunner.query(`RELEASE SAVEPOINT ${savepoint}`);
      return result;
    } catch (error) {
      if (!isLockConflict(error)) throw error;
      // Row locks taken inside the savepoint are released here, so the other writer goes on.
      await ctx.queryRunner.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
      ctx.audit.length = auditLength;
      if (ctx.afterCommit) ctx.afterCommit.length = afterCommitLength;
      ctx.loaders = createLoaders(ctx.db);
      if (attempt >= attempts) throw new LockConflictException(message);
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
