import { Role } from '@act/db';

/** What a role may do. Row-level need-to-know (which team) is checked by AccessPolicy. */
export enum Permission {
  ReadTeams = 'read-teams',
  ReadTeamRoster = 'read-team-roster',
  ReadCitizens = 'read-citizens',
  WriteCitizens = 'write-citizens',
  RevealCpr = 'reveal-cpr',
  ManageTeams = 'manage-teams',
  ManageUsers = 'manage-users',
  ReadAccessLog = 'read-access-log',
  /** Assign primary contacts, change FTE, grant exceptions — for the teams one leads. */
  ManageCaseload = 'manage-caseload',
  /** Aggregated caseload figures per team (no names). */
  ReadCaseloadAggregates = 'read-caseload-aggregates',
  /** Read a citizen's plan, consents, relatives and latest changes — for the citizen's team. */
  ReadCarePlans = 'read-care-plans',
  /** Draft, save and agree plans; record consents and relatives — for the citizen's team. */
  WriteCarePlans = 'write-care-plans',
  /** Outreach visits of the teams one belongs to: plans, outcomes, contact measures. */
  ReadVisits = 'read-visits',
  /** Plan, move and log visits for the citizens of one's teams. */
  WriteVisits = 'write-visits',
  /** Team settings for visits (the "not seen" threshold) — for the teams one leads. */
  ManageVisitSettings = 'manage-visit-settings',
  /** A personal calendar feed of one's own visits. */
  UseCalendarFeed = 'use-calendar-feed',
  /** Set the meeting rhythm, create, prepare and close team meetings — for the teams one leads. */
  ManageTeamMeetings = 'manage-team-meetings',
  /** Write function descriptions and link members to them — for the teams one leads. */
  ManageFunctionDescriptions = 'manage-function-descriptions',
  /** The health of the worker's job queues (counts and scheduler runs; no job data). */
  ReadJobQueues = 'read-job-queues',
  /** Meeting series and occurrences: a team's (leader, members) or the steering group's own. */
  ReadSchedule = 'read-schedule',
  /** Create, change and end series; move, cancel, mark held — a leader for their team, the steering group for its meetings. */
  ManageSchedule = 'manage-schedule',
  /** Held/planned figures per team, kind and month (no names). */
  ReadScheduleAggregates = 'read-schedule-aggregates',
  /** The implementation: phases and checklists, plan, roles table, readiness results (no personal data). */
  ReadImplementation = 'read-implementation',
  /** Run the implementation: readiness rounds and statements, checklists, plan, roles table, SWOT. */
  ManageImplementation = 'manage-implementation',
  /** Answer the readiness rounds one is invited to (row level: only one's own answers). */
  AnswerReadiness = 'answer-readiness',
  /** The cooperation agreements register. */
  ReadAgreements = 'read-agreements',
  ManageAgreements = 'manage-agreements',
  /** Courses to and from regional dual-diagnosis treatment — for the citizens of one's teams. */
  ReadTransitions = 'read-transitions',
  WriteTransitions = 'write-transitions',
  /** The steering dashboard: aggregates per team and period, small groups hidden. */
  ReadSteeringDashboard = 'read-steering-dashboard',
  /** Tenant settings (the minimum group size). */
  ManageTenantSettings = 'manage-tenant-settings',
  /** The municipality's single sign-on settings (IdP, SSO required, break-glass admin). */
  ManageSso = 'manage-sso',
  /** A team's fidelity report, trend and drill-down — for the teams one belongs to (ADR 0021). */
  ReadFidelity = 'read-fidelity',
  /** Rate the fidelity items the data cannot show — for the teams one leads. */
  RateFidelity = 'rate-fidelity',
  /** A team's budgeted positions (normering) — the admin, or the leader for the teams they lead. */
  ManageBudgetedPositions = 'manage-budgeted-positions',
  /** A team's staffing history: a member leaves, or their FTE or discipline changes from a day — the admin, or the leader for the teams they lead. */
  ManageTeamStaffing = 'manage-team-staffing',
  /** The tenant's fidelity model versions: read them. */
  ReadFidelityModels = 'read-fidelity-models',
  /** Derive and activate the tenant's own fidelity model versions. */
  ManageFidelityModels = 'manage-fidelity-models',
}

const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  [Role.Admin]: new Set([
    Permission.ReadCaseloadAggregates,
    Permission.ReadTeams,
    Permission.ReadTeamRoster,
    Permission.ManageTeams,
    Permission.ManageUsers,
    Permission.ReadAccessLog,
    Permission.ReadJobQueues,
    Permission.ReadImplementation,
    Permission.AnswerReadiness,
    Permission.ReadAgreements,
    Permission.ManageAgreements,
    Permission.ManageTenantSettings,
    Permission.ManageSso,
    Permission.ManageBudgetedPositions,
    Permission.ManageTeamStaffing,
    Permission.ReadFidelityModels,
    Permission.ManageFidelityModels,
  ]),
  [Role.TeamLeader]: new Set([
    Permission.ReadFidelity,
    Permission.RateFidelity,
    Permission.ManageBudgetedPositions,
    Permission.ManageTeamStaffing,
    Permission.ReadFidelityModels,
    Permission.ReadImplementation,
    Permission.AnswerReadiness,
    Permission.ReadAgreements,
    Permission.ReadTransitions,
    Permission.WriteTransitions,
    Permission.ReadCarePlans,
    Permission.WriteCarePlans,
    Permission.ManageCaseload,
    Permission.ManageTeamMeetings,
    Permission.ManageFunctionDescriptions,
    Permission.ReadSchedule,
    Permission.ManageSchedule,
    Permission.ReadScheduleAggregates,
    Permission.ReadCaseloadAggregates,
    Permission.ReadVisits,
    Permission.WriteVisits,
    Permission.ManageVisitSettings,
    Permission.UseCalendarFeed,
    Permission.ReadTeams,
    Permission.ReadTeamRoster,
    Permission.ReadCitizens,
    Permission.WriteCitizens,
    Permission.RevealCpr,
  ]),
  [Role.TeamMember]: new Set([
    Permission.ReadFidelity,
    Permission.AnswerReadiness,
    Permission.ReadAgreements,
    Permission.ReadTransitions,
    Permission.WriteTransitions,
    Permission.ReadSchedule,
    Permission.ReadCarePlans,
    Permission.WriteCarePlans,
    Permission.ReadVisits,
    Permission.WriteVisits,
    Permission.UseCalendarFeed,
    Permission.ReadTeams,
    Permission.ReadTeamRoster,
    Permission.ReadCitizens,
    Permission.WriteCitizens,
    Permission.RevealCpr,
  ]),
  // The steering group follows aggregates only: team names and counts, never a person.
  // Their own meetings (steering group meetings, no team) are planned and read by them too.
  [Role.SteeringGroup]: new Set([
    Permission.ReadTeams,
    Permission.ReadCaseloadAggregates,
    Permission.ReadSchedule,
    Permission.ManageSchedule,
    Permission.ReadScheduleAggregates,
    Permission.ReadImplementation,
    Permission.ManageImplementation,
    Permission.AnswerReadiness,
    Permission.ReadAgreements,
    Permission.ManageAgreements,
    Permission.ReadSteeringDashboard,
    Permission.ReadFidelityModels,
    Permission.ManageFidelityModels,
  ]),
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}
