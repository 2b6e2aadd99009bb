/** One access-log row as a feature describes it; the request context buffers these. */
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
