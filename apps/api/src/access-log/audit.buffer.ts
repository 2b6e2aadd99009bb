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
 * cost a constant number of statements. Entries that differ only by citizen become one row
 * (ADR 0026): one citizen in `citizen_id`, several in `citizen_ids` (each once, in the order
 * they were touched). The rows leave the buffer only once they are written.
 */
export async function flushAudit(ctx: RequestContext, outcome: AccessLogOutcome, tenantId?: string): Promise<void> {
  const entries = ctx.audit.filter((r) => tenantId === undefined || r.tenantId === tenantId);
  if (!entries.length) return;
  const rows = groupByCitizen(entries);
  await ctx.queryRunner.query(
    `INSERT INTO access_log (tenant_id, actor_user_id, citizen_id, citizen_ids, criterion, operation, purpose, request_id, outcome, client_request_id)
     SELECT tn, a, c, cs::uuid[], cr, op, p, $1, $9, $10
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[]) AS t(tn, a, c, cs, cr, op, p)`,
    [
      ctx.requestId,
      rows.map((r) => r.tenantId),
      rows.map((r) => r.actorUserId),
      rows.map((r) => (r.citizenIds.length === 1 ? r.citizenIds[0] : null)),
      // A uuid[] per row cannot pass through unnest (it would need a rectangular uuid[][]): an array literal each.
      rows.map((r) => (r.citizenIds.length > 1 ? `{${r.citizenIds.join(',')}}` : null)),
      rows.map((r) => r.criterion),
      rows.map((r) => r.operation),
      rows.map((r) => r.purpose),
      outcome,
      ctx.clientRequestId,
    ],
  );
  ctx.audit = ctx.audit.filter((r) => !entries.includes(r));
}

interface AuditRow {
  tenantId: string | undefined;
  actorUserId: string | undefined;
  criterion: string | null;
  operation: string;
  purpose: string | null;
  citizenIds: string[];
}

/**
 * One row per (tenant, actor, operation, purpose, criterion) holding its citizens, in the order
 * first met; entries about no citizen stay one row each, as they were buffered.
 */
export function groupByCitizen(entries: AuditEntry[]): AuditRow[] {
  const rows: AuditRow[] = [];
  const byKey = new Map<string, { row: AuditRow; seen: Set<string> }>();
  for (const e of entries) {
    const row: AuditRow = {
      tenantId: e.tenantId,
      actorUserId: e.actorUserId,
      criterion: e.criterion ?? null,
      operation: e.operation,
      purpose: e.purpose ?? null,
      citizenIds: e.citizenId ? [e.citizenId] : [],
    };
    if (!e.citizenId) {
      rows.push(row);
      continue;
    }
    const key = JSON.stringify([row.tenantId, row.actorUserId, row.operation, row.purpose, row.criterion]);
    const group = byKey.get(key);
    if (!group) {
      byKey.set(key, { row, seen: new Set([e.citizenId]) });
      rows.push(row);
    } else if (!group.seen.has(e.citizenId)) {
      group.seen.add(e.citizenId);
      group.row.citizenIds.push(e.citizenId);
    }
  }
  return rows;
}
