/**
 * Why citizen data was read or changed: every access-log row states a purpose (issue 13). Each
 * audited operation has one here; audit() sets it, and a call site that knows better may pass
 * its own. The GraphQL enum `AccessLogPurpose` names the stored values; the web shows plain
 * Danish labels (i18n `accessLog.purposes`).
 */
import { AUDIT_PURPOSES, type AuditOperation, type AuditPurpose } from './audit-entry';

export { AUDIT_PURPOSES, type AuditPurpose };

const { CARE, PLANNING, TEAM_MEETING, COLLABORATION, LOG_CONTROL, CITIZEN_INSIGHT, ACCESS_SECURITY } = AUDIT_PURPOSES;

/**
 * The purpose of each operation. A Record over the union: a new operation in AUDIT_OPERATIONS
 * does not compile until it has a purpose here. A refused read states the purpose of the read.
 * The back-fill migration (1764330000005) copied this map as it was.
 */
export const PURPOSE_OF_OPERATION: Record<AuditOperation, Exclude<AuditPurpose, 'not-recorded'>> = {
  'citizen.read': CARE,
  'citizen.list': PLANNING,
  'citizen.create': CARE,
  'citizen.update': CARE,
  'citizen.cpr.reveal': CARE,
  'citizen.read.denied': CARE,
  'citizen.create.duplicate': CARE,
  'citizen.assign': PLANNING,
  'citizen.unassign': PLANNING,
  'care-plan.read': CARE,
  'care-plan.start': CARE,
  'care-plan.save': CARE,
  'care-plan.agree': CARE,
  'care-plan.diff': CARE,
  'consent.read': CARE,
  'consent.create': CARE,
  'consent.withdraw': CARE,
  'consent.check': COLLABORATION,
  'relative.read': CARE,
  'relative.create': CARE,
  'relative.update': CARE,
  'citizen.changes.read': CARE,
  'visit.list': PLANNING,
  'visit.read': CARE,
  'visit.read.denied': CARE,
  'visit.plan': PLANNING,
  'visit.move': PLANNING,
  'visit.log-outcome': CARE,
  'visit.series.stop': PLANNING,
  'visit.calendar-feed': PLANNING,
  'meeting.read': TEAM_MEETING,
  'meeting.minutes.read': TEAM_MEETING,
  'meeting.agenda.prepare': TEAM_MEETING,
  'meeting.item.write': TEAM_MEETING,
  'meeting.decision.create': TEAM_MEETING,
  'task.create': PLANNING,
  'task.complete': PLANNING,
  'task.list': PLANNING,
  'citizen.crisis.raise': CARE,
  'citizen.crisis.clear': CARE,
  'board.read': PLANNING,
  'board.write': PLANNING,
  'network-meeting.read': COLLABORATION,
  'network-meeting.write': COLLABORATION,
  'sparring-case.read': TEAM_MEETING,
  'sparring-case.set': TEAM_MEETING,
  'access-log.search': LOG_CONTROL,
  'access-log.extract': CITIZEN_INSIGHT,
  'access-log.retention.set': LOG_CONTROL,
  'transition.read': CARE,
  'transition.record': CARE,
  'transition.update': CARE,
  'mfa.policy.set': ACCESS_SECURITY,
  'mfa.reset': ACCESS_SECURITY,
  'mfa.disable': ACCESS_SECURITY,
  'session.end': ACCESS_SECURITY,
  'session.end-others': ACCESS_SECURITY,
  'user.sessions.end': ACCESS_SECURITY,
  'fidelity.drill-down': PLANNING,
  'group-session.read': CARE,
  'group-session.write': CARE,
};

/** The stated purpose of an operation, unless the call site gave its own. */
export function purposeOf(operation: AuditOperation, given?: AuditPurpose | null): AuditPurpose {
  return given ?? PURPOSE_OF_OPERATION[operation];
}
