import type { RequestContext } from '../common/request/request-context';

export type AuditOperation =
  | 'citizen.read'
  | 'citizen.list'
  | 'citizen.create'
  | 'citizen.update'
  | 'citizen.cpr.reveal'
  | 'citizen.read.denied'
  | 'citizen.create.duplicate'
  | 'citizen.assign'
  | 'citizen.unassign'
  | 'care-plan.read'
  | 'care-plan.start'
  | 'care-plan.save'
  | 'care-plan.agree'
  | 'care-plan.diff'
  | 'consent.read'
  | 'consent.create'
  | 'consent.withdraw'
  | 'consent.check'
  | 'relative.read'
  | 'relative.create'
  | 'relative.update'
  | 'citizen.changes.read'
  | 'visit.list'
  | 'visit.read'
  | 'visit.read.denied'
  | 'visit.plan'
  | 'visit.move'
  | 'visit.log-outcome'
  | 'visit.series.stop'
  | 'visit.calendar-feed'
  | 'meeting.read'
  | 'meeting.minutes.read'
  | 'meeting.agenda.prepare'
  | 'meeting.item.write'
  | 'meeting.decision.create'
  | 'task.create'
  | 'task.complete'
  | 'task.list'
  | 'citizen.crisis.raise'
  | 'citizen.crisis.clear'
  | 'board.read'
  | 'board.write'
  | 'network-meeting.read'
  | 'network-meeting.write'
  | 'access-log.search'
  | 'access-log.extract';

export interface AuditEntry {
  operation: AuditOperation;
  /** Filled in by audit(): who read or wrote, in which tenant, at the moment it happened. */
  tenantId?: string;
  actorUserId?: string;
  /** Written even when the request's mutation rolls back (refusals, duplicate checks). */
  keepOnFailure?: boolean;
  citizenId?: string | null;
  criterion?: string | null;
  purpose?: string | null;
}

/** Buffer access-log rows; they are written in the request's own transaction before it commits. */
export function audit(ctx: RequestContext, ...entries: AuditEntry[]): void {
  const viewer = ctx.viewer;
  if (!viewer) throw new Error('audit without a viewer'); // fail closed: no anonymous access to citizen data
  ctx.audit.push(...entries.map((e) => ({ ...e, tenantId: viewer.tenantId, actorUserId: viewer.userId })));
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
