import type { RequestContext } from '../common/request/request-context';
import type { AuditEntry } from './audit-entry';
import { purposeOf } from './audit-purpose';

/** Buffer access-log rows; they are written in the request's own transaction before it commits. */
export function audit(ctx: RequestContext, ...entries: AuditEntry[]): void {
  const viewer = ctx.viewer;
  if (!viewer) throw new Error('audit without a viewer'); // fail closed: no anonymous access to citizen data
  ctx.audit.push(...entries.map((e) => ({ ...e, purpose: purposeOf(e.operation, e.purpose), tenantId: viewer.tenantId, actorUserId: viewer.userId })));
}

/** One INSERT for all of the request's rows, so lists cost a constant number of statements. */
export async function flushAudit(ctx: RequestContext): Promise<void> {
  if (!ctx.audit.length) return;
  const rows = ctx.audit.splice(0);
  await ctx.queryRunner.query(
    `INSERT INTO access_log (tenant_id, actor_user_id, citizen_id, criterion, operation, purpose, request_id)
     SELECT tn, a, c, cr, op, p, $1
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[]) AS t(tn, a, c, cr, op, p)`,
    [
      ctx.requestId,
      rows.map((r) => r.tenantId),
      rows.map((r) => r.actorUserId),
      rows.map((r) => r.citizenId ?? null),
      rows.map((r) => r.criterion ?? null),
      rows.map((r) => r.operation),
      rows.map((r) => r.purpose ?? null),
    ],
  );
}
