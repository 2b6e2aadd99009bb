import { AccessLogOutcome } from '@act/db';
import type { RequestContext } from '../common/request/request-context';
import type { AuditEntry } from './audit-entry';
import { purposeOf } from './audit-purpose';

/**
 * Buffer access-log rows; they are written when the request ends — in its own transaction
 * before it commits, or after a rollback in a transaction of their own (request-lifecycle.ts).
 */
export function audit(ctx: RequestContext, ...entries: AuditEntry[]): void {
  const viewer = ctx.viewer;
  if (!viewer) throw new Error('audit without a viewer'); // fail closed: no anonymous access to citizen data
  ctx.audit.push(...entries.map((e) => ({ ...e, purpose: purposeOf(e.operation, e.purpose), tenantId: viewer.tenantId, actorUserId: viewer.userId })));
}

/**
 * One INSERT for all of the request's rows of one tenant (the transaction's tenant), so lists
 * cost a constant number of statements. The rows leave the buffer only once they are written.
 */
export async function flushAudit(ctx: RequestContext, outcome: AccessLogOutcome, tenantId?: string): Promise<void> {
  const rows = ctx.audit.filter((r) => tenantId === undefined || r.tenantId === tenantId);
  if (!rows.length) return;
  await ctx.queryRunner.query(
    `INSERT INTO access_log (tenant_id, actor_user_id, citizen_id, criterion, operation, purpose, request_id, outcome, client_request_id)
     SELECT tn, a, c, cr, op, p, $1, $8, $9
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[]) AS t(tn, a, c, cr, op, p)`,
    [
      ctx.requestId,
      rows.map((r) => r.tenantId),
      rows.map((r) => r.actorUserId),
      rows.map((r) => r.citizenId ?? null),
      rows.map((r) => r.criterion ?? null),
      rows.map((r) => r.operation),
      rows.map((r) => r.purpose ?? null),
      outcome,
      ctx.clientRequestId,
    ],
  );
  ctx.audit = ctx.audit.filter((r) => !rows.includes(r));
}
