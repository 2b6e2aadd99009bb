import type { RequestContext } from './request-context';
import { flushAudit } from '../../access-log/audit.buffer';

/**
 * Ends the request's transaction exactly once: the access-log rows are written first, in the
 * same transaction, so a failed log write fails the request. `commit = false` rolls back.
 */
export async function finishRequest(ctx: RequestContext, commit: boolean): Promise<void> {
  if (ctx.finished) return;
  ctx.finished = true;
  const qr = ctx.queryRunner;
  try {
    if (commit) {
      await flushAudit(ctx);
      await qr.commitTransaction();
      runAfterCommit(ctx);
    } else {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      await writeKeptAudit(ctx);
    }
  } catch (error) {
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await qr.release();
  }
}

/**
 * Runs `fn` once the request's transaction has committed — never when it rolls back — e.g. to
 * put a job on a queue about rows the worker must be able to read. `fn` must not throw or wait:
 * the response is being sent (a failing `fn` is logged and ignored). Work registered inside a
 * lock-retry attempt that is rolled back is dropped with it (lock-retry.ts).
 */
export function onCommit(ctx: RequestContext, fn: () => void): void {
  (ctx.afterCommit ??= []).push(fn);
}

function runAfterCommit(ctx: RequestContext): void {
  const work = ctx.afterCommit ?? [];
  ctx.afterCommit = [];
  for (const fn of work) {
    try {
      fn();
    } catch (error) {
      console.error(`[api] after-commit work failed for request ${ctx.requestId}: ${(error as Error).message}`);
    }
  }
}

/** Sets the tenant for the rest of the transaction (login, once the user is known). */
export async function setTenant(ctx: RequestContext, tenantId: string): Promise<void> {
  await ctx.queryRunner.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
}

/**
 * A failed mutation rolls back whole — but refused reads and duplicate checks are themselves
 * access to citizen data and must stay in the log. They are written in a transaction of their
 * own on the same connection (no second connection, nothing else of the request kept).
 */
async function writeKeptAudit(ctx: RequestContext): Promise<void> {
  const kept = ctx.audit.filter((e) => e.keepOnFailure);
  if (!kept.length) return;
  ctx.audit = kept;
  const qr = ctx.queryRunner;
  await qr.startTransaction();
  try {
    await qr.query(`SELECT set_config('app.tenant_id', $1, true)`, [kept[0].tenantId]);
    await flushAudit(ctx);
    await qr.commitTransaction();
  } catch (error) {
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    throw error;
  }
}
