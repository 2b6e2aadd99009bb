
/**
 * Every operation the access log records: the GraphQL enum `AccessLogOperation` (names) over the
 * stored values. A new audited operation is added here, and only here.
 */
export const AUDIT_OPERATIONS = {
  CITIZEN_READ: 'citizen.read',
  CITIZEN_LIST: 'citizen.list',
  CITIZEN_CREATE: 'citizen.create',
  CITIZEN_UPDATE: 'citizen.update',
  CITIZEN_CPR_REVEAL: 'citizen.cpr.reveal',
  CITIZEN_READ_DENIED: 'citizen.read.denied',
  CITIZEN_CREATE_DUPLICATE: 'citizen.create.duplicate',
  CITIZEN_ASSIGN: 'citizen.assign',
  CITIZEN_UNASSIGN: 'citizen.unassign',
  CARE_PLAN_READ: 'care-plan.read',
  CARE_PLAN_START: 'care-plan.start',
  CARE_PLAN_SAVE: 'care-plan.save',
  CARE_PLAN_AGREE: 'care-plan.agree',
  CARE_PLAN_DIFF: 'care-plan.diff',
  CONSENT_READ: 'consent.read',
  CONSENT_CREATE: 'consent.create',
  CONSENT_WITHDRAW: 'consent.withdraw',
  CONSENT_CHECK: 'consent.check',
  RELATIVE_READ: 'relative.read',
  RELATIVE_CREATE: 'relative.create',
  RELATIVE_UPDATE: 'relative.update',
  CITIZEN_CHANGES_READ: 'citizen.changes.read',
  VISIT_LIST: 'visit.list',
  VISIT_READ: 'visit.read',
  VISIT_READ_DENIED: 'visit.read.denied',
  VISIT_PLAN: 'visit.plan',
  VISIT_MOVE: 'visit.move',
  VISIT_LOG_OUTCOME: 'visit.log-outcome',
  VISIT_SERIES_STOP: 'visit.series.stop',
  VISIT_CALENDAR_FEED: 'visit.calendar-feed',
  MEETING_READ: 'meeting.read',
  MEETING_MINUTES_READ: 'meeting.minutes.read',
  MEETING_AGENDA_PREPARE: 'meeting.agenda.prepare',
  MEETING_ITEM_WRITE: 'meeting.item.write',
  MEETING_DECISION_CREATE: 'meeting.decision.create',
  TASK_CREATE: 'task.create',
  TASK_COMPLETE: 'task.complete',
  TASK_LIST: 'task.list',
  CITIZEN_CRISIS_RAISE: 'citizen.crisis.raise',
  CITIZEN_CRISIS_CLEAR: 'citizen.crisis.clear',
  BOARD_READ: 'board.read',
  BOARD_WRITE: 'board.write',
  NETWORK_MEETING_READ: 'network-meeting.read',
  NETWORK_MEETING_WRITE: 'network-meeting.write',
  SPARRING_CASE_READ: 'sparring-case.read',
  SPARRING_CASE_SET: 'sparring-case.set',
  ACCESS_LOG_SEARCH: 'access-log.search',
  ACCESS_LOG_EXTRACT: 'access-log.extract',
  ACCESS_LOG_RETENTION_SET: 'access-log.retention.set',
  TRANSITION_READ: 'transition.read',
  TRANSITION_RECORD: 'transition.record',
  TRANSITION_UPDATE: 'transition.update',
  MFA_POLICY_SET: 'mfa.policy.set',
  MFA_RESET: 'mfa.reset',
  MFA_DISABLE: 'mfa.disable',
  SESSION_END: 'session.end',
  SESSION_END_OTHERS: 'session.end-others',
  USER_SESSIONS_END: 'user.sessions.end',
  FIDELITY_DRILL_DOWN: 'fidelity.drill-down',
  GROUP_SESSION_READ: 'group-session.read',
  GROUP_SESSION_WRITE: 'group-session.write',
} as const;

export type AuditOperation = (typeof AUDIT_OPERATIONS)[keyof typeof AUDIT_OPERATIONS];

/** Why citizen data was read or changed; audit-purpose.ts says which operation has which purpose. */
export const AUDIT_PURPOSES = {
  /** Help and support of the citizen: the record, the plan, visits, relatives, consents. */
  CARE: 'care',
  /** The team's planning: lists, caseload, schedules, the team board, tasks. */
  PLANNING: 'planning',
  /** Team meetings and professional sparring about the citizen. */
  TEAM_MEETING: 'team-meeting',
  /** Working with others about the citizen (sharing under a consent, network meetings). */
  COLLABORATION: 'collaboration',
  /** Checking who has seen what: searches of the access log. */
  LOG_CONTROL: 'log-control',
  /** The citizen's own right to see what is logged about them (the extract). */
  CITIZEN_INSIGHT: 'citizen-insight',
  /** Keeping the way in safe: who must use a second factor, resetting or turning off one's factor, ending sessions (no citizen). */
  ACCESS_SECURITY: 'access-security',
  /** Rows written before purposes were recorded whose operation is no longer known (back-fill only). */
  NOT_RECORDED: 'not-recorded',
} as const;

export type AuditPurpose = (typeof AUDIT_PURPOSES)[keyof typeof AUDIT_PURPOSES];

/** One access-log row as a feature describes it; the request context buffers these. */
export interface AuditEntry {
  operation: AuditOperation;
  /** Filled in by audit(): who read or wrote, in which tenant, at the moment it happened. */
  tenantId?: string;
  actorUserId?: string;
  citizenId?: string | null;
  criterion?: string | null;
  /** Why; audit() fills in the operation's purpose (audit-purpose.ts) unless given. */
  purpose?: AuditPurpose | null;
}
