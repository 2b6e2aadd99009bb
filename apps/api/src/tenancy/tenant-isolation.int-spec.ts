/**
 * Tenant isolation, as a generated matrix: every role of tenant A × every operation aimed at
 * tenant B's ids. The answer never carries B's data (ids, names, e-mails, CPR numbers), and B's
 * rows are byte-for-byte the same afterwards (checksums read with the owner role).
 */
import { closeOwnerDataSource, createTestTenant, ownerDataSource, shortId, type TestTenant } from '@act/db/testing';
import { toCopenhagenIsoDate } from '@act/domain';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { type Cookies, errorCodes, leaks, loginAll, tenantChecksum } from '../testing/db-state';

type Role = 'admin' | 'leader' | 'member' | 'steeringGroup';
const ROLES: Role[] = ['admin', 'leader', 'member', 'steeringGroup'];

interface Operation {
  name: string;
  query: string;
  variables: (a: TestTenant, b: TestTenant) => Record<string, unknown>;
}

const OPERATIONS: Operation[] = [
  {
    name: 'query teams',
    query: `{ teams(first: 100) { totalCount edges { node { id name activeCitizenCount } } } }`,
    variables: () => ({}),
  },
  {
    name: 'query team(id) with members and citizens',
    query: `query($id: ID!) { team(id: $id) { id name activeCitizenCount
      members { edges { node { id user { id name email } } } }
      citizens { edges { node { id name cprMasked } } } } }`,
    variables: (_a, b) => ({ id: b.team.id }),
  },
  {
    name: 'query citizen(id)',
    query: `query($id: ID!) { citizen(id: $id) { id name cprMasked phone address { street } team { id name } } }`,
    variables: (_a, b) => ({ id: b.citizen.id }),
  },
  {
    name: 'query citizenCpr(id)',
    query: `query($id: ID!) { citizenCpr(id: $id) }`,
    variables: (_a, b) => ({ id: b.citizen.id }),
  },
  {
    name: 'query users',
    query: `{ users(first: 100) { totalCount edges { node { id name email role } } } }`,
    variables: () => ({}),
  },
  {
    name: 'query accessLog(filter: citizenId)',
    query: `query($id: ID!) { accessLog(filter: { citizenId: $id }) { edges { node { id actorId actorName citizenId criterion operation } } } }`,
    variables: (_a, b) => ({ id: b.citizen.id }),
  },
  {
    name: 'query accessLogExtract(cpr)',
    query: `query($cpr: String!) { accessLogExtract(cpr: $cpr) { id actorId actorName citizenId operation } }`,
    variables: (_a, b) => ({ cpr: b.citizen.cpr }),
  },
  {
    name: 'mutation updateTeam',
    query: `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { id name } }`,
    variables: (_a, b) => ({ input: { id: b.team.id, name: `Overtaget ${shortId()}` } }),
  },
  {
    name: 'mutation addTeamMember (B team, B user)',
    query: `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id user { id name } team { id name } } }`,
    variables: (_a, b) => ({ input: { teamId: b.team.id, userId: b.otherMember.id, discipline: 'NURSING', fte: 0.5 } }),
  },
  {
    name: 'mutation addTeamMember (own team, B user)',
    query: `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id user { id name email } } }`,
    variables: (a, b) => ({ input: { teamId: a.team.id, userId: b.admin.id, discipline: 'NURSING', fte: 0.5 } }),
  },
  {
    name: 'mutation updateTeamMember',
    query: `mutation($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { id fte user { id name } } }`,
    variables: (_a, b) => ({ input: { id: b.member.memberId, fte: 0.1, isTeamLeader: true } }),
  },
  {
    name: 'mutation createCitizen on B team',
    query: `mutation($input: CreateCitizenInput!) { createCitizen(input: $input) { id name team { id name } } }`,
    variables: (_a, b) => ({ input: { teamId: b.team.id, name: 'Indsneget Borger', cpr: '0202901236' } }),
  },
  {
    name: 'mutation updateCitizen of B citizen',
    query: `mutation($input: UpdateCitizenInput!) { updateCitizen(input: $input) { id name cprMasked } }`,
    variables: (_a, b) => ({ input: { id: b.citizen.id, name: 'Ændret af fremmed', status: 'PAUSED' } }),
  },
  {
    name: 'query teamMeetings of B team',
    query: `query($id: ID!) { teamMeetings(teamId: $id) { edges { node { id whenText place } } } }`,
    variables: (_a, b) => ({ id: b.team.id }),
  },
  {
    name: 'query teamBoard of B team',
    query: `query($id: ID!) { teamBoard(teamId: $id) { id citizenId citizenName } }`,
    variables: (_a, b) => ({ id: b.team.id }),
  },
  {
    name: 'query teamComposition and teamFunctionRoles of B team',
    query: `query($id: ID!) { teamComposition(teamId: $id) { activeCitizens } teamFunctionRoles(teamId: $id) { id title members { name } } }`,
    variables: (_a, b) => ({ id: b.team.id }),
  },
  {
    name: 'query myFollowUpTasks (own only)',
    query: `{ myFollowUpTasks { edges { node { id citizenId citizenName assigneeName } } } }`,
    variables: () => ({}),
  },
  {
    name: 'mutation setTeamMeetingRhythm on B team',
    query: `mutation($input: SetMeetingRhythmInput!) { setTeamMeetingRhythm(input: $input) { teamId place } }`,
    variables: (_a, b) => ({ input: { teamId: b.team.id, cadence: 'WEEKLY', weekday: 2, startTime: '09:00', endTime: '10:00', place: 'Fremmed', reviewEveryMeetings: 4 } }),
  },
  {
    name: 'mutation createTeamMeeting on B team',
    query: `mutation($input: CreateTeamMeetingInput!) { createTeamMeeting(input: $input) { id teamId } }`,
    variables: (_a, b) => ({ input: { teamId: b.team.id, startsAt: '2031-01-07T08:00:00Z', endsAt: '2031-01-07T09:00:00Z', place: 'Fremmed' } }),
  },
  {
    name: 'mutation raiseCrisisFlag on B citizen',
    query: `mutation($input: RaiseCrisisFlagInput!) { raiseCrisisFlag(input: $input) { id name } }`,
    variables: (_a, b) => ({ input: { citizenId: b.citizen.id, reason: 'Fremmed krise' } }),
  },
  {
    name: 'mutation putCitizenOnTeamBoard with B citizen',
    query: `mutation($input: PutOnTeamBoardInput!) { putCitizenOnTeamBoard(input: $input) { id citizenName } }`,
    variables: (_a, b) => ({ input: { citizenId: b.citizen.id, reason: 'Fremmed', placedOn: toCopenhagenIsoDate(new Date()) } }),
  },
  {
    name: 'mutation createNetworkMeeting with B citizen and member',
    query: `mutation($input: CreateNetworkMeetingInput!) { createNetworkMeeting(input: $input) { id citizenName invitedByName } }`,
    variables: (_a, b) => ({
      input: { citizenId: b.citizen.id, startsAt: '2031-01-07T08:00:00Z', endsAt: '2031-01-07T09:00:00Z', place: 'X', purpose: 'Y', invitedByMemberId: b.member.memberId },
    }),
  },
  {
    name: 'mutation linkMemberToFunctionRole of B member',
    query: `mutation($input: LinkMemberFunctionInput!) { linkMemberToFunctionRole(input: $input) { id members { name } } }`,
    variables: (_a, b) => ({ input: { memberId: b.member.memberId, roleId: null } }),
  },
  {
    name: 'mutation setUserDisabled of B user',
    query: `mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id name email disabled } }`,
    variables: (_a, b) => ({ input: { id: b.member.id, disabled: true } }),
  },
];

const CASES = ROLES.flatMap((role) => OPERATIONS.map((op) => ({ role, op, label: `${role} × ${op.name}` })));

/** Everything of B's that must never appear in A's answers. */
function secretsOf(b: TestTenant): string[] {
  const users = [b.admin, b.steeringGroup, b.leader, b.member, b.otherMember];
  const citizens = [b.citizen, b.otherCitizen];
  return [
    b.tenantId,
    b.tenantName,
    b.team.id,
    b.team.name,
    b.otherTeam.id,
    b.otherTeam.name,
    ...users.flatMap((u) => [u.id, u.email, u.name]),
    ...[b.leader, b.member, b.otherMember].map((m) => m.memberId),
    ...citizens.flatMap((c) => [c.id, c.name, c.cpr, `${c.cpr.slice(0, 6)}-${c.cpr.slice(6)}`]),
  ];
}

describe('tenant isolation: every role of A × every operation aimed at B', () => {
  let api: ApiHarness;
  let a: TestTenant;
  let b: TestTenant;
  let cookiesA: Cookies;
  let cookiesB: Cookies;
  let secrets: string[];

  beforeAll(async () => {
    api = await startApi();
    [a, b] = await Promise.all([createTestTenant(), createTestTenant()]);
    // The factory names users "Test admin" etc. in every tenant; give B's users names of their own.
    const owner = await ownerDataSource();
    for (const u of [b.admin, b.steeringGroup, b.leader, b.member, b.otherMember]) {
      u.name = `Tenant B ${u.role} ${shortId()}`;
      await owner.query(`UPDATE app_user SET name = $1 WHERE id = $2`, [u.name, u.id]);
    }
    secrets = secretsOf(b);
    [cookiesA, cookiesB] = await Promise.all([loginAll(api, a), loginAll(api, b)]);
  });

  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  it('the leak detector finds B data when B itself asks (control, so the matrix can fail)', async () => {
    const run = (op: Operation, role: Role) => api.gql(op.query, op.variables(b, b), cookiesB[role]);
    const byName = (name: string) => OPERATIONS.find((o) => o.name === name)!;
    const users = await run(byName('query users'), 'admin');
    expect(leaks(users, secrets)).toEqual(expect.arrayContaining([b.admin.email, b.member.name]));
    const citizen = await run(byName('query citizen(id)'), 'leader');
    expect(leaks(citizen, secrets)).toEqual(expect.arrayContaining([b.citizen.id, b.citizen.name, b.team.name]));
    const cpr = await run(byName('query citizenCpr(id)'), 'member');
    expect(leaks(cpr, secrets)).toContain(b.citizen.cpr);
  });

  it.each(CASES)('$label', async ({ role, op }) => {
    const before = await tenantChecksum(b.tenantId);
    const res: GqlResult = await api.gql(op.query, op.variables(a, b), cookiesA[role]);

    expect(res.status).toBeLessThan(500);
    expect(errorCodes(res)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(leaks({ data: res.data, errors: res.errors }, secrets)).toEqual([]);
    expect(await tenantChecksum(b.tenantId)).toEqual(before);

    // What A gets instead: its own data, an empty answer, or a typed refusal.
    if (op.name.startsWith('mutation')) {
      expect(res.data).toBeNull();
      expect(errorCodes(res)[0]).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
    }
  });

  it('A still sees its own data through the same operations (the matrix is not vacuous)', async () => {
    const teams = await api.gql(OPERATIONS[0]!.query, {}, cookiesA.admin);
    const ids = teams.data!.teams.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids.sort()).toEqual([a.team.id, a.otherTeam.id].sort());
    const users = await api.gql(`{ users { totalCount } }`, {}, cookiesA.admin);
    expect(users.data!.users.totalCount).toBe(5);
  });
});
