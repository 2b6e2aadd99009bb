/**
 * A tenant with one object of every kind on each of its two teams, for the generated safety
 * matrices: createTestTenant (packages/db/src/testing) for users, teams, members and citizens,
 * then the rest through the API as each team's own leader, as a user would create it.
 */
import { randomUUID } from 'node:crypto';
import { Role } from '@act/db';
import { addTeamMember, createSession, createTestTenant, createUser, ownerDataSource, shortId, type TestTenant } from '@act/db/testing';
import type { ApiHarness } from './api-harness';
import { type Cookies, loginAll } from './db-state';

/** The ids of one team's objects: what a fixture needs to aim an operation at that team. */
export interface TeamIds {
  teamId: string;
  citizenId: string;
  /** The team leader's user and membership. */
  leaderUserId: string;
  leaderMemberId: string;
  /** A plain member of the team (the leader for team 2, which has one member). */
  memberId: string;
  memberUserId: string;
  meetingId: string;
  itemId: string;
  taskId: string;
  carePlanVersionId: string;
  visitId: string;
  seriesId: string;
  relativeId: string;
  consentId: string;
  networkMeetingId: string;
  participantId: string;
  boardEntryId: string;
  functionRoleId: string;
  /** A notification of the team's plain member (written by the worker in real life). */
  notificationId: string;
  /** A second live session of the team's plain member (another browser of theirs), to end. */
  sessionId: string;
  /** A weekly sparring series that began three days ago, one of its future occurrences and one already started. */
  meetingSeriesId: string;
  occurrenceId: string;
  pastOccurrenceId: string;
  /** A course to regional treatment of the team's citizen, referred on REFERRED_ON (version 1). */
  transitionId: string;
  /** A dual-diagnosis group session held yesterday, led by the team's plain member, the citizen attending. */
  groupSessionId: string;
  /** A member with no citizens, who may leave the team (staffing history). */
  leaverMemberId: string;
}

/** Tenant-wide ids. */
export interface TenantIds {
  tenantId: string;
  lifeAreaId: string;
  adminUserId: string;
  /** A user nobody logs in as, to disable. */
  spareUserId: string;
  /** The citizen's CPR on team 1 (accessLogExtract takes a CPR, not an id). */
  cpr: string;
  /** The steering-group user, and a partner with a login (a user on no team). */
  steeringUserId: string;
  partnerUserId: string;
  /** An open readiness round (both teams, the steering group, the admin and the partner invited), one of its statements, a catalogue statement. */
  readinessRoundId: string;
  readinessRoundStatementId: string;
  readinessStatementId: string;
  /** A signed cooperation agreement (made by the steering group). */
  agreementId: string;
  /** The steering group's implementation records: own checklist items (one per mutation that changes one), an activity, a roles line. */
  checklistItemId: string;
  statusItemId: string;
  /** An own item already done (to reopen). */
  doneItemId: string;
  removableItemId: string;
  activityId: string;
  responsibilityId: string;
}

/**
 * The keys of TenantIds: objects of the whole tenant, the same in team 1's and team 2's target.
 * They are not "team 2's" objects (a team 1 caller may reach them), and a tenant's secrets.
 */
export const TENANT_ID_KEYS = [
  'tenantId',
  'lifeAreaId',
  'adminUserId',
  'spareUserId',
  'steeringUserId',
  'partnerUserId',
  'readinessRoundId',
  'readinessRoundStatementId',
  'readinessStatementId',
  'agreementId',
  'checklistItemId',
  'statusItemId',
  'doneItemId',
  'removableItemId',
  'activityId',
  'responsibilityId',
] as const satisfies ReadonlyArray<Exclude<keyof TenantIds, 'cpr'>>;

/** The ids of a target that belong to its team (not the tenant-wide ones, not the CPR). */
export function teamIdsOf(t: Target): string[] {
  const tenantWide = new Set<string>([...TENANT_ID_KEYS, 'cpr']);
  return Object.entries(t)
    .filter(([k]) => !tenantWide.has(k))
    .map(([, v]) => v);
}

/** What a fixture builds variables from: one team's ids plus the tenant's. */
export interface Target extends TeamIds, TenantIds {}

export interface World {
  tenant: TestTenant;
  cookies: Cookies & { otherLeader: string };
  ids: TenantIds;
  team1: Target;
  team2: Target;
}

export const DAY = 86_400_000;
/** A Monday 08:00 UTC two to three weeks ahead: in the future, and within the API's one-year planning window. */
export const FUTURE = (() => {
  const d = new Date(Date.now() + 14 * DAY);
  d.setUTCHours(8, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7));
  return d;
})();
export const iso = (d: Date) => d.toISOString();
/** The referral date of each team's course to regional treatment (fixed, so a fixture can send it back). */
export const REFERRED_ON = '2025-01-06';
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

async function must(api: ApiHarness, cookie: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await api.gql(query, variables, cookie);
  if (res.errors?.length) throw new Error(`fixture world: ${query.slice(0, 60)}… → ${JSON.stringify(res.errors)}`);
  return res.data;
}

async function seedTeam(api: ApiHarness, cookie: string, base: Omit<TeamIds, 'meetingId' | 'itemId' | 'taskId' | 'carePlanVersionId' | 'visitId' | 'seriesId' | 'relativeId' | 'consentId' | 'networkMeetingId' | 'participantId' | 'boardEntryId' | 'functionRoleId' | 'notificationId' | 'sessionId' | 'meetingSeriesId' | 'occurrenceId' | 'pastOccurrenceId' | 'transitionId' | 'groupSessionId'>): Promise<Omit<TeamIds, 'notificationId' | 'sessionId'>> {
  const run = (q: string, input: Record<string, unknown>) => must(api, cookie, q, { input });
  const start = new Date(FUTURE.getTime() + 2 * DAY);
  const meeting = await run(`mutation($input: CreateTeamMeetingInput!) { createTeamMeeting(input: $input) { id } }`, {
    teamId: base.teamId,
    startsAt: iso(start),
    endsAt: iso(new Date(start.getTime() + 3_600_000)),
    place: 'Mødelokalet',
  });
  const meetingId = meeting.createTeamMeeting.id as string;
  const withItem = await run(`mutation($input: AddMeetingItemInput!) { addTeamMeetingItem(input: $input) { items { id } } }`, {
    meetingId,
    citizenId: base.citizenId,
    title: 'Opfølgning',
  });
  const itemId = withItem.addTeamMeetingItem.items[0].id as string;
  const task = await run(`mutation($input: AddFollowUpTaskInput!) { addFollowUpTask(input: $input) { id } }`, {
    itemId,
    assigneeMemberId: base.memberId,
    description: 'Ring til borgeren',
    dueDate: isoDate(new Date(FUTURE.getTime() + 7 * DAY)),
  });
  const plan = await run(`mutation($input: CitizenRefInput!) { startCarePlanDraft(input: $input) { id } }`, { citizenId: base.citizenId });
  const visitStart = new Date(FUTURE.getTime() + 3 * DAY);
  const visit = await run(`mutation($input: PlanVisitInput!) { planVisit(input: $input) { visit { id } series { id } } }`, {
    citizenId: base.citizenId,
    start: iso(visitStart),
    end: iso(new Date(visitStart.getTime() + 3_600_000)),
    memberIds: [base.memberId],
    placeKind: 'HOME',
    repeat: { intervalWeeks: 1, until: isoDate(new Date(visitStart.getTime() + 21 * DAY)) },
  });
  const relative = await run(`mutation($input: AddRelativeInput!) { addRelative(input: $input) { id } }`, {
    citizenId: base.citizenId,
    name: `Pårørende ${shortId()}`,
    relation: 'Søster',
    wantsInvolved: true,
  });
  const consent = await run(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
    citizenId: base.citizenId,
    partner: 'Jobcenter',
    purpose: 'Samarbejde om job',
    validFrom: isoDate(new Date(Date.now() - DAY)),
  });
  const nm = await run(`mutation($input: CreateNetworkMeetingInput!) { createNetworkMeeting(input: $input) { id } }`, {
    citizenId: base.citizenId,
    startsAt: iso(new Date(FUTURE.getTime() + 4 * DAY)),
    endsAt: iso(new Date(FUTURE.getTime() + 4 * DAY + 3_600_000)),
    place: 'Hjemme',
    purpose: 'Netværksmøde',
    invitedByMemberId: base.memberId,
  });
  const networkMeetingId = nm.createNetworkMeeting.id as string;
  const withParticipant = await run(`mutation($input: AddNetworkParticipantInput!) { addNetworkMeetingParticipant(input: $input) { participants { id } } }`, {
    meetingId: networkMeetingId,
    name: `Deltager ${shortId()}`,
    role: 'Ven',
    why: 'Borgeren ønsker det',
  });
  const entry = await run(`mutation($input: PutOnTeamBoardInput!) { putCitizenOnTeamBoard(input: $input) { id } }`, {
    citizenId: base.citizenId,
    reason: 'Bekymring',
    placedOn: isoDate(new Date()),
  });
  const role = await run(`mutation($input: CreateFunctionRoleInput!) { createFunctionRole(input: $input) { id } }`, {
    teamId: base.teamId,
    title: `Funktion ${shortId()}`,
  });
  await run(`mutation($input: AssignPrimaryContactInput!) { assignPrimaryContact(input: $input) { id } }`, {
    citizenId: base.citizenId,
    memberId: base.memberId,
  });
  await run(`mutation($input: SetMeetingRhythmInput!) { setTeamMeetingRhythm(input: $input) { teamId } }`, {
    teamId: base.teamId,
    cadence: 'WEEKLY',
    weekday: 4,
    startTime: '13:00',
    endTime: '14:00',
    place: 'Mødelokalet',
    reviewEveryMeetings: 4,
  });
  const seriesStart = isoDate(new Date(Date.now() - 3 * DAY));
  const sparring = await run(
    `mutation($input: CreateMeetingSeriesInput!) { createMeetingSeries(input: $input) { id nextOccurrences(first: 3) { id startsAt } } }`,
    {
      kind: 'SPARRING',
      teamId: base.teamId,
      title: 'Sparring',
      rule: { frequency: 'WEEKLY', interval: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] },
      startDate: seriesStart,
      startTime: '07:00',
      durationMinutes: 60,
      place: 'Mødelokalet',
    },
  );
  const course = await run(`mutation($input: RecordRegionalReferralInput!) { recordRegionalReferral(input: $input) { id } }`, {
    citizenId: base.citizenId,
    unit: `Dobbeltdiagnoseafsnittet ${shortId()}`,
    referredOn: REFERRED_ON,
  });
  const meetingSeriesId = sparring.createMeetingSeries.id as string;
  const upcoming = (sparring.createMeetingSeries.nextOccurrences as Array<{ id: string; startsAt: string }>).filter((o) => Date.parse(o.startsAt) > Date.now());
  const past = await must(api, cookie, `query($teamId: ID!, $from: String!, $to: String!) { teamOccurrences(teamId: $teamId, from: $from, to: $to, kinds: [SPARRING], first: 1) { edges { node { id } } } }`, {
    teamId: base.teamId,
    from: seriesStart,
    to: seriesStart,
  });
  const group = await run(`mutation($input: CreateGroupSessionInput!) { createGroupSession(input: $input) { id } }`, {
    teamId: base.teamId,
    kind: 'DUAL_DIAGNOSIS',
    title: 'Dobbeltdiagnosegruppe',
    date: isoDate(new Date(Date.now() - 2 * DAY)),
    startTime: '13:00',
    durationMinutes: 90,
    ledByMemberId: base.memberId,
    attendeeCitizenIds: [base.citizenId],
  });
  return {
    ...base,
    meetingId,
    itemId,
    taskId: task.addFollowUpTask.id,
    carePlanVersionId: plan.startCarePlanDraft.id,
    visitId: visit.planVisit.visit.id,
    seriesId: visit.planVisit.series.id,
    relativeId: relative.addRelative.id,
    consentId: consent.recordConsent.id,
    networkMeetingId,
    participantId: withParticipant.addNetworkMeetingParticipant.participants[0].id,
    boardEntryId: entry.putCitizenOnTeamBoard.id,
    functionRoleId: role.createFunctionRole.id,
    meetingSeriesId,
    occurrenceId: upcoming[0].id,
    pastOccurrenceId: past.teamOccurrences.edges[0].node.id,
    transitionId: course.recordRegionalReferral.id,
    groupSessionId: group.createGroupSession.id,
  };
}

/**
 * The steering group opens a readiness round for both teams and three people (the last as a
 * partner); the team 1 member drafts an answer to every statement, so that submitting works.
 */
async function seedReadiness(
  api: ApiHarness,
  cookies: Cookies,
  teamIds: string[],
  [steering, admin, partner]: string[],
): Promise<Pick<TenantIds, 'readinessRoundId' | 'readinessRoundStatementId' | 'readinessStatementId'>> {
  const opened = await must(api, cookies.steeringGroup, `mutation($input: OpenReadinessRoundInput!) { openReadinessRound(input: $input) { id statements { id statementId } } }`, {
    input: {
      title: 'Parathed',
      closesOn: isoDate(new Date(FUTURE.getTime() + 30 * DAY)),
      teamIds,
      people: [{ userId: steering, partner: false }, { userId: admin, partner: false }, { userId: partner, partner: true }],
    },
  });
  const round = opened.openReadinessRound as { id: string; statements: Array<{ id: string; statementId: string }> };
  await must(api, cookies.member, `mutation($input: SaveReadinessAnswersInput!) { saveReadinessAnswers(input: $input) { answered } }`, {
    input: { roundId: round.id, answers: round.statements.map((s) => ({ roundStatementId: s.id, score: 4, dontKnow: false })) },
  });
  return { readinessRoundId: round.id, readinessRoundStatementId: round.statements[0].id, readinessStatementId: round.statements[1].statementId };
}

type ImplementationIds = Pick<TenantIds, 'checklistItemId' | 'statusItemId' | 'doneItemId' | 'removableItemId' | 'activityId' | 'responsibilityId'>;

/** The steering group's implementation records, made as the steering group (this also writes the guide's defaults). */
async function seedImplementation(api: ApiHarness, cookie: string): Promise<ImplementationIds> {
  const add = async (text: string): Promise<string> =>
    (await must(api, cookie, `mutation($input: AddChecklistItemInput!) { addChecklistItem(input: $input) { id } }`, { input: { phase: 'PLAN', text } }))
      .addChecklistItem.id;
  const [checklistItemId, statusItemId, doneItemId, removableItemId] = [await add('Eget punkt'), await add('Status'), await add('Klaret'), await add('Fjernes')];
  await must(api, cookie, `mutation($input: SetChecklistStatusInput!) { setChecklistItemStatus(input: $input) { id } }`, {
    input: { id: doneItemId, version: 1, status: 'DONE' },
  });
  const activity = await must(api, cookie, `mutation($input: SaveActivityInput!) { saveImplementationActivity(input: $input) { id } }`, {
    input: { focusArea: 'Uddannelse og supervision', title: 'Grundkursus' },
  });
  const roles = await must(api, cookie, `mutation($input: SaveResponsibilityInput!) { saveResponsibility(input: $input) { group lines { id fromGuide } } }`, {
    input: { group: 'PARTNERS', text: 'Eget ansvar' },
  });
  const partners = (roles.saveResponsibility as Array<{ group: string; lines: Array<{ id: string; fromGuide: boolean }> }>).find((g) => g.group === 'PARTNERS')!;
  return {
    checklistItemId,
    statusItemId,
    doneItemId,
    removableItemId,
    activityId: activity.saveImplementationActivity.id,
    responsibilityId: partners.lines.find((l) => !l.fromGuide)!.id,
  };
}

/** A fresh tenant with every kind of object on both teams, and every role logged in. */
export async function createWorld(api: ApiHarness): Promise<World> {
  const tenant = await createTestTenant();
  const owner = await ownerDataSource();
  // The factory names users "Test admin" etc. in every tenant; give each a name of its own, so
  // that finding a name in an answer means finding this tenant's data.
  for (const u of [tenant.admin, tenant.steeringGroup, tenant.leader, tenant.member, tenant.otherMember]) {
    u.name = `${u.name} ${shortId()}`;
    await owner.query(`UPDATE app_user SET name = $1 WHERE id = $2`, [u.name, u.id]);
  }
  // Team 2 has only a plain member; give it a leader so that its objects can be made via the API.
  const otherLeader = await createUser(owner, tenant.tenantId, { role: Role.TeamLeader, name: `Leder 2 ${shortId()}` });
  const otherLeaderMember = await addTeamMember(owner, tenant.tenantId, tenant.otherTeam.id, otherLeader.id, { isTeamLeader: true });
  const spare = await createUser(owner, tenant.tenantId, { role: Role.TeamMember, name: `Reserve ${shortId()}` });
  // A member on each team with no citizens, who may leave (the staffing history's mutations).
  const leaver = async (teamId: string) => {
    const u = await createUser(owner, tenant.tenantId, { role: Role.TeamMember, name: `Fratræder ${shortId()}` });
    return (await addTeamMember(owner, tenant.tenantId, teamId, u.id, { fte: 0.5 })).id;
  };
  const [leaver1, leaver2] = [await leaver(tenant.team.id), await leaver(tenant.otherTeam.id)];
  const [cookies, otherLeaderCookie] = await Promise.all([loginAll(api, tenant), api.login(otherLeader.email, tenant.password)]);
  const partner = await createUser(owner, tenant.tenantId, { role: Role.TeamMember, name: `Partner ${shortId()}` });
  const [area] = await owner.query(`SELECT id FROM life_area WHERE tenant_id = $1 ORDER BY id LIMIT 1`, [tenant.tenantId]);
  const readiness = await seedReadiness(api, cookies, [tenant.team.id, tenant.otherTeam.id], [tenant.steeringGroup.id, tenant.admin.id, partner.id]);
  const agreement = await must(api, cookies.steeringGroup, `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }`, {
    input: {
      partnerKind: 'DROP_IN_CENTRE',
      partnerName: `Værestedet ${shortId()}`,
      parties: 'Socialchefen og værestedets leder',
      covers: ['VISITS_ON_SITE', 'INFORMATION_SHARING'],
      status: 'SIGNED',
      signedOn: isoDate(new Date(Date.now() - 30 * DAY)),
      reviewOn: isoDate(new Date(Date.now() + 300 * DAY)),
    },
  });
  const ids: TenantIds = {
    tenantId: tenant.tenantId,
    lifeAreaId: area.id,
    adminUserId: tenant.admin.id,
    spareUserId: spare.id,
    cpr: tenant.citizen.cpr,
    steeringUserId: tenant.steeringGroup.id,
    partnerUserId: partner.id,
    ...readiness,
    agreementId: agreement.createAgreement.id,
    ...(await seedImplementation(api, cookies.steeringGroup)),
  };
  const [t1, t2] = await Promise.all([
    seedTeam(api, cookies.leader, {
      teamId: tenant.team.id,
      citizenId: tenant.citizen.id,
      leaderUserId: tenant.leader.id,
      leaderMemberId: tenant.leader.memberId,
      memberId: tenant.member.memberId,
      memberUserId: tenant.member.id,
      leaverMemberId: leaver1,
    }),
    seedTeam(api, otherLeaderCookie, {
      teamId: tenant.otherTeam.id,
      citizenId: tenant.otherCitizen.id,
      leaderUserId: otherLeader.id,
      leaderMemberId: otherLeaderMember.id,
      memberId: tenant.otherMember.memberId,
      memberUserId: tenant.otherMember.id,
      leaverMemberId: leaver2,
    }),
  ]);
  // Notifications are the worker's to write: one per team, to its plain member, about their task.
  const notify = async (t: Omit<TeamIds, 'notificationId' | 'sessionId'>): Promise<string> => {
    const [row] = await owner.query(
      `INSERT INTO notification (tenant_id, user_id, kind, subject_id, team_id, occurs_at, dedupe_key)
       VALUES ($1, $2, 'follow_up_task_due', $3, $4, now(), $5) RETURNING id`,
      [tenant.tenantId, t.memberUserId, t.taskId, t.teamId, `fixture:${t.taskId}`],
    );
    return row.id as string;
  };
  // A login of the team's plain member on another device.
  const secondSession = async (t: Omit<TeamIds, 'notificationId' | 'sessionId'>): Promise<string> =>
    (await createSession(owner, tenant.tenantId, t.memberUserId)).session.id;
  return {
    tenant,
    cookies: { ...cookies, otherLeader: otherLeaderCookie },
    ids,
    team1: { ...t1, ...ids, notificationId: await notify(t1), sessionId: await secondSession(t1) },
    team2: { ...t2, ...ids, cpr: tenant.otherCitizen.cpr, notificationId: await notify(t2), sessionId: await secondSession(t2) },
  };
}

/** A target whose every id is a fresh random uuid: nothing with these ids exists anywhere. */
export function randomTarget(): Target {
  const id = () => randomUUID();
  return {
    tenantId: id(),
    lifeAreaId: id(),
    adminUserId: id(),
    spareUserId: id(),
    cpr: '0101011234',
    steeringUserId: id(),
    partnerUserId: id(),
    readinessRoundId: id(),
    readinessRoundStatementId: id(),
    readinessStatementId: id(),
    agreementId: id(),
    checklistItemId: id(),
    statusItemId: id(),
    doneItemId: id(),
    removableItemId: id(),
    activityId: id(),
    responsibilityId: id(),
    teamId: id(),
    citizenId: id(),
    leaderUserId: id(),
    leaderMemberId: id(),
    memberId: id(),
    leaverMemberId: id(),
    memberUserId: id(),
    meetingId: id(),
    itemId: id(),
    taskId: id(),
    carePlanVersionId: id(),
    visitId: id(),
    seriesId: id(),
    relativeId: id(),
    consentId: id(),
    networkMeetingId: id(),
    participantId: id(),
    boardEntryId: id(),
    functionRoleId: id(),
    notificationId: id(),
    sessionId: id(),
    meetingSeriesId: id(),
    occurrenceId: id(),
    pastOccurrenceId: id(),
    transitionId: id(),
    groupSessionId: id(),
  };
}

/** Every id of a target (to look for in answers and to tell id fields apart). */
export function idsOf(t: Target): string[] {
  return Object.entries(t)
    .filter(([k]) => k !== 'cpr')
    .map(([, v]) => v);
}
