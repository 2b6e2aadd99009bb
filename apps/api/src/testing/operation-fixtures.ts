/**
 * One entry per root field of the schema (Query and Mutation): who may call it and how to build
 * valid variables aimed at one team's objects. The generated safety matrices (tenant isolation,
 * need-to-know, random ids, malformed input) take the operation from the schema
 * (schema-operations.ts) and the variables from here; `fixtureFor` fails, naming the field, when
 * a new query or mutation has no entry.
 *
 * The valid call (first role, variables of its own team) must succeed: the tenant-isolation suite
 * runs every entry that way, so that a refusal in the matrices means "not yours", not "bad fixture".
 */
import { shortId, uniqueFictionalCpr } from '@act/db/testing';
import { DAY, FUTURE, iso, isoDate, REFERRED_ON, type Target } from './fixture-world';
import { type RootField, rootFields } from './schema-operations';

export type CallerRole = 'admin' | 'leader' | 'member' | 'steeringGroup';

export interface Fixture {
  /** Roles that may call it on their own team; the first makes the valid call. Empty for open fields. */
  roles: CallerRole[];
  /** Valid variables aimed at the target team's objects. */
  vars: (t: Target) => Record<string, unknown>;
  /** Why the field is deliberately reachable without logging in (login, me…). */
  open?: string;
  /**
   * Run after the other valid calls: it ends, closes or removes something that other entries'
   * valid calls use (the order of entries is otherwise the order of the valid calls).
   */
  last?: boolean;
  /**
   * Tables the steering group's own valid call writes: its own records (readiness rounds, the
   * implementation), never a team's. The need-to-know matrix lets only these change on its call.
   */
  writes?: string[];
  /**
   * The error code the valid call ends in when no fixed variables can make it succeed (a wrong
   * password, a one-time code or token that only a real login has); the matrices still check
   * that it refuses others.
   */
  expectedCode?: string;
}

const today = () => isoDate(new Date());
const future = (days: number) => new Date(FUTURE.getTime() + days * DAY);
const TEAM = ['leader', 'member'] as CallerRole[];
const LEADER = ['leader'] as CallerRole[];
const ADMIN = ['admin'] as CallerRole[];
/** Any logged-in viewer, about their own things; the member first, who owns the target's notification. */
const ALL_MEMBER_FIRST = ['member', 'leader', 'admin', 'steeringGroup'] as CallerRole[];
const STEERING = ['steeringGroup'] as CallerRole[];
/** A checklist change and its history event. */
const CHECKLIST = ['implementation_checklist_item', 'implementation_checklist_event'];
const READ_IMPLEMENTATION = ['steeringGroup', 'leader', 'admin'] as CallerRole[];
/** Invited participants answer their own: the team 1 member (who drafted every answer) first. */
const ANSWER_READINESS = ['member', 'leader', 'steeringGroup', 'admin'] as CallerRole[];
const unique = () => Math.random().toString(36).slice(2, 10);

export const OPERATION_FIXTURES: Record<string, Fixture> = {
  // ── Open: reachable without a session, by design ──
  me: { roles: [], open: 'answers null without a session', vars: () => ({}) },
  login: {
    roles: [],
    open: 'the way in',
    // A fresh unknown e-mail each call: the per-account login limit (ADR 0016) is shared by every suite.
    vars: () => ({ input: { email: `findes-ikke-${shortId()}@test.dk`, password: 'Korrekt-Hest-Batteri-42' } }),
    expectedCode: 'INVALID_CREDENTIALS',
  },
  verifyLoginCode: {
    roles: [],
    open: 'the second step of the way in (a challenge from the password step, no session yet)',
    vars: () => ({ input: { challenge: 'A'.repeat(43), code: '123456' } }),
    expectedCode: 'UNAUTHENTICATED',
  },
  logout: { roles: [], open: 'ends the own session, if any', vars: () => ({}), last: true },
  ssoLoginOptions: { roles: [], open: 'the login page lists the municipalities offering SSO', vars: () => ({}) },

  // ── Queries ──
  accessLog: { roles: ADMIN, vars: (t) => ({ filter: { citizenId: t.citizenId }, first: 5 }) },
  accessLogExtract: { roles: ADMIN, vars: (t) => ({ cpr: t.cpr }) },
  carePlanDiff: { roles: TEAM, vars: (t) => ({ fromVersionId: t.carePlanVersionId, toVersionId: t.carePlanVersionId }) },
  carePlanVersion: { roles: TEAM, vars: (t) => ({ id: t.carePlanVersionId }) },
  caseloadSummaries: { roles: ['leader', 'admin', 'steeringGroup'], vars: () => ({}) },
  citizen: { roles: TEAM, vars: (t) => ({ id: t.citizenId }) },
  citizenCpr: { roles: TEAM, vars: (t) => ({ id: t.citizenId }) },
  consentCheck: { roles: TEAM, vars: (t) => ({ citizenId: t.citizenId, partner: 'Jobcenter', purpose: 'Samarbejde om job' }) },
  functionRole: { roles: TEAM, vars: (t) => ({ id: t.functionRoleId }) },
  jobQueueHealth: { roles: ADMIN, vars: () => ({}) },
  lifeAreas: { roles: TEAM, vars: () => ({}) },
  myCalendarFeed: { roles: TEAM, vars: () => ({}) },
  myDay: { roles: TEAM, vars: () => ({ date: isoDate(future(3)) }) },
  myFollowUpTasks: { roles: TEAM, vars: () => ({ first: 10 }) },
  myWeek: { roles: TEAM, vars: () => ({ weekOf: isoDate(future(3)) }) },
  networkMeeting: { roles: TEAM, vars: (t) => ({ id: t.networkMeetingId }) },
  notSeenCitizens: { roles: TEAM, vars: (t) => ({ teamId: t.teamId }) },
  notifications: { roles: ALL_MEMBER_FIRST, vars: () => ({ first: 10 }) },
  notificationPreferences: { roles: ALL_MEMBER_FIRST, vars: () => ({}) },
  unreadNotificationCount: { roles: ALL_MEMBER_FIRST, vars: () => ({}) },
  startPage: { roles: ['leader', 'member', 'steeringGroup', 'admin'], vars: () => ({}) },
  steeringDashboard: { roles: ['steeringGroup'], vars: () => ({ from: isoDate(new Date(Date.now() - 90 * DAY)), to: today() }) },
  tenantSettings: { roles: ADMIN, vars: () => ({}) },
  mfaStatus: { roles: ALL_MEMBER_FIRST, vars: () => ({}) },
  proposeRebalancing: { roles: LEADER, vars: (t) => ({ teamId: t.teamId }) },
  team: { roles: ['leader', 'member', 'admin', 'steeringGroup'], vars: (t) => ({ id: t.teamId }) },
  teamBoard: { roles: TEAM, vars: (t) => ({ teamId: t.teamId }) },
  teamCaseload: { roles: TEAM, vars: (t) => ({ teamId: t.teamId }) },
  teamComposition: { roles: TEAM, vars: (t) => ({ teamId: t.teamId }) },
  teamFunctionRoles: { roles: TEAM, vars: (t) => ({ teamId: t.teamId }) },
  teamMeeting: { roles: TEAM, vars: (t) => ({ id: t.meetingId }) },
  teamMeetingRhythm: { roles: TEAM, vars: (t) => ({ teamId: t.teamId }) },
  teamMeetings: { roles: TEAM, vars: (t) => ({ teamId: t.teamId, period: 'UPCOMING', first: 10 }) },
  teamWeek: { roles: TEAM, vars: (t) => ({ teamId: t.teamId, weekOf: isoDate(future(3)) }) },
  teams: { roles: ['admin', 'leader', 'member', 'steeringGroup'], vars: () => ({ first: 10 }) },
  users: { roles: ADMIN, vars: () => ({ first: 10 }) },
  visit: { roles: TEAM, vars: (t) => ({ id: t.visitId }) },

  // ── Mutations: teams and users (admin) ──
  // The default again: the valid call changes nothing other entries rely on.
  setMinGroupSize: { roles: ADMIN, vars: () => ({ input: { minGroupSize: 5 } }) },
  setAccessLogRetention: { roles: ADMIN, vars: () => ({ input: { months: 6 } }) },
  // Who must use a second factor: the default again (other entries' logins rely on it).
  setMfaPolicy: { roles: ADMIN, vars: () => ({ input: { policy: 'OPTIONAL' } }) },
  // The own second factor; the enrolment a policy requires is in mfa-policy.int-spec.ts.
  startMfaEnrolment: { roles: ALL_MEMBER_FIRST, writes: ['mfa_factor'], vars: () => ({}) },
  // After startMfaEnrolment: a fixed code is (all but surely) not the one the new secret shows.
  confirmMfaEnrolment: { roles: ALL_MEMBER_FIRST, vars: () => ({ input: { code: '123456' } }), expectedCode: 'INVALID_CREDENTIALS' },
  // Not enrolled: nothing to regenerate.
  regenerateMfaRecoveryCodes: { roles: ALL_MEMBER_FIRST, vars: () => ({ input: { code: '123456' } }), expectedCode: 'BAD_USER_INPUT' },
  disableMfa: { roles: ALL_MEMBER_FIRST, vars: () => ({ input: { code: '123456' } }), expectedCode: 'BAD_USER_INPUT' },
  // The spare user has no factor: removes nothing, ends the spare user's sessions (it has none).
  resetUserMfa: { roles: ADMIN, vars: (t) => ({ input: { userId: t.spareUserId } }) },
  // The own sessions: the team's plain member owns the target's second session (another browser).
  mySessions: { roles: ALL_MEMBER_FIRST, vars: () => ({}) },
  // Idempotent for its owner: a second call (or one after endOtherSessions) still succeeds.
  endSession: { roles: ALL_MEMBER_FIRST, vars: (t) => ({ id: t.sessionId }) },
  // Ends the caller's other sessions, never the one it is sent with (the world's cookies survive).
  endOtherSessions: { roles: ALL_MEMBER_FIRST, vars: () => ({}), last: true },
  // The spare user (no one logs in as them): the admin's "log out everywhere" ends nothing the other entries use.
  endUserSessions: { roles: ADMIN, vars: (t) => ({ userId: t.spareUserId }) },
  ssoSettings: { roles: ADMIN, vars: () => ({}) },
  saveSsoSettings: {
    roles: ADMIN,
    vars: () => ({
      input: { enabled: false, issuer: 'https://login.kommune.example', clientId: 'act', clientSecretEnv: null, ssoRequired: false, breakGlassUserId: null },
    }),
  },
  createTeam: { roles: ADMIN, vars: () => ({ input: { name: `Nyt team ${unique()}` } }) },
  updateTeam: { roles: ADMIN, vars: (t) => ({ input: { id: t.teamId, name: `Omdøbt team ${unique()}` } }) },
  createUser: {
    roles: ADMIN,
    vars: () => ({ input: { name: 'Ny Bruger', email: `ny-${unique()}@test.dk`, role: 'TEAM_MEMBER', password: 'Lange-Sætninger-Er-Gode-7' } }),
  },
  addTeamMember: { roles: ADMIN, vars: (t) => ({ input: { teamId: t.teamId, userId: t.spareUserId, discipline: 'NURSING', fte: 0.5 } }) },
  updateTeamMember: { roles: ADMIN, vars: (t) => ({ input: { id: t.memberId, fte: 0.7 } }) },
  // Staffing history (ADR 0025): the member's terms from today (a repeat changes nothing new), and a
  // member without citizens who leaves today (still on the team today; the same repeat is a no-op).
  changeTeamMemberTerms: { roles: ['leader', 'admin'], vars: (t) => ({ input: { memberId: t.leaverMemberId, from: today(), fte: 0.6 } }) },
  endTeamMembership: { roles: ['leader', 'admin'], vars: (t) => ({ input: { memberId: t.leaverMemberId, lastDay: today(), reason: 'RESIGNED' } }), last: true },
  setUserDisabled: { roles: ADMIN, vars: (t) => ({ input: { id: t.spareUserId, disabled: true } }) },

  // ── Citizens ──
  createCitizen: {
    roles: TEAM,
    vars: (t) => ({
      input: {
        teamId: t.teamId,
        name: 'Ny Borger',
        cpr: uniqueFictionalCpr(t.tenantId),
        phone: '20 12 34 56',
        address: { street: 'Testvej 2', postalCode: '8600', city: 'Silkeborg' },
      },
    }),
  },
  // Pausing lets endPrimaryContact's valid call end the contact (an active citizen must keep one).
  updateCitizen: {
    roles: TEAM,
    vars: (t) => ({ input: { id: t.citizenId, name: 'Nyt Navn', status: 'PAUSED', statusReason: 'Indlagt' } }),
    last: true,
  },
  raiseCrisisFlag: { roles: TEAM, vars: (t) => ({ input: { citizenId: t.citizenId, reason: 'Akut bekymring' } }) },
  clearCrisisFlag: { roles: TEAM, vars: (t) => ({ citizenId: t.citizenId }) },
  recordAdmission: {
    roles: TEAM,
    vars: (t) => ({
      input: {
        citizenId: t.citizenId,
        isAdult: true,
        hasMentalIllness: true,
        hasSubstanceUse: false,
        notHeldByOrdinaryServices: true,
        wantsSupport: true,
        note: 'Visiteret',
      },
    }),
  },

  // ── Caseload ──
  assignPrimaryContact: { roles: LEADER, vars: (t) => ({ input: { citizenId: t.citizenId, memberId: t.leaderMemberId } }) },
  assignPrimaryContacts: { roles: LEADER, vars: (t) => ({ input: { assignments: [{ citizenId: t.citizenId, memberId: t.memberId }] } }) },
  addSecondaryContact: { roles: TEAM, vars: (t) => ({ input: { citizenId: t.citizenId, memberId: t.leaderMemberId } }) },
  endSecondaryContact: { roles: TEAM, vars: (t) => ({ input: { citizenId: t.citizenId, memberId: t.leaderMemberId } }) },
  setMemberFte: { roles: LEADER, vars: (t) => ({ input: { memberId: t.memberId, fte: 0.9 } }) },
  grantCaseloadException: {
    roles: LEADER,
    vars: (t) => ({ input: { memberId: t.memberId, extra: 1, reason: 'Midlertidig travlhed', validUntil: isoDate(new Date(Date.now() + 30 * DAY)) } }),
  },
  endPrimaryContact: { roles: LEADER, vars: (t) => ({ input: { citizenId: t.citizenId, reason: 'Skift af kontaktperson' } }), last: true },

  // ── Care plans, relatives, consents ──
  // The world has a draft already; a new one can be started once agreeCarePlan has agreed it.
  startCarePlanDraft: { roles: TEAM, vars: (t) => ({ input: { citizenId: t.citizenId } }), last: true },
  saveCarePlanDraft: {
    roles: TEAM,
    vars: (t) => ({
      input: {
        versionId: t.carePlanVersionId,
        expectedRevision: 1,
        citizenWords: 'Jeg vil have en bolig',
        nextFollowUpOn: isoDate(future(60)),
        goals: [{ lifeAreaId: t.lifeAreaId, citizenWords: 'Egen bolig', steps: [{ description: 'Søg bolig', dueOn: isoDate(future(30)) }] }],
      },
    }),
  },
  agreeCarePlan: {
    roles: TEAM,
    vars: (t) => ({
      input: { versionId: t.carePlanVersionId, expectedRevision: 2, agreedOn: today(), agreedHow: 'HOME_VISIT', participants: 'Borgeren og kontaktpersonen' },
    }),
  },
  addRelative: { roles: TEAM, vars: (t) => ({ input: { citizenId: t.citizenId, name: 'Ny Pårørende', relation: 'Bror', wantsInvolved: false } }) },
  updateRelative: { roles: TEAM, vars: (t) => ({ input: { id: t.relativeId, name: 'Omdøbt Pårørende' } }) },
  recordConsent: {
    roles: TEAM,
    vars: (t) => ({ input: { citizenId: t.citizenId, partner: 'Lægen', purpose: 'Medicin', validFrom: today(), agreementId: t.agreementId } }),
  },
  withdrawConsent: { roles: TEAM, vars: (t) => ({ input: { consentId: t.consentId, withdrawnOn: today() } }), last: true },

  // ── Visits ──
  planVisit: {
    roles: TEAM,
    vars: (t) => ({
      input: { citizenId: t.citizenId, start: iso(future(10)), end: iso(new Date(future(10).getTime() + 3_600_000)), memberIds: [t.memberId], placeKind: 'HOME' },
    }),
  },
  moveVisit: { roles: TEAM, vars: (t) => ({ input: { visitId: t.visitId, start: iso(future(5)), end: iso(new Date(future(5).getTime() + 3_600_000)) } }) },
  logVisitOutcome: { roles: TEAM, vars: (t) => ({ input: { visitId: t.visitId, outcome: 'CANCELLED_BY_TEAM', note: 'Syg' } }), last: true },
  stopVisitSeries: { roles: TEAM, vars: (t) => ({ input: { seriesId: t.seriesId } }), last: true },
  setNotSeenThreshold: { roles: LEADER, vars: (t) => ({ input: { teamId: t.teamId, days: 21 } }) },
  createCalendarFeed: { roles: TEAM, vars: () => ({}) },
  revokeCalendarFeed: { roles: TEAM, vars: () => ({}) },

  // ── Team meetings ──
  setTeamMeetingRhythm: {
    roles: LEADER,
    vars: (t) => ({
      input: { teamId: t.teamId, cadence: 'WEEKLY', weekday: 3, startTime: '14:00', endTime: '15:30', place: 'Mødelokalet', reviewEveryMeetings: 4 },
    }),
  },
  createTeamMeeting: {
    roles: LEADER,
    vars: (t) => ({ input: { teamId: t.teamId, startsAt: iso(future(8)), endsAt: iso(new Date(future(8).getTime() + 3_600_000)), place: 'Mødelokalet' } }),
  },
  createTeamMeetingsFromRhythm: { roles: LEADER, vars: (t) => ({ input: { teamId: t.teamId, count: 1 } }) },
  prepareTeamMeetingAgenda: { roles: LEADER, vars: (t) => ({ meetingId: t.meetingId }) },
  addTeamMeetingItem: { roles: TEAM, vars: (t) => ({ input: { meetingId: t.meetingId, citizenId: t.citizenId, title: 'Drøftelse' } }) },
  updateTeamMeetingItem: { roles: TEAM, vars: (t) => ({ input: { itemId: t.itemId, note: 'Aftalt' } }) },
  recordTeamMeetingAttendance: { roles: TEAM, vars: (t) => ({ input: { meetingId: t.meetingId, attendance: [{ memberId: t.memberId, present: true }] } }) },
  addMeetingDecision: { roles: TEAM, vars: (t) => ({ input: { itemId: t.itemId, text: 'Vi ringer i morgen' } }) },
  addFollowUpTask: {
    roles: TEAM,
    vars: (t) => ({ input: { itemId: t.itemId, assigneeMemberId: t.memberId, description: 'Følg op', dueDate: isoDate(future(14)) } }),
  },
  completeFollowUpTask: { roles: TEAM, vars: (t) => ({ input: { taskId: t.taskId } }) },
  closeTeamMeeting: { roles: LEADER, vars: (t) => ({ meetingId: t.meetingId }), last: true },
  // The minutes exist once the meeting is closed (defined here, after closeTeamMeeting, for the valid call's order).
  teamMeetingMinutes: { roles: TEAM, vars: (t) => ({ id: t.meetingId }), last: true },

  // ── Scheduling: series and occurrences ──
  meetingSeries: { roles: TEAM, vars: (t) => ({ teamId: t.teamId }) },
  meetingSeriesById: { roles: TEAM, vars: (t) => ({ id: t.meetingSeriesId }) },
  meetingOccurrence: { roles: TEAM, vars: (t) => ({ id: t.occurrenceId }) },
  teamOccurrences: { roles: TEAM, vars: (t) => ({ teamId: t.teamId, from: today(), to: isoDate(future(30)), first: 10 }) },
  steeringOccurrences: { roles: ['steeringGroup'], vars: () => ({ from: today(), to: isoDate(future(30)), first: 10 }) },
  heldPlannedStats: { roles: ['leader', 'steeringGroup'], vars: (t) => ({ from: isoDate(new Date(Date.now() - 30 * DAY)), to: isoDate(future(30)), teamId: t.teamId }) },
  createMeetingSeries: {
    roles: LEADER,
    vars: (t) => ({
      input: {
        kind: 'SUPERVISION',
        teamId: t.teamId,
        memberId: t.memberId,
        title: 'Supervision',
        rule: { frequency: 'MONTHLY', interval: 1, nth: 2, weekday: 2, count: 6 },
        startDate: today(),
        startTime: '13:00',
        durationMinutes: 90,
        place: 'Mødelokalet',
        supervisorName: 'Ekstern Supervisor',
        supervisorEmail: 'supervisor@eksempel.dk',
      },
    }),
  },
  updateMeetingSeries: { roles: LEADER, vars: (t) => ({ input: { id: t.meetingSeriesId, title: 'Sparring om forløb', place: 'Lokale 2' } }) },
  moveOccurrence: { roles: LEADER, vars: (t) => ({ input: { id: t.occurrenceId, date: isoDate(future(20)), startTime: '10:00', durationMinutes: 60 } }) },
  setSparringCase: { roles: TEAM, vars: (t) => ({ input: { occurrenceId: t.occurrenceId, presenterMemberId: t.memberId, citizenId: t.citizenId } }) },
  markOccurrenceHeld: { roles: LEADER, vars: (t) => ({ input: { id: t.pastOccurrenceId, attendeeMemberIds: [t.memberId] } }) },
  markOccurrenceNotHeld: { roles: LEADER, vars: (t) => ({ input: { id: t.pastOccurrenceId, reason: 'Sygdom' } }) },
  cancelOccurrence: { roles: LEADER, vars: (t) => ({ input: { id: t.occurrenceId, reason: 'Ferie' } }), last: true },
  reopenOccurrence: { roles: LEADER, vars: (t) => ({ id: t.occurrenceId }), last: true },
  endMeetingSeries: { roles: LEADER, vars: (t) => ({ input: { id: t.meetingSeriesId, lastDate: isoDate(future(60)) } }), last: true },

  // ── Team board ──
  addTeamBoardNote: { roles: TEAM, vars: (t) => ({ input: { entryId: t.boardEntryId, text: 'Ringede, ingen svar' } }) },
  addTeamBoardContact: { roles: TEAM, vars: (t) => ({ input: { entryId: t.boardEntryId, memberId: t.memberId, agreement: 'Besøg i morgen' } }) },
  takeCitizenOffTeamBoard: { roles: TEAM, vars: (t) => ({ input: { entryId: t.boardEntryId, reason: 'Stabil igen' } }), last: true },
  putCitizenOnTeamBoard: { roles: TEAM, vars: (t) => ({ input: { citizenId: t.citizenId, reason: 'Ny bekymring', placedOn: today() } }), last: true },

  // ── Network meetings ──
  createNetworkMeeting: {
    roles: TEAM,
    vars: (t) => ({
      input: {
        citizenId: t.citizenId,
        startsAt: iso(future(12)),
        endsAt: iso(new Date(future(12).getTime() + 3_600_000)),
        place: 'Hjemme',
        purpose: 'Netværk',
        invitedByMemberId: t.memberId,
      },
    }),
  },
  addNetworkMeetingParticipant: {
    roles: TEAM,
    vars: (t) => ({ input: { meetingId: t.networkMeetingId, name: 'Nabo', role: 'Nabo', why: 'Hjælper med indkøb' } }),
  },
  addNetworkMeetingAgendaPoint: { roles: TEAM, vars: (t) => ({ input: { meetingId: t.networkMeetingId, text: 'Bolig', fromCitizen: true } }) },
  saveNetworkMeetingPreparation: { roles: TEAM, vars: (t) => ({ input: { meetingId: t.networkMeetingId, housing: 'Vil gerne flytte' } }) },
  saveNetworkMeetingSummary: { roles: TEAM, vars: (t) => ({ input: { meetingId: t.networkMeetingId, summary: 'Godt møde' } }) },
  removeNetworkMeetingParticipant: { roles: TEAM, vars: (t) => ({ participantId: t.participantId }), last: true },

  // ── Function descriptions ──
  createFunctionRole: { roles: LEADER, vars: (t) => ({ input: { teamId: t.teamId, title: `Funktion ${unique()}` } }) },
  saveFunctionDescription: {
    roles: LEADER,
    vars: (t) => ({
      input: {
        roleId: t.functionRoleId,
        basedOnVersion: 0,
        purpose: 'Formål',
        tasksOutreach: 'Opsøgende',
        tasksPlan: 'Plan',
        tasksSupport: 'Støtte',
        tasksTransition: 'Overgang',
        professionalCompetences: 'Faglige',
        personalCompetences: 'Personlige',
      },
    }),
  },
  // ── Notifications: the viewer's own (the team's plain member owns the target's notification) ──
  markNotificationRead: { roles: ALL_MEMBER_FIRST, vars: (t) => ({ id: t.notificationId }) },
  markAllNotificationsRead: { roles: ALL_MEMBER_FIRST, vars: () => ({}) },
  // Choosing the default stores nothing: the steering group's valid call must leave the tables as they were.
  setNotificationPreference: { roles: ALL_MEMBER_FIRST, vars: () => ({ input: { kind: 'CITIZENS_NOT_SEEN', channel: 'EMAIL', enabled: false } }) },

  linkMemberToFunctionRole: { roles: LEADER, vars: (t) => ({ input: { memberId: t.memberId, roleId: t.functionRoleId } }) },

  // ── Readiness (tenant-wide: one open round in the world, both teams invited) ──
  readinessStatements: { roles: READ_IMPLEMENTATION, vars: () => ({}) },
  readinessRounds: { roles: READ_IMPLEMENTATION, vars: () => ({}) },
  readinessRound: { roles: READ_IMPLEMENTATION, vars: (t) => ({ id: t.readinessRoundId }) },
  readinessResults: { roles: READ_IMPLEMENTATION, vars: (t) => ({ roundId: t.readinessRoundId }) },
  readinessComparison: { roles: READ_IMPLEMENTATION, vars: (t) => ({ input: { roundIds: [t.readinessRoundId] } }) },
  readinessCandidates: { roles: STEERING, vars: () => ({}) },
  myReadinessRounds: { roles: ANSWER_READINESS, vars: () => ({}) },
  myReadinessRound: { roles: ANSWER_READINESS, vars: (t) => ({ roundId: t.readinessRoundId }) },
  addReadinessStatement: { roles: STEERING, writes: ['readiness_statement'], vars: () => ({ input: { driver: 'PEOPLE', text: `Udsagn ${unique()}` } }) },
  rewordReadinessStatement: { roles: STEERING, writes: ['readiness_statement'], vars: (t) => ({ input: { id: t.readinessStatementId, text: `Nyt udsagn ${unique()}` } }) },
  retireReadinessStatement: { roles: STEERING, writes: ['readiness_statement'], vars: (t) => ({ id: t.readinessStatementId }) },
  openReadinessRound: {
    roles: STEERING,
    writes: ['readiness_round', 'readiness_round_statement', 'readiness_participant'],
    vars: (t) => ({
      input: {
        title: `Parathed ${unique()}`,
        closesOn: isoDate(future(30)),
        teamIds: [t.teamId],
        people: [{ userId: t.steeringUserId, partner: false }, { userId: t.adminUserId, partner: false }, { userId: t.partnerUserId, partner: true }],
      },
    }),
  },
  saveReadinessSwot: { roles: STEERING, writes: ['readiness_round'], vars: (t) => ({ input: { roundId: t.readinessRoundId, strengths: 'Stærk ledelse' } }) },
  saveReadinessAnswers: {
    roles: ANSWER_READINESS,
    writes: ['readiness_answer'],
    vars: (t) => ({ input: { roundId: t.readinessRoundId, answers: [{ roundStatementId: t.readinessRoundStatementId, score: 4, dontKnow: false, comment: 'Godt på vej' }] } }),
  },
  // The member drafted every answer in the world; after submitting, saving is refused: last.
  submitReadinessAnswers: { roles: ANSWER_READINESS, writes: ['readiness_participant'], vars: (t) => ({ input: { roundId: t.readinessRoundId, answers: [] } }), last: true },
  closeReadinessRound: { roles: STEERING, writes: ['readiness_round'], vars: (t) => ({ id: t.readinessRoundId }), last: true },

  // ── Courses to and from regional treatment (citizen data: the citizen's team only) ──
  regionalTreatmentCourses: { roles: TEAM, vars: (t) => ({ citizenId: t.citizenId }) },
  recordRegionalReferral: { roles: TEAM, vars: (t) => ({ input: { citizenId: t.citizenId, unit: 'Afsnit D', referredOn: today() } }) },
  updateRegionalTreatmentCourse: {
    roles: TEAM,
    vars: (t) => ({ input: { id: t.transitionId, expectedVersion: 1, unit: 'Afsnit D', referredOn: REFERRED_ON, admittedOn: '2025-01-20' } }),
  },

  // ── Cooperation agreements (tenant-wide: the steering group and the admin write, everyone reads) ──
  agreements: { roles: ['steeringGroup', 'admin', 'leader', 'member'], vars: () => ({ status: 'SIGNED', partnerKind: 'DROP_IN_CENTRE' }) },
  agreement: { roles: ['steeringGroup', 'admin', 'leader', 'member'], vars: (t) => ({ id: t.agreementId }) },
  createAgreement: {
    roles: ['steeringGroup', 'admin'],
    writes: ['cooperation_agreement'],
    vars: () => ({ input: { partnerKind: 'JOBCENTER', partnerName: `Beskæftigelsesindsatsen ${unique()}`, parties: 'Direktørerne', covers: ['REFERRAL_RIGHTS'] } }),
  },
  // Stays signed (consents in other valid calls rest on it); the version is the world's first.
  updateAgreement: {
    roles: ['steeringGroup', 'admin'],
    writes: ['cooperation_agreement'],
    vars: (t) => ({
      input: {
        id: t.agreementId,
        expectedVersion: 1,
        partnerKind: 'DROP_IN_CENTRE',
        partnerName: 'Værestedet',
        parties: 'Socialchefen og værestedets leder',
        covers: ['VISITS_ON_SITE'],
        status: 'SIGNED',
        signedOn: isoDate(new Date(Date.now() - 30 * DAY)),
        reviewOn: isoDate(future(100)),
      },
    }),
  },

  // ── Implementation: phases, checklists, plan, roles (tenant-wide; the steering group manages, leaders and the admin read) ──
  implementationPhases: { roles: READ_IMPLEMENTATION, vars: () => ({}) },
  checklistItemHistory: { roles: READ_IMPLEMENTATION, vars: (t) => ({ itemId: t.checklistItemId }) },
  implementationPhaseHistory: { roles: READ_IMPLEMENTATION, vars: () => ({ phase: 'PLAN', first: 20 }) },
  implementationEvidenceOptions: { roles: STEERING, vars: () => ({}) },
  implementationPlan: { roles: READ_IMPLEMENTATION, vars: () => ({}) },
  implementationResponsibilities: { roles: READ_IMPLEMENTATION, vars: () => ({}) },
  addChecklistItem: { roles: STEERING, writes: CHECKLIST, vars: () => ({ input: { phase: 'ANCHOR', text: `Eget punkt ${unique()}`, owner: 'Styregruppen', dueOn: isoDate(future(30)) } }) },
  updateChecklistItem: { roles: STEERING, writes: CHECKLIST, vars: (t) => ({ input: { id: t.checklistItemId, version: 1, owner: 'Teamlederen', evidenceNote: 'Referat', evidenceAgreementId: t.agreementId } }) },
  setChecklistItemStatus: {
    roles: STEERING,
    writes: CHECKLIST,
    vars: (t) => ({ input: { id: t.statusItemId, version: 1, status: 'NOT_RELEVANT', reason: 'Dækket andetsteds' } }),
  },
  reopenChecklistItem: { roles: STEERING, writes: CHECKLIST, vars: (t) => ({ input: { id: t.doneItemId, version: 2, reason: 'Skal drøftes igen' } }) },
  removeChecklistItem: { roles: STEERING, writes: CHECKLIST, vars: (t) => ({ input: { id: t.removableItemId, version: 1, reason: 'Dobbelt' } }), last: true },
  revisitImplementationPhase: { roles: STEERING, writes: ['implementation_checklist_event'], vars: () => ({ input: { phase: 'DECIDE', reason: 'Ny ledelse' } }) },
  saveImplementationActivity: {
    roles: STEERING,
    writes: ['implementation_activity'],
    vars: () => ({ input: { focusArea: 'Dokumentation og data', title: `Aktivitet ${unique()}`, startsOn: today(), deadline: isoDate(future(30)) } }),
  },
  removeImplementationActivity: { roles: STEERING, writes: ['implementation_activity'], vars: (t) => ({ id: t.activityId }), last: true },
  saveResponsibility: { roles: STEERING, writes: ['implementation_responsibility'], vars: () => ({ input: { group: 'TEAM_LEADER', text: `Ansvar ${unique()}` } }) },
  removeResponsibility: { roles: STEERING, writes: ['implementation_responsibility'], vars: (t) => ({ id: t.responsibilityId }), last: true },

  // ── Method fidelity (ADR 0021): the team's staff read and drill down, its leader rates; the steering group sees scores only ──
  fidelityReport: { roles: TEAM, vars: (t) => ({ teamId: t.teamId }) },
  fidelityTrend: { roles: TEAM, vars: (t) => ({ teamId: t.teamId, weeks: 26 }) },
  fidelityDrillDown: { roles: TEAM, vars: (t) => ({ teamId: t.teamId, itemId: 'face_to_face_contacts' }) },
  steeringFidelity: { roles: STEERING, vars: () => ({}) },
  steeringFidelityTrend: { roles: STEERING, vars: () => ({ weeks: 26 }) },
  fidelityModelVersions: { roles: ['admin', 'steeringGroup', 'leader'], vars: () => ({}) },
  rateFidelityItem: { roles: LEADER, vars: (t) => ({ input: { teamId: t.teamId, itemId: 'dual_disorder_model', rating: 3, note: 'Drøftet på temadag' } }) },
  setTeamBudgetedPositions: { roles: ['leader', 'admin'], vars: (t) => ({ input: { teamId: t.teamId, fte: 8.5, from: today() } }) },
  deriveFidelityModelVersion: {
    roles: ['admin', 'steeringGroup'],
    writes: ['fidelity_model_version'],
    vars: () => ({ input: { basedOn: 'standard-2026-1', label: `Egen model ${unique()}`, overrides: [{ itemId: 'caseload_ratio', cutoffs: [40, 30, 20, 12] }] } }),
  },
  // The standard version again: the valid call changes nothing other entries rely on.
  activateFidelityModelVersion: { roles: ['admin', 'steeringGroup'], vars: () => ({ versionId: 'standard-2026-1' }) },

  // ── Group sessions (who came is citizen data: the team's staff only, as for visits) ──
  groupSessions: { roles: TEAM, vars: (t) => ({ teamId: t.teamId, first: 10 }) },
  createGroupSession: {
    roles: TEAM,
    vars: (t) => ({
      input: {
        teamId: t.teamId,
        kind: 'SOCIAL',
        title: 'Fællesspisning',
        date: isoDate(new Date(Date.now() - 2 * DAY)),
        startTime: '17:00',
        durationMinutes: 120,
        ledByMemberId: t.memberId,
        attendeeCitizenIds: [t.citizenId],
      },
    }),
  },
  updateGroupSession: {
    roles: TEAM,
    vars: (t) => ({
      input: {
        id: t.groupSessionId,
        kind: 'DUAL_DIAGNOSIS',
        title: 'Dobbeltdiagnosegruppe',
        date: isoDate(new Date(Date.now() - 2 * DAY)),
        startTime: '13:00',
        durationMinutes: 75,
        ledByMemberId: t.memberId,
        attendeeCitizenIds: [t.citizenId],
      },
    }),
  },

  // ── Ending a course (team leader): after every other entry, which rely on the citizen's open course ──
  endCitizenCourse: {
    roles: LEADER,
    vars: (t) => ({ input: { citizenId: t.citizenId, endedOn: today(), endKind: 'MOVED_AWAY', note: 'Flyttet til en anden kommune' } }),
    last: true,
  },
};

export interface FixtureCase extends Fixture {
  field: RootField;
}

/** The entry of a root field, or an error that says what to add, and where. */
export function fixtureFor(field: RootField): FixtureCase {
  const entry = OPERATION_FIXTURES[field.name];
  if (!entry) {
    throw new Error(
      `${field.kind} ${field.name} has no entry in OPERATION_FIXTURES (apps/api/src/testing/operation-fixtures.ts). ` +
        `Add one: the roles that may call it and valid variables aimed at a team's objects ` +
        `(ids from the Target of apps/api/src/testing/fixture-world.ts; add a kind of object there if it is new), ` +
        `or \`open: 'why'\` if it is reachable without logging in. The tenant-isolation, need-to-know, random-id ` +
        `and malformed-input matrices then cover it.`,
    );
  }
  return { ...entry, field };
}

/** Root fields without an entry, and entries without a root field (stale). */
export function fixtureGaps(): { missing: string[]; stale: string[] } {
  const names = new Set(rootFields().map((f) => f.name));
  return {
    missing: [...names].filter((n) => !OPERATION_FIXTURES[n]),
    stale: Object.keys(OPERATION_FIXTURES).filter((n) => !names.has(n)),
  };
}

/** Every root field with its entry; throws (naming the field) on the first one without. */
export function allFixtures(): FixtureCase[] {
  return rootFields().map(fixtureFor);
}
