/**
 * Outreach visits through the real API, PostgreSQL (RLS, application role) and the access log:
 * planning, need-to-know, logging once, typed refusals that write nothing, recurring series,
 * the "not seen" list, the citizen overview and the personal calendar feed.
 */
import { VisitOutcome, materialiseVisitSeries, visitSeriesHorizon } from '@act/db';
import { addDays, copenhagenDayBounds, copenhagenToday, copenhagenWallTimeToUtc, initialsOf, isoWeekday } from '@act/domain';
import { closeOwnerDataSource, createAgreedPlanGoal, createCitizen, createTestTenant, createVisit, ownerDataSource, type TestTenant } from '@act/db/testing';
import { createHash, randomUUID as randomUuid } from 'node:crypto';
import { type ApiHarness, startApi } from '../testing/api-harness';
import { type Cookies, errorCodes, loginAll, looksDanish, tenantChecksum } from '../testing/db-state';

const HOUR = 3_600_000;
const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY = 24 * HOUR;

const PLAN = `mutation($input: PlanVisitInput!) { planVisit(input: $input) {
  created visit { id plannedStart outcome citizen { id } participants { memberId name } }
  series { id rrule startTime durationMinutes materialisedUntil }
  doubleBookings { memberId memberName visitIds } } }`;
const LOG = `mutation($input: LogVisitOutcomeInput!) { logVisitOutcome(input: $input) {
  id outcome actualMinutes faceToFace networkTookPart outcomeNote outcomeLoggedAt } }`;
const MOVE = `mutation($input: MoveVisitInput!) { moveVisit(input: $input) { visit { id plannedStart plannedEnd } doubleBookings { memberId } } }`;
const MY_DAY = `query($date: String) { myDay(date: $date) { from to visits { id citizen { id name address { street } } participants { name } placeKind outcome } doubleBookings { memberId } } }`;
const MY_WEEK = `query($weekOf: String) { myWeek(weekOf: $weekOf) { from to visits { id plannedStart citizen { id name } participants { memberId name } } doubleBookings { memberId visitIds } } }`;
const TEAM_WEEK = `query($teamId: ID!, $weekOf: String) { teamWeek(teamId: $teamId, weekOf: $weekOf) { from to visits { id citizen { id } participants { memberId } } doubleBookings { memberId memberName visitIds } } }`;
const NOT_SEEN = `query($teamId: ID!) { notSeenCitizens(teamId: $teamId) { thresholdDays citizens { daysSince lastFaceToFaceAt nextVisitAt citizen { id name } } } }`;
const OVERVIEW = `query($id: ID!) { citizen(id: $id) { id visitOverview {
  lastVisits { id outcome } nextVisits { id plannedStart }
  measures { distinctStaffLastTwoWeeks daysSinceLastFaceToFace outsideOfficeShare weeks { week contacts faceToFaceContacts faceToFaceMinutes } } } } }`;

let api: ApiHarness;
let t: TestTenant;
let other: TestTenant;
let cookies: Cookies;

beforeAll(async () => {
  api = await startApi();
  [t, other] = await Promise.all([createTestTenant(), createTestTenant()]);
  cookies = await loginAll(api, t);
});

afterAll(async () => {
  await api?.close();
  await closeOwnerDataSource();
});

const owner = () => ownerDataSource();

function planInput(overrides: Record<string, unknown> = {}) {
  const start = new Date(Math.ceil((Date.now() + 2 * HOUR) / HOUR) * HOUR);
  return {
    citizenId: t.citizen.id,
    memberIds: [t.member.memberId],
    start: start.toISOString(),
    end: new Date(start.getTime() + HOUR).toISOString(),
    placeKind: 'HOME',
    purpose: 'Hjælp med post og indkøb',
    ...overrides,
  };
}

async function logRows(tenantId: string, operation: string): Promise<Array<{ citizen_id: string; criterion: string }>> {
  return (await owner()).query(`SELECT citizen_id, criterion FROM access_log WHERE tenant_id = $1 AND operation = $2 ORDER BY id`, [
    tenantId,
    operation,
  ]);
}

describe('planning and reading visits', () => {
  it('plans a visit with the member and shows it in their day, their week and the team week — logged', async () => {
    const res = await api.gql(PLAN, { input: planInput() }, cookies.member);
    expect(res.errors).toBeUndefined();
    const planned = res.data!.planVisit;
    expect(planned.created).toBe(1);
    expect(planned.visit.citizen.id).toBe(t.citizen.id);
    expect(planned.visit.participants).toEqual([{ memberId: t.member.memberId, name: t.member.name }]);
    const day = copenhagenToday(new Date(planned.visit.plannedStart));

    const myDay = await api.gql(MY_DAY, { date: day }, cookies.member);
    expect(myDay.data!.myDay.visits.map((v: { id: string }) => v.id)).toContain(planned.visit.id);
    expect(myDay.data!.myDay.visits[0].citizen.address.street).toBe('Testvej 1');

    const week = await api.gql(MY_WEEK, { weekOf: day }, cookies.member);
    expect(week.data!.myWeek.visits.map((v: { id: string }) => v.id)).toContain(planned.visit.id);
    // Not the leader's own week: they are not on the visit.
    const leaderWeek = await api.gql(MY_WEEK, { weekOf: day }, cookies.leader);
    expect(leaderWeek.data!.myWeek.visits.map((v: { id: string }) => v.id)).not.toContain(planned.visit.id);
    const teamWeek = await api.gql(TEAM_WEEK, { teamId: t.team.id, weekOf: day }, cookies.leader);
    expect(teamWeek.data!.teamWeek.visits.map((v: { id: string }) => v.id)).toContain(planned.visit.id);

    expect(await logRows(t.tenantId, 'visit.plan')).toEqual([
      expect.objectContaining({ citizen_id: t.citizen.id, criterion: `visit:${planned.visit.id}` }),
    ]);
    expect((await logRows(t.tenantId, 'visit.list')).map((r) => r.criterion)).toEqual(
      expect.arrayContaining([`visits:my-day:${day}`, `visits:team-week:${t.team.id}:${week.data!.myWeek.from}`]),
    );
  });

  it('warns about a double booking of the same member, and lists it in the week', async () => {
    const start = new Date(Math.ceil((Date.now() + 30 * HOUR) / HOUR) * HOUR);
    const first = await api.gql(PLAN, { input: planInput({ start: start.toISOString(), end: new Date(start.getTime() + HOUR).toISOString() }) }, cookies.member);
    expect(first.data!.planVisit.doubleBookings).toEqual([]);
    const second = await api.gql(
      PLAN,
      {
        input: planInput({
          memberIds: [t.member.memberId, t.leader.memberId],
          start: new Date(start.getTime() + HOUR / 2).toISOString(),
          end: new Date(start.getTime() + 2 * HOUR).toISOString(),
          placeKind: 'STREET',
        }),
      },
      cookies.member,
    );
    expect(second.errors).toBeUndefined();
    expect(second.data!.planVisit.doubleBookings).toEqual([
      { memberId: t.member.memberId, memberName: t.member.name, visitIds: [first.data!.planVisit.visit.id, second.data!.planVisit.visit.id] },
    ]);
    const teamWeek = await api.gql(TEAM_WEEK, { teamId: t.team.id, weekOf: copenhagenToday(start) }, cookies.leader);
    expect(teamWeek.data!.teamWeek.doubleBookings).toContainEqual(
      expect.objectContaining({ memberId: t.member.memberId, visitIds: [first.data!.planVisit.visit.id, second.data!.planVisit.visit.id] }),
    );
    // The week lists read the participants with the visits (one statement); one visit reads them
    // through the participants loader: the same members, in the same order (by name).
    const both = second.data!.planVisit.visit.id;
    const one = await api.gql(`query($id: ID!) { visit(id: $id) { participants { memberId userId name } } }`, { id: both }, cookies.member);
    const expected = one.data!.visit.participants;
    expect(expected).toHaveLength(2);
    expect(expected).toEqual(
      expect.arrayContaining([
        { memberId: t.member.memberId, userId: t.member.id, name: t.member.name },
        { memberId: t.leader.memberId, userId: t.leader.id, name: t.leader.name },
      ]),
    );
    const inWeek = async (query: string, variables: Record<string, unknown>, cookie: string, key: 'myWeek' | 'teamWeek') =>
      ((await api.gql(query, variables, cookie)).data![key].visits as Array<{ id: string; participants: unknown[] }>).find((v) => v.id === both)!.participants;
    const WEEK_PARTICIPANTS = `query($weekOf: String) { myWeek(weekOf: $weekOf) { visits { id participants { memberId userId name } } } }`;
    const TEAM_PARTICIPANTS = `query($teamId: ID!, $weekOf: String) { teamWeek(teamId: $teamId, weekOf: $weekOf) { visits { id participants { memberId userId name } } } }`;
    expect(await inWeek(WEEK_PARTICIPANTS, { weekOf: copenhagenToday(start) }, cookies.member, 'myWeek')).toEqual(expected);
    expect(await inWeek(TEAM_PARTICIPANTS, { teamId: t.team.id, weekOf: copenhagenToday(start) }, cookies.leader, 'teamWeek')).toEqual(expected);
  });

  it('moves a planned visit, but not one already logged', async () => {
    const planned = (await api.gql(PLAN, { input: planInput() }, cookies.member)).data!.planVisit.visit;
    const start = new Date(new Date(planned.plannedStart).getTime() + DAY);
    const moved = await api.gql(MOVE, { input: { visitId: planned.id, start: start.toISOString(), end: new Date(start.getTime() + HOUR).toISOString() } }, cookies.leader);
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveVisit.visit.plannedStart).toBe(start.toISOString());
    const done = await createVisit(await owner(), t.tenantId, {
      citizenId: t.citizen.id,
      memberIds: [t.member.memberId],
      start: new Date(Date.now() - 3 * DAY),
      outcome: VisitOutcome.Done,
    });
    const refused = await api.gql(MOVE, { input: { visitId: done, start: start.toISOString(), end: new Date(start.getTime() + HOUR).toISOString() } }, cookies.member);
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
  });
});

describe('need-to-know: another team and another tenant', () => {
  it("keeps the other team's visits invisible and untouchable", async () => {
    const db = await owner();
    const otherVisit = await createVisit(db, t.tenantId, {
      citizenId: t.otherCitizen.id,
      memberIds: [t.otherMember.memberId],
      start: new Date(Date.now() + HOUR),
    });
    const day = copenhagenToday(new Date(Date.now() + HOUR));
    const before = await tenantChecksum(t.tenantId);
    const teamWeek = await api.gql(TEAM_WEEK, { teamId: t.otherTeam.id, weekOf: day }, cookies.member);
    expect(errorCodes(teamWeek)).toEqual(['FORBIDDEN']);
    const notSeen = await api.gql(NOT_SEEN, { teamId: t.otherTeam.id }, cookies.leader);
    expect(errorCodes(notSeen)).toEqual(['FORBIDDEN']);
    const read = await api.gql(`query($id: ID!) { visit(id: $id) { id } }`, { id: otherVisit }, cookies.member);
    expect(errorCodes(read)).toEqual(['NOT_FOUND']);
    const logged = await api.gql(LOG, { input: { visitId: otherVisit, outcome: 'DONE', actualMinutes: 30 } }, cookies.member);
    expect(errorCodes(logged)).toEqual(['NOT_FOUND']);
    const own = await api.gql(TEAM_WEEK, { teamId: t.team.id, weekOf: day }, cookies.member);
    expect(own.data!.teamWeek.visits.map((v: { id: string }) => v.id)).not.toContain(otherVisit);
    // The refused attempts wrote nothing but their access-log rows.
    const after = await tenantChecksum(t.tenantId);
    expect({ ...after, access_log: null, user_session: null }).toEqual({ ...before, access_log: null, user_session: null });
    expect(await logRows(t.tenantId, 'visit.read.denied')).toEqual(
      expect.arrayContaining([expect.objectContaining({ citizen_id: t.otherCitizen.id, criterion: `visit:${otherVisit}` })]),
    );
    // The steering group and the admin reach no visit at all.
    for (const who of ['steeringGroup', 'admin'] as const) {
      expect(errorCodes(await api.gql(MY_WEEK, {}, cookies[who]))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql(NOT_SEEN, { teamId: t.team.id }, cookies[who]))).toEqual(['FORBIDDEN']);
    }
  });

  it("never shows another tenant's visit (RLS), not even by id", async () => {
    const foreign = await createVisit(await owner(), other.tenantId, {
      citizenId: other.citizen.id,
      memberIds: [other.member.memberId],
      start: new Date(Date.now() + HOUR),
    });
    const read = await api.gql(`query($id: ID!) { visit(id: $id) { id } }`, { id: foreign }, cookies.member);
    expect(errorCodes(read)).toEqual(['NOT_FOUND']);
    const log = await api.gql(LOG, { input: { visitId: foreign, outcome: 'CANCELLED_BY_TEAM' } }, cookies.leader);
    expect(errorCodes(log)).toEqual(['NOT_FOUND']);
    const [row] = await (await owner()).query(`SELECT outcome FROM visit WHERE id = $1`, [foreign]);
    expect(row.outcome).toBeNull();
  });
});

describe("a visit's plan goal", () => {
  it("serves a goal of the citizen's own agreed plan, and refuses another citizen's or another tenant's goal, storing nothing", async () => {
    const db = await owner();
    const own = await createAgreedPlanGoal(db, t.tenantId, t.citizen.id);
    const neighbour = await createCitizen(db, t.tenantId, t.team.id);
    const sameTeamOtherCitizen = await createAgreedPlanGoal(db, t.tenantId, neighbour.id);
    const foreignTenant = await createAgreedPlanGoal(db, other.tenantId, other.citizen.id);

    const planned = await api.gql(PLAN, { input: planInput({ goalId: own.goalId }) }, cookies.member);
    expect(planned.errors).toBeUndefined();
    const [row] = await db.query(`SELECT goal_id FROM visit WHERE id = $1`, [planned.data!.planVisit.visit.id]);
    expect(row.goal_id).toBe(own.goalId);

    const before = await tenantChecksum(t.tenantId);
    for (const goalId of [sameTeamOtherCitizen.goalId, foreignTenant.goalId, randomUuid()]) {
      for (const repeat of [undefined, { intervalWeeks: 1 }]) {
        const res = await api.gql(PLAN, { input: planInput({ goalId, ...(repeat ? { repeat } : {}) }) }, cookies.member);
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors![0].extensions).toMatchObject({ field: 'goalId' });
        expect(looksDanish(res.errors![0].message)).toBe(true);
      }
    }
    expect({ ...(await tenantChecksum(t.tenantId)), access_log: null, user_session: null }).toEqual({ ...before, access_log: null, user_session: null });
  });

  it('is checked by the database too: a foreign key, and the goal must be in an agreed plan of the same citizen and tenant', async () => {
    const db = await owner();
    const own = await createAgreedPlanGoal(db, t.tenantId, t.citizen.id);
    const neighbour = await createCitizen(db, t.tenantId, t.team.id);
    const theirs = await createAgreedPlanGoal(db, t.tenantId, neighbour.id);
    const foreign = await createAgreedPlanGoal(db, other.tenantId, other.citizen.id);
    const visitId = await createVisit(db, t.tenantId, { citizenId: t.citizen.id, memberIds: [], start: new Date(Date.now() + DAY) });
    await db.query(`UPDATE visit SET goal_id = $2 WHERE id = $1`, [visitId, own.goalId]);
    for (const goalId of [theirs.goalId, foreign.goalId]) {
      await expect(db.query(`UPDATE visit SET goal_id = $2 WHERE id = $1`, [visitId, goalId])).rejects.toThrow(/VISIT_GOAL_NOT_IN_PLAN/);
    }
    await expect(db.query(`UPDATE visit SET goal_id = $2 WHERE id = $1`, [visitId, randomUuid()])).rejects.toThrow(/VISIT_GOAL_NOT_IN_PLAN|foreign key/);
    // Moving the visit to another citizen while it serves this citizen's goal is refused as well.
    await expect(db.query(`UPDATE visit SET citizen_id = $2 WHERE id = $1`, [visitId, neighbour.id])).rejects.toThrow(/VISIT_GOAL_NOT_IN_PLAN/);
    const [row] = await db.query(`SELECT goal_id, citizen_id FROM visit WHERE id = $1`, [visitId]);
    expect(row).toEqual({ goal_id: own.goalId, citizen_id: t.citizen.id });
  });
});

describe('logging an outcome', () => {
  it('records a double tap or retry once, and refuses a different second answer', async () => {
    const visitId = await createVisit(await owner(), t.tenantId, {
      citizenId: t.citizen.id,
      memberIds: [t.member.memberId],
      start: new Date(Date.now() - HOUR),
    });
    const input = { visitId, outcome: 'DONE', actualMinutes: 50, networkTookPart: true, note: 'Vi gik en tur.' };
    const [a, b] = await Promise.all([api.gql(LOG, { input }, cookies.member), api.gql(LOG, { input }, cookies.member)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data!.logVisitOutcome).toEqual(b.data!.logVisitOutcome);
    expect(a.data!.logVisitOutcome).toMatchObject({ outcome: 'DONE', actualMinutes: 50, faceToFace: true, networkTookPart: true });
    const retry = await api.gql(LOG, { input }, cookies.member);
    expect(retry.data!.logVisitOutcome.outcomeLoggedAt).toBe(a.data!.logVisitOutcome.outcomeLoggedAt);
    const logs = (await logRows(t.tenantId, 'visit.log-outcome')).filter((r) => r.criterion === `visit:${visitId}`);
    expect(logs).toHaveLength(1);

    const before = await tenantChecksum(t.tenantId);
    const different = await api.gql(LOG, { input: { ...input, outcome: 'NOT_MET' } }, cookies.leader);
    expect(errorCodes(different)).toEqual(['CONFLICT']);
    expect(looksDanish(different.errors![0].message)).toBe(true);
    expect({ ...(await tenantChecksum(t.tenantId)), access_log: null, user_session: null }).toEqual({ ...before, access_log: null, user_session: null });
  });

  it('needs the minutes for a done visit, and refuses "done" far ahead of time', async () => {
    const future = await createVisit(await owner(), t.tenantId, {
      citizenId: t.citizen.id,
      memberIds: [t.member.memberId],
      start: new Date(Date.now() + 3 * DAY),
    });
    const noMinutes = await api.gql(LOG, { input: { visitId: future, outcome: 'DONE' } }, cookies.member);
    expect(errorCodes(noMinutes)).toEqual(['BAD_USER_INPUT']);
    const early = await api.gql(LOG, { input: { visitId: future, outcome: 'DONE', actualMinutes: 30 } }, cookies.member);
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].extensions!.field).toBe('outcome');
    const cancel = await api.gql(LOG, { input: { visitId: future, outcome: 'CANCELLED_BY_CITIZEN', note: 'Borgeren ringede afbud.' } }, cookies.member);
    expect(cancel.data!.logVisitOutcome).toMatchObject({ outcome: 'CANCELLED_BY_CITIZEN', actualMinutes: null, faceToFace: null });
  });
});

describe('bad input is a typed error and writes nothing', () => {
  const start = () => new Date(Math.ceil((Date.now() + 2 * HOUR) / HOUR) * HOUR);
  const cases: Array<[string, () => Record<string, unknown>, string, string | undefined]> = [
    ['end before start', () => ({ start: start().toISOString(), end: new Date(start().getTime() - HOUR).toISOString() }), 'BAD_USER_INPUT', 'end'],
    ['end equal to start', () => ({ start: start().toISOString(), end: start().toISOString() }), 'BAD_USER_INPUT', 'end'],
    ['longer than 12 hours', () => ({ end: new Date(start().getTime() + 13 * HOUR).toISOString() }), 'BAD_USER_INPUT', 'end'],
    ['two years ahead', () => ({ start: new Date(Date.now() + 730 * DAY).toISOString(), end: new Date(Date.now() + 730 * DAY + HOUR).toISOString() }), 'BAD_USER_INPUT', 'start'],
    ['unknown citizen', () => ({ citizenId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND', undefined],
    ["another tenant's citizen", () => ({ citizenId: other.citizen.id }), 'NOT_FOUND', undefined],
    ['citizen of another team', () => ({ citizenId: t.otherCitizen.id }), 'FORBIDDEN', undefined],
    ['member of another team', () => ({ memberIds: [t.otherMember.memberId] }), 'BAD_USER_INPUT', 'memberIds'],
    ['no members', () => ({ memberIds: [] }), 'BAD_USER_INPUT', 'memberIds'],
    ['same member twice', () => ({ memberIds: [t.member.memberId, t.member.memberId] }), 'BAD_USER_INPUT', 'memberIds'],
    ['"other" place without text', () => ({ placeKind: 'OTHER', placeText: null }), 'BAD_USER_INPUT', 'placeText'],
    ['purpose of spaces', () => ({ purpose: '   ' }), 'BAD_USER_INPUT', 'purpose'],
    ['purpose too long', () => ({ purpose: 'x'.repeat(501) }), 'BAD_USER_INPUT', 'purpose'],
    ['not a uuid', () => ({ citizenId: "x' OR 1=1 --" }), 'BAD_USER_INPUT', 'citizenId'],
    ['repeat every 5th week', () => ({ repeat: { intervalWeeks: 5 } }), 'BAD_USER_INPUT', 'repeat.intervalWeeks'],
    ['repeat until before the start', () => ({ repeat: { until: '2020-01-01' } }), 'BAD_USER_INPUT', 'repeat.until'],
    ['repeat until not a date', () => ({ repeat: { until: '2026-02-30' } }), 'BAD_USER_INPUT', 'repeat.until'],
    ['repeat on other weekdays than the first', () => ({ repeat: { weekdays: CODES.filter((_, i) => i + 1 !== isoWeekday(copenhagenToday(start()))) } }), 'BAD_USER_INPUT', 'repeat.weekdays'],
  ];
  it.each(cases)('%s', async (_label, change, code, field) => {
    const before = await tenantChecksum(t.tenantId);
    const res = await api.gql(PLAN, { input: { ...planInput(), ...change() } }, cookies.member);
    expect(res.status).toBeLessThan(500);
    expect(errorCodes(res)).toEqual([code]);
    if (field) expect(res.errors![0].extensions!.field).toBe(field);
    expect(looksDanish(res.errors![0].message)).toBe(true);
    const after = await tenantChecksum(t.tenantId);
    expect({ ...after, access_log: null, user_session: null }).toEqual({ ...before, access_log: null, user_session: null });
  });

  it('refuses bad dates and thresholds with typed errors', async () => {
    expect(errorCodes(await api.gql(MY_DAY, { date: '2026-13-01' }, cookies.member))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.gql(MY_WEEK, { weekOf: "'; DROP TABLE visit; --" }, cookies.member))).toEqual(['BAD_USER_INPUT']);
    const SET = `mutation($input: SetNotSeenThresholdInput!) { setNotSeenThreshold(input: $input) { id notSeenThresholdDays } }`;
    expect(errorCodes(await api.gql(SET, { input: { teamId: t.team.id, days: 0 } }, cookies.leader))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.gql(SET, { input: { teamId: t.team.id, days: 91 } }, cookies.leader))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.gql(SET, { input: { teamId: t.team.id, days: 10 } }, cookies.member))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(SET, { input: { teamId: t.otherTeam.id, days: 10 } }, cookies.leader))).toEqual(['FORBIDDEN']);
  });
});

describe('recurring visits', () => {
  it('creates the occurrences four weeks ahead at 10:00 local time, idempotently, and keeps a moved one', async () => {
    const firstDate = addDays(copenhagenToday(), 1);
    const s = copenhagenWallTimeToUtc(firstDate, '10:00');
    const res = await api.gql(
      PLAN,
      { input: planInput({ start: s.toISOString(), end: new Date(s.getTime() + HOUR).toISOString(), repeat: { intervalWeeks: 1 } }) },
      cookies.member,
    );
    expect(res.errors).toBeUndefined();
    const { series, created } = res.data!.planVisit;
    expect(series).toMatchObject({ startTime: '10:00', durationMinutes: 60, materialisedUntil: visitSeriesHorizon() });
    expect(series.rrule).toMatch(/^FREQ=WEEKLY;INTERVAL=1;BYDAY=(MO|TU|WE|TH|FR|SA|SU)$/);
    expect(created).toBeGreaterThanOrEqual(4);
    const db = await owner();
    const rows = await db.query(
      `SELECT id, to_char(series_date, 'YYYY-MM-DD') AS d, to_char(planned_start AT TIME ZONE 'Europe/Copenhagen', 'HH24:MI') AS local
       FROM visit WHERE series_id = $1 ORDER BY series_date`,
      [series.id],
    );
    expect(rows).toHaveLength(created);
    expect(rows.every((r: { local: string }) => r.local === '10:00')).toBe(true);
    const members = await db.query(`SELECT count(*)::int AS n FROM visit_member vm JOIN visit v ON v.id = vm.visit_id WHERE v.series_id = $1`, [series.id]);
    expect(members[0].n).toBe(created);

    // Move the second occurrence; then a top-up (as the worker does, and again) creates only the new dates.
    await db.query(`UPDATE visit SET planned_start = planned_start + interval '2 hours', planned_end = planned_end + interval '2 hours' WHERE id = $1`, [rows[1].id]);
    const further = addDays(visitSeriesHorizon(), 14);
    const runTopUp = () =>
      db.transaction(async (m) => {
        await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [t.tenantId]);
        return materialiseVisitSeries(m, series.id, further);
      });
    const [x, y] = await Promise.all([runTopUp(), runTopUp()]);
    expect(x.length + y.length).toBe(2);
    expect(await runTopUp()).toEqual([]);
    const after = await db.query(`SELECT id, planned_start FROM visit WHERE series_id = $1 ORDER BY series_date`, [series.id]);
    expect(after).toHaveLength(created + 2);
    expect(after[1].id).toBe(rows[1].id);

    // Stopping removes the future planned occurrences and creates no more.
    const stop = await api.gql(`mutation($input: StopVisitSeriesInput!) { stopVisitSeries(input: $input) { removed } }`, { input: { seriesId: series.id } }, cookies.member);
    expect(stop.data!.stopVisitSeries.removed).toBe(created + 2);
    expect(await runTopUp()).toEqual([]);
  });
});

describe('the "not seen" list and the citizen overview', () => {
  it('lists a citizen not seen for more than the threshold, longest first, and drops them once seen', async () => {
    const tt = await createTestTenant();
    const c = await loginAll(api, tt);
    const db = await owner();
    await createVisit(db, tt.tenantId, {
      citizenId: tt.citizen.id,
      memberIds: [tt.member.memberId],
      start: new Date(Date.now() - 10 * DAY),
      outcome: VisitOutcome.Done,
    });
    const list = await api.gql(NOT_SEEN, { teamId: tt.team.id }, c.member);
    expect(list.data!.notSeenCitizens.thresholdDays).toBe(7);
    expect(list.data!.notSeenCitizens.citizens.map((x: { citizen: { id: string } }) => x.citizen.id)).toEqual([tt.citizen.id]);
    expect(list.data!.notSeenCitizens.citizens[0].daysSince).toBeGreaterThanOrEqual(9);

    const SET = `mutation($input: SetNotSeenThresholdInput!) { setNotSeenThreshold(input: $input) { id notSeenThresholdDays } }`;
    const set = await api.gql(SET, { input: { teamId: tt.team.id, days: 14 } }, c.leader);
    expect(set.data!.setNotSeenThreshold.notSeenThresholdDays).toBe(14);
    expect((await api.gql(NOT_SEEN, { teamId: tt.team.id }, c.member)).data!.notSeenCitizens.citizens).toEqual([]);
    await api.gql(SET, { input: { teamId: tt.team.id, days: 7 } }, c.leader);

    // A planned visit earlier today (in Copenhagen, also just after midnight), logged as done: the citizen leaves the list.
    const earlierToday = new Date(Math.max(Date.now() - HOUR, copenhagenDayBounds(copenhagenToday()).start.getTime()));
    const visitId = await createVisit(db, tt.tenantId, { citizenId: tt.citizen.id, memberIds: [tt.member.memberId], start: earlierToday });
    await api.gql(LOG, { input: { visitId, outcome: 'DONE', actualMinutes: 45 } }, c.member);
    expect((await api.gql(NOT_SEEN, { teamId: tt.team.id }, c.member)).data!.notSeenCitizens.citizens).toEqual([]);

    const overview = await api.gql(OVERVIEW, { id: tt.citizen.id }, c.member);
    const o = overview.data!.citizen.visitOverview;
    expect(o.lastVisits.map((v: { id: string }) => v.id)[0]).toBe(visitId);
    expect(o.measures.daysSinceLastFaceToFace).toBe(0);
    expect(o.measures.distinctStaffLastTwoWeeks).toBe(1);
    expect(o.measures.weeks).toHaveLength(4);
    expect(o.measures.weeks.at(-1)).toMatchObject({ faceToFaceContacts: 1, faceToFaceMinutes: 45 });
    expect(o.measures.outsideOfficeShare).toBe(1);
  });

  it('puts never-seen citizens first', async () => {
    const tt = await createTestTenant();
    const c = await loginAll(api, tt);
    const db = await owner();
    const seenLongAgo = (await db.query(
      `INSERT INTO citizen (tenant_id, team_id, name, cpr, status, version) VALUES ($1, $2, 'Lang Tid', '0101901239', 'active', 1) RETURNING id`,
      [tt.tenantId, tt.team.id],
    ))[0].id;
    await createVisit(db, tt.tenantId, { citizenId: seenLongAgo, memberIds: [tt.member.memberId], start: new Date(Date.now() - 30 * DAY), outcome: VisitOutcome.Done });
    const list = await api.gql(NOT_SEEN, { teamId: tt.team.id }, c.leader);
    expect(list.data!.notSeenCitizens.citizens.map((x: { citizen: { id: string }; daysSince: number | null }) => [x.citizen.id, x.daysSince])).toEqual([
      [tt.citizen.id, null],
      [seenLongAgo, 30],
    ]);
  });
});

describe('statement counts do not grow with the data', () => {
  it('"not seen" and "my week" cost the same for 5 and 60 citizens with visits', async () => {
    const measure = async (n: number) => {
      const tt = await createTestTenant();
      const c = await loginAll(api, tt);
      const db = await owner();
      const ids: string[] = (await db.query(
        `INSERT INTO citizen (tenant_id, team_id, name, cpr, status, version)
         SELECT $1, $2, 'Tælleborger ' || lpad(i::text, 3, '0'), lpad((1000000000 + i * 7919 + $4)::text, 10, '0'), 'active', 1
         FROM generate_series(1, $3::int) AS i RETURNING id`,
        [tt.tenantId, tt.team.id, n, Math.floor(Math.random() * 1e6) * 100],
      )).map((r: { id: string }) => r.id);
      // Per citizen: one old done visit (so they are on the list) and one this week for the member.
      await db.query(
        `WITH v AS (
           INSERT INTO visit (tenant_id, citizen_id, planned_start, planned_end, place_kind, outcome, actual_minutes, face_to_face, outcome_logged_at)
           SELECT $1::uuid, c, now() - interval '20 days', now() - interval '20 days' + interval '1 hour', 'home'::visit_place_kind, 'done'::visit_outcome, 60, true, now() FROM unnest($2::uuid[]) c
           UNION ALL
           SELECT $1::uuid, c, now() + interval '5 minutes', now() + interval '65 minutes', 'street'::visit_place_kind, NULL::visit_outcome, NULL::int, NULL::boolean, NULL::timestamptz FROM unnest($2::uuid[]) c
           RETURNING id)
         INSERT INTO visit_member (visit_id, member_id, tenant_id) SELECT v.id, $3::uuid, $1::uuid FROM v`,
        [tt.tenantId, ids, tt.member.memberId],
      );
      const notSeen = await api.countQueries(async () => {
        const res = await api.gql(NOT_SEEN.replace('citizen { id name }', 'citizen { id name cprMasked address { street } }'), { teamId: tt.team.id }, c.member);
        expect(res.data!.notSeenCitizens.citizens.length).toBeGreaterThanOrEqual(n);
      });
      const week = await api.countQueries(async () => {
        const res = await api.gql(MY_WEEK, {}, c.member);
        expect(res.data!.myWeek.visits.length).toBeGreaterThanOrEqual(Math.min(n, 1));
      });
      const overview = await api.countQueries(async () => {
        await api.gql(`query($teamId: ID!) { notSeenCitizens(teamId: $teamId) { citizens { citizen { id visitOverview { lastVisits { id participants { name } } nextVisits { id } measures { daysSinceLastFaceToFace } } } } } }`, { teamId: tt.team.id }, c.member);
      });
      return { notSeen, week, overview };
    };
    const small = await measure(5);
    const large = await measure(60);
    expect(large).toEqual(small);
  });
});

describe('the personal calendar feed', () => {
  const base = () => api.url.replace(/\/graphql$/, '');
  const CREATE = `mutation { createCalendarFeed { path createdAt } }`;

  it('serves initials and place only, logs the read, stores only the hash, and stops when revoked', async () => {
    const tt = await createTestTenant();
    const c = await loginAll(api, tt);
    const db = await owner();
    await createVisit(db, tt.tenantId, {
      citizenId: tt.citizen.id,
      memberIds: [tt.member.memberId],
      start: new Date(Date.now() + DAY),
      placeKind: 'drop_in_centre' as never,
    });
    const created = await api.gql(CREATE, {}, c.member);
    const path: string = created.data!.createCalendarFeed.path;
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = path.slice('/calendar/'.length, -'.ics'.length);
    const stored = await db.query(`SELECT token_hash FROM calendar_feed WHERE user_id = $1`, [tt.member.id]);
    expect(stored).toHaveLength(1);
    expect(Buffer.compare(stored[0].token_hash, createHash('sha256').update(token).digest())).toBe(0);
    expect(JSON.stringify(await db.query(`SELECT * FROM calendar_feed WHERE user_id = $1`, [tt.member.id]))).not.toContain(token);

    const res = await fetch(base() + path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const body = await res.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain(`SUMMARY:Besøg ${initialsOf(tt.citizen.name)}`);
    expect(body).toContain('LOCATION:Værested');
    expect(body).not.toContain(tt.citizen.name);
    expect(body).not.toContain(tt.citizen.cpr);
    expect(body).not.toContain('Testvej');
    expect(await logRows(tt.tenantId, 'visit.calendar-feed')).toEqual([expect.objectContaining({ citizen_id: tt.citizen.id })]);

    // Another user's feed does not show this member's visits; a new address revokes the old one.
    const again = await api.gql(CREATE, {}, c.member);
    expect((await fetch(base() + path)).status).toBe(404);
    const newPath = again.data!.createCalendarFeed.path;
    expect((await fetch(base() + newPath)).status).toBe(200);
    const revoked = await api.gql(`mutation { revokeCalendarFeed { active } }`, {}, c.member);
    expect(revoked.data!.revokeCalendarFeed.active).toBe(false);
    expect((await fetch(base() + newPath)).status).toBe(404);
    expect((await fetch(`${base()}/calendar/not-a-token.ics`)).status).toBe(404);
    expect(errorCodes(await api.gql(CREATE, {}, c.steeringGroup))).toEqual(['FORBIDDEN']);
  });
});
