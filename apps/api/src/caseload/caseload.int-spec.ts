/**
 * The caseload capability through GraphQL, as the real API runs it (application role, RLS,
 * request transactions, audit): the leader's balancing view, assigning and reassigning primary
 * contacts under the max-10 rule, FTE changes, time-limited exceptions, rebalancing proposals,
 * admission criteria, and who may do what.
 */
import { CitizenStatus, Role } from '@act/db';
import {
  addTeamMember,
  createCitizen,
  createTestTenant,
  createUser,
  ownerDataSource,
  type TestTenant,
} from '@act/db/testing';
import { toCopenhagenIsoDate } from '@act/domain';
import { type ApiHarness, type GqlResult } from '../testing/api-harness';
import { useApiSuite } from '../testing/api-suite';
import { type Cookies, errorCodes, loginAll, looksDanish } from '../testing/db-state';

const TEAM_CASELOAD = `query($id: ID!) { teamCaseload(teamId: $id) {
  teamId teamName activeCitizens primaryFte ratio ratioWithinLimit
  members { member { id fte } name load capacity allowed utilisation overCapacity
            exception { id extra reason validUntil grantedByName } citizens { id name } }
  waiting { citizen { id name status } daysWaiting admission { allMet } }
} }`;
const ASSIGN = `mutation($input: AssignPrimaryContactInput!) { assignPrimaryContact(input: $input) {
  id status
  primaryContact { id memberId memberName assignedByName endedAt }
  primaryContactHistory { id memberId memberName assignedByName startedAt endedAt endReason }
} }`;
const END = `mutation($input: EndPrimaryContactInput!) { endPrimaryContact(input: $input) {
  id status primaryContact { id } primaryContactHistory { memberId endedAt endReason } } }`;
const SET_FTE = `mutation($input: SetMemberFteInput!) { setMemberFte(input: $input) { id fte } }`;
const UPDATE_MEMBER = `mutation($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { id fte } }`;
const GRANT = `mutation($input: GrantCaseloadExceptionInput!) { grantCaseloadException(input: $input) {
  id memberId extra reason validFrom validUntil grantedByName } }`;
const PROPOSE = `query($id: ID!) { proposeRebalancing(teamId: $id) {
  moves { citizenId citizenName fromMemberId fromMemberName toMemberId toMemberName reason basis }
  stillOver stillWaiting } }`;
const SUMMARIES = `{ caseloadSummaries { teamId teamName suppressed activeCitizens primaryFte ratio waiting membersOverCapacity exceptionsInForce } }`;
const RECORD_ADMISSION = `mutation($input: RecordAdmissionInput!) { recordAdmission(input: $input) {
  id admission { isAdult hasMentalIllness hasSubstanceUse notHeldByOrdinaryServices wantsSupport note allMet assessedAt } } }`;
const UPDATE_CITIZEN = `mutation($input: UpdateCitizenInput!) { updateCitizen(input: $input) {
  id status primaryContact { id memberId } } }`;
const CITIZEN = `query($id: ID!) { citizen(id: $id) { id status primaryContact { id memberId memberName } } }`;

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDaysAhead = (days: number) => toCopenhagenIsoDate(new Date(Date.now() + days * DAY_MS));

type MemberCaseload = {
  member: { id: string; fte: number };
  name: string;
  load: number;
  capacity: number;
  allowed: number;
  utilisation: number | null;
  overCapacity: boolean;
  exception: { id: string; extra: number; reason: string; validUntil: string; grantedByName: string } | null;
  citizens: Array<{ id: string; name: string }>;
};

describe('caseload through GraphQL', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;

  useApiSuite((s) => ({ api, t, c } = s));

  // ---- helpers --------------------------------------------------------------------------------

  /** A new member on a team (owner role), with a recognisable name. */
  async function newMember(tenant: TestTenant, teamId: string, fte: number, name: string) {
    const owner = await ownerDataSource();
    const user = await createUser(owner, tenant.tenantId, { role: Role.TeamMember, name });
    const m = await addTeamMember(owner, tenant.tenantId, teamId, user.id, { fte });
    return { memberId: m.id, userId: user.id, name };
  }

  async function newCitizens(tenant: TestTenant, teamId: string, n: number, status = CitizenStatus.Referred): Promise<string[]> {
    const owner = await ownerDataSource();
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await createCitizen(owner, tenant.tenantId, teamId, { status })).id);
    return ids;
  }

  async function openRows(tenantId: string): Promise<number> {
    const [row] = await (await ownerDataSource()).query(
      `SELECT count(*)::int AS n FROM primary_assignment WHERE tenant_id = $1`,
      [tenantId],
    );
    return row.n;
  }

  const assign = (citizenId: string, memberId: string, cookie = c.leader) =>
    api.gql(ASSIGN, { input: { citizenId, memberId } }, cookie);

  async function assignOk(citizenId: string, memberId: string, cookie = c.leader) {
    const res = await assign(citizenId, memberId, cookie);
    expect(res.errors).toBeUndefined();
    return res.data!.assignPrimaryContact;
  }

  async function caseload(teamId: string, cookie = c.leader) {
    const res = await api.gql(TEAM_CASELOAD, { id: teamId }, cookie);
    expect(res.errors).toBeUndefined();
    return res.data!.teamCaseload as {
      members: MemberCaseload[];
      waiting: Array<{ citizen: { id: string; name: string; status: string }; daysWaiting: number; admission: { allMet: boolean } | null }>;
      activeCitizens: number;
      primaryFte: number;
      ratio: number | null;
      ratioWithinLimit: boolean;
      teamName: string;
    };
  }

  const memberIn = (view: { members: MemberCaseload[] }, memberId: string) => view.members.find((m) => m.member.id === memberId)!;

  const grant = (memberId: string, extra: number, validUntil: string, cookie = c.leader) =>
    api.gql(GRANT, { input: { memberId, extra, reason: 'Midlertidig ekstra borger under kollegas sygefravær', validUntil } }, cookie);

  function expectCode(res: GqlResult, code: string) {
    expect(res.data).toBeNull();
    expect(errorCodes(res)).toEqual([code]);
  }

  // ---- the balancing view ---------------------------------------------------------------------

  it("teamCaseload shows each member's load, capacity and utilisation, and the waiting citizens with days waiting", async () => {
    const small = await newMember(t, t.team.id, 0.5, 'Bente Balance');
    const [waitingId, assignedA, assignedB] = await newCitizens(t, t.team.id, 3);
    const owner = await ownerDataSource();
    await owner.query(`UPDATE citizen SET referred_at = now() - interval '5 days' WHERE id = $1`, [waitingId]);
    await assignOk(assignedA, small.memberId);
    await assignOk(assignedB, small.memberId);

    const view = await caseload(t.team.id);
    expect(view.teamName).toBe(t.team.name);
    const b = memberIn(view, small.memberId);
    expect(b).toMatchObject({ name: 'Bente Balance', load: 2, capacity: 5, allowed: 5, utilisation: 0.4, overCapacity: false, exception: null });
    expect(b.citizens.map((x) => x.id).sort()).toEqual([assignedA, assignedB].sort());
    expect(memberIn(view, t.leader.memberId)).toMatchObject({ capacity: 10, allowed: 10 });
    expect(memberIn(view, t.member.memberId)).toMatchObject({ capacity: 8, allowed: 8 });

    const waiting = view.waiting.find((w) => w.citizen.id === waitingId);
    expect(waiting).toMatchObject({ daysWaiting: 5, citizen: { status: 'REFERRED' }, admission: null });
    // Longest waiting first.
    expect(view.waiting[0].citizen.id).toBe(waitingId);
    // Assigned citizens are not in the queue.
    expect(view.waiting.map((w) => w.citizen.id)).not.toContain(assignedA);
  });

  // ---- assign and reassign ----------------------------------------------------------------------

  it('assigning a waiting citizen makes them ACTIVE with one open history row naming who assigned', async () => {
    const [id] = await newCitizens(t, t.team.id, 1);
    const citizen = await assignOk(id, t.member.memberId);
    expect(citizen.status).toBe('ACTIVE');
    expect(citizen.primaryContact).toMatchObject({ memberId: t.member.memberId, memberName: t.member.name, assignedByName: t.leader.name, endedAt: null });
    expect(citizen.primaryContactHistory).toHaveLength(1);
    expect(citizen.primaryContactHistory[0]).toMatchObject({ memberId: t.member.memberId, endedAt: null, assignedByName: t.leader.name });
    const [row] = await (await ownerDataSource()).query(`SELECT status FROM citizen WHERE id = $1`, [id]);
    expect(row.status).toBe('active');
  });

  it('reassigning ends the old row and opens a new one; assigning the same member again changes nothing', async () => {
    const [id] = await newCitizens(t, t.team.id, 1);
    await assignOk(id, t.member.memberId);
    const moved = await assignOk(id, t.leader.memberId);
    expect(moved.primaryContact).toMatchObject({ memberId: t.leader.memberId, endedAt: null });
    const history = moved.primaryContactHistory as Array<{ memberId: string; endedAt: string | null; endReason: string | null }>;
    expect(history).toHaveLength(2);
    expect(history.filter((h) => h.endedAt === null)).toEqual([expect.objectContaining({ memberId: t.leader.memberId })]);
    expect(history.find((h) => h.memberId === t.member.memberId)).toMatchObject({ endedAt: expect.any(String), endReason: expect.any(String) });

    const before = await openRows(t.tenantId);
    const again = await assignOk(id, t.leader.memberId);
    expect(again.primaryContactHistory).toHaveLength(2);
    expect(await openRows(t.tenantId)).toBe(before);
  });

  it('refuses an assignment over capacity with a Danish message naming the member and the numbers, writing nothing', async () => {
    const small = await newMember(t, t.team.id, 0.2, 'Kirsten Kapacitet');
    const [a, b, third] = await newCitizens(t, t.team.id, 3);
    await assignOk(a, small.memberId);
    await assignOk(b, small.memberId);
    const before = await openRows(t.tenantId);
    const res = await assign(third, small.memberId);
    expectCode(res, 'CASELOAD_LIMIT_EXCEEDED');
    const message = res.errors![0].message;
    expect(message).toContain('Kirsten Kapacitet');
    expect(message).toMatch(/for 2 borgere og kan højst have 2/);
    expect(looksDanish(message)).toBe(true);
    expect(res.errors![0].extensions).toMatchObject({ field: 'memberId' });
    expect(await openRows(t.tenantId)).toBe(before);
    const [row] = await (await ownerDataSource()).query(`SELECT status FROM citizen WHERE id = $1`, [third]);
    expect(row.status).toBe('referred');
  });

  // ---- FTE --------------------------------------------------------------------------------------

  it('setMemberFte below the load is refused with how many citizens to move, and the FTE stays', async () => {
    const m = await newMember(t, t.team.id, 0.4, 'Frida Fte');
    const ids = await newCitizens(t, t.team.id, 4);
    for (const id of ids) await assignOk(id, m.memberId);
    const res = await api.gql(SET_FTE, { input: { memberId: m.memberId, fte: 0.2 } }, c.leader);
    expectCode(res, 'CASELOAD_LIMIT_EXCEEDED');
    expect(res.errors![0].message).toContain('Frida Fte');
    expect(res.errors![0].message).toMatch(/Flyt først 2 borgere/);
    expect(looksDanish(res.errors![0].message)).toBe(true);
    const [row] = await (await ownerDataSource()).query(`SELECT fte::float AS fte FROM team_member WHERE id = $1`, [m.memberId]);
    expect(row.fte).toBe(0.4);

    // Down to exactly the load is fine; and so is taking away the caseload of someone without one.
    const ok = await api.gql(SET_FTE, { input: { memberId: m.memberId, fte: 0.45 } }, c.leader);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.setMemberFte).toEqual({ id: m.memberId, fte: 0.45 });
  });

  describe("the admin's updateTeamMember lowering FTE below the load", () => {
    let res: GqlResult;
    let memberId: string;

    beforeAll(async () => {
      const m = await newMember(t, t.team.id, 0.3, 'Aage Admin');
      memberId = m.memberId;
      const ids = await newCitizens(t, t.team.id, 3);
      for (const id of ids) await assignOk(id, m.memberId);
      res = await api.gql(UPDATE_MEMBER, { input: { id: m.memberId, fte: 0.1 } }, c.admin);
    });

    it('is refused and the FTE stays (the trigger holds on this write path too)', async () => {
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      const [row] = await (await ownerDataSource()).query(`SELECT fte::float AS fte FROM team_member WHERE id = $1`, [memberId]);
      expect(row.fte).toBe(0.3);
    });

    /*
     * The admin's updateTeamMember maps the trigger's CASELOAD_LIMIT_EXCEEDED (teams.service.ts,
     * parseLimitError) to the same typed answer as setMemberFte: how many citizens to move first.
     */
    it('is answered as a typed CASELOAD_LIMIT_EXCEEDED, not INTERNAL_SERVER_ERROR', () => {
      expect(errorCodes(res)).toEqual(['CASELOAD_LIMIT_EXCEEDED']);
      expect(res.errors![0].message).toMatch(/Flyt først 2 borgere/);
      expect(looksDanish(res.errors![0].message)).toBe(true);
    });
  });

  // ---- exceptions -------------------------------------------------------------------------------

  it('an exception (+1) lets an assignment beyond base capacity through, and teamCaseload shows it as over capacity', async () => {
    const m = await newMember(t, t.team.id, 0.1, 'Ellen Undtagelse');
    const [a, b, extra] = await newCitizens(t, t.team.id, 3);
    await assignOk(a, m.memberId);
    expectCode(await assign(b, m.memberId), 'CASELOAD_LIMIT_EXCEEDED');

    const until = isoDaysAhead(30);
    const granted = await grant(m.memberId, 1, until);
    expect(granted.errors).toBeUndefined();
    expect(granted.data!.grantCaseloadException).toMatchObject({
      memberId: m.memberId,
      extra: 1,
      validFrom: toCopenhagenIsoDate(new Date()),
      validUntil: until,
      grantedByName: t.leader.name,
    });

    await assignOk(b, m.memberId);
    expectCode(await assign(extra, m.memberId), 'CASELOAD_LIMIT_EXCEEDED'); // +1 means one, not more

    const view = memberIn(await caseload(t.team.id), m.memberId);
    expect(view).toMatchObject({ load: 2, capacity: 1, allowed: 2, overCapacity: true, utilisation: 2 });
    expect(view.exception).toMatchObject({ extra: 1, validUntil: until, grantedByName: t.leader.name });
    expect(view.exception!.reason).toMatch(/sygefravær/);
  });

  it('refuses an exception ending in the past or more than 6 months ahead (BAD_USER_INPUT), writing nothing', async () => {
    const owner = await ownerDataSource();
    const count = async () =>
      (await owner.query(`SELECT count(*)::int AS n FROM caseload_exception WHERE member_id = $1`, [t.member.memberId]))[0].n;
    const before = await count();
    for (const until of [isoDaysAhead(-1), isoDaysAhead(200), '2020-01-01']) {
      const res = await grant(t.member.memberId, 1, until);
      expectCode(res, 'BAD_USER_INPUT');
      expect(res.errors![0].extensions).toMatchObject({ field: 'validUntil' });
      expect(looksDanish(res.errors![0].message)).toBe(true);
    }
    expect(await count()).toBe(before);
  });

  // ---- who may do what --------------------------------------------------------------------------

  it('a team member may read the own team caseload but not assign, change FTE, grant or propose', async () => {
    const view = await api.gql(TEAM_CASELOAD, { id: t.team.id }, c.member);
    expect(view.errors).toBeUndefined();
    expect(view.data!.teamCaseload.members.length).toBeGreaterThan(0);

    const [id] = await newCitizens(t, t.team.id, 1);
    const before = await openRows(t.tenantId);
    expectCode(await assign(id, t.member.memberId, c.member), 'FORBIDDEN');
    expectCode(await api.gql(SET_FTE, { input: { memberId: t.member.memberId, fte: 1 } }, c.member), 'FORBIDDEN');
    expectCode(await grant(t.member.memberId, 1, isoDaysAhead(10), c.member), 'FORBIDDEN');
    expectCode(await api.gql(PROPOSE, { id: t.team.id }, c.member), 'FORBIDDEN');
    expect(await openRows(t.tenantId)).toBe(before);
    // Nor another team's caseload.
    expectCode(await api.gql(TEAM_CASELOAD, { id: t.otherTeam.id }, c.member), 'FORBIDDEN');
  });

  it("the leader of one team is refused the other team's caseload mutations and view", async () => {
    const before = await openRows(t.tenantId);
    expectCode(await assign(t.otherCitizen.id, t.otherMember.memberId), 'FORBIDDEN');
    expectCode(await assign(t.otherCitizen.id, t.leader.memberId), 'FORBIDDEN');
    expectCode(await api.gql(SET_FTE, { input: { memberId: t.otherMember.memberId, fte: 0.5 } }, c.leader), 'FORBIDDEN');
    expectCode(await grant(t.otherMember.memberId, 1, isoDaysAhead(10)), 'FORBIDDEN');
    expectCode(await api.gql(PROPOSE, { id: t.otherTeam.id }, c.leader), 'FORBIDDEN');
    expectCode(await api.gql(TEAM_CASELOAD, { id: t.otherTeam.id }, c.leader), 'FORBIDDEN');
    expect(await openRows(t.tenantId)).toBe(before);
    const [row] = await (await ownerDataSource()).query(`SELECT fte::float AS fte FROM team_member WHERE id = $1`, [t.otherMember.memberId]);
    expect(row.fte).toBe(1);
    // And assigning a citizen to a member of another team is refused even within what one leads.
    const [own] = await newCitizens(t, t.team.id, 1);
    expectCode(await assign(own, t.otherMember.memberId), 'BAD_USER_INPUT');
  });

  it('the steering group gets caseload figures per team without names, but not a team caseload', async () => {
    const s = await createTestTenant();
    const sc = await loginAll(api, s);
    const ids = await newCitizens(s, s.team.id, 3, CitizenStatus.Active);
    for (const id of ids.slice(0, 2)) await assignOk(id, s.member.memberId, sc.leader);
    // Both teams are below the minimum group (5): 4 open courses and 1. Citizen figures are
    // withheld, staff figures shown.
    let res = await api.gql(SUMMARIES, {}, sc.steeringGroup);
    expect(res.errors).toBeUndefined();
    let rows = res.data!.caseloadSummaries as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.teamId).sort()).toEqual([s.team.id, s.otherTeam.id].sort());
    const withheld = { suppressed: true, activeCitizens: null, ratio: null, waiting: null };
    expect(rows.find((r) => r.teamId === s.team.id)).toEqual({
      teamId: s.team.id, teamName: s.team.name, ...withheld, primaryFte: 1.8, membersOverCapacity: 0, exceptionsInForce: 0,
    });
    expect(rows.find((r) => r.teamId === s.otherTeam.id)).toMatchObject(withheld);
    expect(JSON.stringify(res.data)).not.toContain(s.member.name);

    // At a minimum of 4 the team shows: the factory's active citizen (waiting) + 3 new active ones, 2 of them assigned.
    await (await ownerDataSource()).query(`UPDATE tenant SET min_group_size = 4 WHERE id = $1`, [s.tenantId]);
    res = await api.gql(SUMMARIES, {}, sc.steeringGroup);
    rows = res.data!.caseloadSummaries as Array<Record<string, unknown>>;
    expect(rows.find((r) => r.teamId === s.team.id)).toEqual({
      teamId: s.team.id,
      teamName: s.team.name,
      suppressed: false,
      activeCitizens: 4,
      primaryFte: 1.8,
      ratio: 2.22,
      waiting: 2,
      membersOverCapacity: 0,
      exceptionsInForce: 0,
    });
    expect(rows.find((r) => r.teamId === s.otherTeam.id)).toMatchObject(withheld);
    expectCode(await api.gql(TEAM_CASELOAD, { id: s.team.id }, sc.steeringGroup), 'FORBIDDEN');
    expectCode(await api.gql(PROPOSE, { id: s.team.id }, sc.steeringGroup), 'FORBIDDEN');
  });

  // ---- rebalancing ------------------------------------------------------------------------------

  it('proposes moves that bring an over-capacity member within capacity; accepting them all leaves nobody over', async () => {
    const r = await createTestTenant();
    const rc = await loginAll(api, r);
    const small = await newMember(r, r.team.id, 0.2, 'Ove Overbooket');
    const ids = await newCitizens(r, r.team.id, 4);
    expect((await grant(small.memberId, 2, isoDaysAhead(14), rc.leader)).errors).toBeUndefined();
    for (const id of ids) await assignOk(id, small.memberId, rc.leader);
    // The exception is revoked: the member now carries 4 with a capacity of 2.
    await (await ownerDataSource()).query(`UPDATE caseload_exception SET revoked_at = now() WHERE member_id = $1`, [small.memberId]);
    const before = memberIn(await caseload(r.team.id, rc.leader), small.memberId);
    expect(before).toMatchObject({ load: 4, capacity: 2, allowed: 2, overCapacity: true, exception: null });

    const proposal = await api.gql(PROPOSE, { id: r.team.id }, rc.leader);
    expect(proposal.errors).toBeUndefined();
    const { moves, stillOver } = proposal.data!.proposeRebalancing as {
      moves: Array<{ citizenId: string; fromMemberId: string | null; toMemberId: string; reason: string; toMemberName: string; citizenName: string }>;
      stillOver: number;
    };
    expect(stillOver).toBe(0);
    const fromSmall = moves.filter((m) => m.fromMemberId === small.memberId);
    expect(fromSmall).toHaveLength(2);
    expect(fromSmall.every((m) => m.reason === 'over_capacity' && m.toMemberId !== small.memberId && m.citizenName && m.toMemberName)).toBe(true);

    for (const move of moves) await assignOk(move.citizenId, move.toMemberId, rc.leader);
    const after = await caseload(r.team.id, rc.leader);
    expect(after.members.filter((m) => m.overCapacity)).toEqual([]);
    expect(memberIn(after, small.memberId).load).toBe(2);
    // A second proposal has nothing left to move for capacity.
    const again = await api.gql(PROPOSE, { id: r.team.id }, rc.leader);
    expect(again.data!.proposeRebalancing.moves.filter((m: { reason: string }) => m.reason === 'over_capacity')).toEqual([]);
  });

  // ---- admission --------------------------------------------------------------------------------

  it('recordAdmission stores the criteria; the citizen and the queue show them with allMet', async () => {
    const [id] = await newCitizens(t, t.team.id, 1);
    const all = { isAdult: true, hasMentalIllness: true, hasSubstanceUse: true, notHeldByOrdinaryServices: true, wantsSupport: true };
    const res = await api.gql(RECORD_ADMISSION, { input: { citizenId: id, ...all, hasSubstanceUse: false, note: '  Vurderet ved visitationsmøde  ' } }, c.member);
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordAdmission.admission).toMatchObject({ ...all, hasSubstanceUse: false, note: 'Vurderet ved visitationsmøde', allMet: false });
    // Reassessed: replaced, not duplicated.
    const again = await api.gql(RECORD_ADMISSION, { input: { citizenId: id, ...all } }, c.leader);
    expect(again.data!.recordAdmission.admission).toMatchObject({ ...all, note: null, allMet: true });
    const rows = await (await ownerDataSource()).query(`SELECT has_substance_use FROM admission_assessment WHERE citizen_id = $1`, [id]);
    expect(rows).toEqual([{ has_substance_use: true }]);
    const queued = (await caseload(t.team.id)).waiting.find((w) => w.citizen.id === id);
    expect(queued!.admission).toEqual({ allMet: true });
  });

  // ---- audit ------------------------------------------------------------------------------------

  it("every assignment leaves an access-log row 'citizen.assign' naming the member", async () => {
    const [a, b] = await newCitizens(t, t.team.id, 2);
    await assignOk(a, t.member.memberId);
    await assignOk(b, t.member.memberId);
    await assignOk(b, t.leader.memberId);
    const rows = await (await ownerDataSource()).query(
      `SELECT citizen_id, actor_user_id, criterion FROM access_log
       WHERE tenant_id = $1 AND operation = 'citizen.assign' AND citizen_id = ANY($2) ORDER BY id`,
      [t.tenantId, [a, b]],
    );
    expect(rows).toEqual([
      { citizen_id: a, actor_user_id: t.leader.id, criterion: `member:${t.member.memberId}` },
      { citizen_id: b, actor_user_id: t.leader.id, criterion: `member:${t.member.memberId}` },
      { citizen_id: b, actor_user_id: t.leader.id, criterion: `member:${t.leader.memberId}` },
    ]);
    // A refused assignment leaves no 'citizen.assign' row.
    const small = await newMember(t, t.team.id, 0.1, 'Lise Log');
    const [x, y] = await newCitizens(t, t.team.id, 2);
    await assignOk(x, small.memberId);
    expectCode(await assign(y, small.memberId), 'CASELOAD_LIMIT_EXCEEDED');
    const refused = await (await ownerDataSource()).query(
      `SELECT 1 FROM access_log WHERE operation = 'citizen.assign' AND citizen_id = $1`,
      [y],
    );
    expect(refused).toEqual([]);
  });

  // ---- ending -----------------------------------------------------------------------------------

  it('endPrimaryContact is refused for an ACTIVE citizen (BAD_USER_INPUT) and the contact stays', async () => {
    const [id] = await newCitizens(t, t.team.id, 1);
    await assignOk(id, t.member.memberId);
    const res = await api.gql(END, { input: { citizenId: id, reason: 'Flytter til andet team' } }, c.leader);
    expectCode(res, 'BAD_USER_INPUT');
    expect(looksDanish(res.errors![0].message)).toBe(true);
    const now = await api.gql(CITIZEN, { id }, c.leader);
    expect(now.data!.citizen.primaryContact).toMatchObject({ memberId: t.member.memberId });
  });

  it('ending a course: the citizen leaves the queue, the slot is freed and the history keeps the row', async () => {
    const m = await newMember(t, t.team.id, 0.1, 'Erik Ender');
    const [id, next] = await newCitizens(t, t.team.id, 2);
    await assignOk(id, m.memberId);
    const ended = await api.gql(UPDATE_CITIZEN, { input: { id, status: 'ENDED', statusReason: 'Flyttet til anden kommune' } }, c.leader);
    expect(ended.errors).toBeUndefined();
    expect(ended.data!.updateCitizen.status).toBe('ENDED');
    // Today updateCitizen leaves the open assignment (the ended citizen keeps occupying a slot
    // until the leader calls endPrimaryContact) — reported as a finding. Whichever design wins,
    // after endPrimaryContact (allowed for an ended citizen) nothing is open and the slot is free.
    if (ended.data!.updateCitizen.primaryContact !== null) {
      const end = await api.gql(END, { input: { citizenId: id, reason: 'Forløbet er afsluttet' } }, c.leader);
      expect(end.errors).toBeUndefined();
      expect(end.data!.endPrimaryContact.primaryContact).toBeNull();
      expect(end.data!.endPrimaryContact.primaryContactHistory).toEqual([
        expect.objectContaining({ memberId: m.memberId, endedAt: expect.any(String), endReason: 'Forløbet er afsluttet' }),
      ]);
    }
    const view = await caseload(t.team.id);
    expect(memberIn(view, m.memberId).load).toBe(0);
    expect(view.waiting.map((w) => w.citizen.id)).not.toContain(id);
    await assignOk(next, m.memberId);
    // An ended citizen cannot be given a new primary contact.
    expectCode(await assign(id, t.leader.memberId), 'BAD_USER_INPUT');
  });
});
