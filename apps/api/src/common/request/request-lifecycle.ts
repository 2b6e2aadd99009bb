import { AccessLogOutcome } from '@act/db';
import type { RequestContext } from './request-context';
import { flushAudit } from '../../access-log/audit.buffer';
import { Logger } from '@nestjs/common';

const logger = new Logger('Request');

/**
 * Ends the request's transaction exactly once. On commit the access-log rows are written first,
 * in the same transaction, so a failed log write fails the request. `commit = false` rolls back
 * and then writes every buffered row in a transaction of its own, marked `rolled_back`: an
 * answer that failed in part may still carry citizen data, and whatever is sent is logged.
 * A throw means the rows are not written; the caller must then not send the answer.
 */
export async function finishRequest(ctx: RequestContext, commit: boolean): Promise<void> {
  if (ctx.finished) return;
  ctx.finished = true;
  const qr = ctx.queryRunner;
  try {
    if (commit) {
      await flushAudit(ctx, AccessLogOutcome.Committed);
      await qr.commitTransaction();
      runAfterCommit(ctx);
    } else {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      await writeAuditAfterRollback(ctx);
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
      // The request id is on the line already (the request's logger); the message is ours, not input.
      logger.error(`after-commit work failed: ${(error as Error).constructor.name}`);
    }
  }
}

/** Sets the tenant for the rest of the transaction (login, once the user is known). */
export async function setTenant(ctx: RequestContext, tenantId: string): Promise<void> {
  await ctx.queryRunner.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
}

/**
 * A failed mutation rolls back whole, its changes and its log rows with it — but what it read
 * may be in the answer (a later field's error does not withdraw an earlier field's data), and
 * refused reads are themselves access. So all rows are written after the rollback, in a
 * transaction of their own on the same connection (nothing else of the request is kept).
 */
async function writeAuditAfterRollback(ctx: RequestContext): Promise<void> {
  if (!ctx.audit.length) return;
  const qr = ctx.queryRunner;
  await qr.startTransaction();
  try {
    // One request has one viewer, so one tenant; RLS checks each INSERT against the set tenant.
    for (const tenantId of new Set(ctx.audit.map((e) => e.tenantId!))) {
      await setTenant(ctx, tenantId);
      await flushAudit(ctx, AccessLogOutcome.RolledBack, tenantId);
    }
    await qr.commitTransaction();
  } catch (error) {
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    throw error;
  }
}
