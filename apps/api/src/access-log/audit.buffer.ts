import type { RequestContext } from '../common/request/request-context';

export type AuditOperation =
  | 'citizen.read'
  | 'citizen.list'
  | 'citizen.create'
  | 'citizen.update'
  | 'citizen.cpr.reveal'
  | 'citizen.read.denied'
  | 'citizen.assign'
  | 'citizen.unassign'
  | 'access-log.search'
  | 'access-log.extract';

export interface AuditEntry {
  operation: AuditOperation;
  citizenId?: string | null;
  criterion?: string | null;
  purpose?: string | null;
}

/** Buffer access-log rows; they are written in the request's own transaction before it commits. */
export function audit(ctx: RequestContext, ...entries: AuditEntry[]): void {
  ctx.audit.push(...entries);
}

/** One INSERT for all of the request's rows, so lists cost a constant number of statements. */
export async function flushAudit(ctx: RequestContext): Promise<void> {
  if (!ctx.audit.length || !ctx.viewer) return;
  const rows = ctx.audit.splice(0);
  await ctx.queryRunner.query(
    `INSERT INTO access_log (tenant_id, actor_user_id, citizen_id, criterion, operation, purpose, request_id)
     SELECT $1, $2, c, cr, op, p, $3
     FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[]) AS t(c, cr, op, p)`,
    [
      ctx.viewer.tenantId,
      ctx.viewer.userId,
      ctx.requestId,
      rows.map((r) => r.citizenId ?? null),
      rows.map((r) => r.criterion ?? null),
      rows.map((r) => r.operation),
      rows.map((r) => r.purpose ?? null),
    ],
  );
}
