/**
 * Need-to-know inside one tenant: team members and leaders reach their own team's citizens only;
 * the steering group sees teams and counts but never a person; the admin manages teams and users
 * and reads the access log but no citizen; nobody logged out gets anything but `me` and `login`.
 */
import { closeOwnerDataSource, createTestTenant, type TestTenant } from '@act/db/testing';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { type Cookies, errorCodes, leaks, loginAll } from '../testing/db-state';

const CITIZEN = `query($id: ID!) { citizen(id: $id) { id name cprMasked team { id } } }`;
const CPR = `query($id: ID!) { citizenCpr(id: $id) }`;
const TEAM_CITIZENS = `query($id: ID!) { team(id: $id) { id citizens { totalCount edges { node { id name cprMasked } } } } }`;
const TEAM_MEMBERS = `query($id: ID!) { team(id: $id) { id members { totalCount edges { node { id fte user { id name } } } } } }`;
const TEAMS = `{ teams { totalCount edges { node { id name activeCitizenCount } } } }`;
const USERS = `{ users { totalCount edges { node { id email } } } }`;
const ACCESS_LOG = `{ accessLog(first: 5) { edges { node { id operation } } } }`;
const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;

describe('need-to-know inside one tenant', () => {
  let api: ApiHarness;
  let t: TestTenant;
  let c: Cookies;
  let personal: string[];

  beforeAll(async () => {
    api = await startApi();
    t = await createTestTenant();
    c = await loginAll(api, t);
    personal = [t.citizen, t.otherCitizen].flatMap((x) => [x.name, x.cpr, `${x.cpr.slice(0, 6)}-`]);
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  const expectForbidden = (res: GqlResult) => {
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0]!.message).toMatch(/Du har ikke adgang/);
  };

  describe.each(['member', 'leader'] as const)('%s', (role) => {
    it("reads a citizen of the own team, with the team's citizen list", async () => {
      const one = await api.gql(CITIZEN, { id: t.citizen.id }, c[role]);
      expect(one.errors).toBeUndefined();
      expect(one.data!.citizen).toMatchObject({ id: t.citizen.id, name: t.citizen.name, team: { id: t.team.id } });
      expect(one.data!.citizen.cprMasked).toBe(`${t.citizen.cpr.slice(0, 6)}-****`);
      const list = await api.gql(TEAM_CITIZENS, { id: t.team.id }, c[role]);
      expect(list.errors).toBeUndefined();
      expect(list.data!.team.citizens.edges.map((e: any) => e.node.id)).toEqual([t.citizen.id]);
      const cpr = await api.gql(CPR, { id: t.citizen.id }, c[role]);
      expect(cpr.data).toEqual({ citizenCpr: t.citizen.cpr });
    });

    it("is refused another team's citizen, its CPR and its citizen list, and sees none of it", async () => {
      for (const res of [
        await api.gql(CITIZEN, { id: t.otherCitizen.id }, c[role]),
        await api.gql(CPR, { id: t.otherCitizen.id }, c[role]),
        await api.gql(TEAM_CITIZENS, { id: t.otherTeam.id }, c[role]),
      ]) {
        expectForbidden(res);
        expect(res.data).toBeNull();
        expect(leaks(res, [t.otherCitizen.name, t.otherCitizen.cpr, t.otherCitizen.cpr.slice(0, 6)])).toEqual([]);
      }
    });

    it('sees only the own team in the team list', async () => {
      const res = await api.gql(TEAMS, {}, c[role]);
      expect(res.data!.teams.edges.map((e: any) => e.node.id)).toEqual([t.team.id]);
    });

    it('is refused users, the access log, createTeam and createUser', async () => {
      expectForbidden(await api.gql(USERS, {}, c[role]));
      expectForbidden(await api.gql(ACCESS_LOG, {}, c[role]));
      expectForbidden(await api.gql(CREATE_TEAM, { input: { name: `Nyt team ${role}` } }, c[role]));
      expectForbidden(
        await api.gql(CREATE_USER, { input: { name: 'X', email: `x-${role}@test.dk`, role: 'ADMIN', password: 'Lange-Sætninger-Er-Gode-7' } }, c[role]),
      );
    });
  });

  describe('steering group', () => {
    it('lists every team with the active citizen count', async () => {
      const res = await api.gql(TEAMS, {}, c.steeringGroup);
      expect(res.errors).toBeUndefined();
      const byId = Object.fromEntries(res.data!.teams.edges.map((e: any) => [e.node.id, e.node]));
      expect(byId[t.team.id]).toEqual({ id: t.team.id, name: t.team.name, activeCitizenCount: 1 });
      expect(byId[t.otherTeam.id]).toEqual({ id: t.otherTeam.id, name: t.otherTeam.name, activeCitizenCount: 1 });
    });

    it.each([
      ['team.members', TEAM_MEMBERS, () => ({ id: t.team.id })],
      ['team.citizens', TEAM_CITIZENS, () => ({ id: t.team.id })],
      ['citizen(id)', CITIZEN, () => ({ id: t.citizen.id })],
      ['citizenCpr', CPR, () => ({ id: t.citizen.id })],
    ])('is refused %s and gets no name or CPR', async (_label, query, vars) => {
      const res = await api.gql(query, vars(), c.steeringGroup);
      expectForbidden(res);
      expect(leaks(res, [...personal, t.leader.name, t.member.name])).toEqual([]);
    });

    it('is refused users, the access log, createTeam and createUser', async () => {
      expectForbidden(await api.gql(USERS, {}, c.steeringGroup));
      expectForbidden(await api.gql(ACCESS_LOG, {}, c.steeringGroup));
      expectForbidden(await api.gql(CREATE_TEAM, { input: { name: 'Styregruppens team' } }, c.steeringGroup));
      expectForbidden(
        await api.gql(CREATE_USER, { input: { name: 'X', email: 'x-sg@test.dk', role: 'ADMIN', password: 'Lange-Sætninger-Er-Gode-7' } }, c.steeringGroup),
      );
    });
  });

  describe('admin', () => {
    it('reads every team and its members', async () => {
      const teams = await api.gql(TEAMS, {}, c.admin);
      expect(teams.data!.teams.totalCount).toBe(2);
      const members = await api.gql(TEAM_MEMBERS, { id: t.team.id }, c.admin);
      expect(members.errors).toBeUndefined();
      const users = members.data!.team.members.edges.map((e: any) => e.node.user.id).sort();
      expect(users).toEqual([t.leader.id, t.member.id].sort());
    });

    it('is refused citizen(id), citizenCpr and team.citizens, and sees no personal data', async () => {
      for (const res of [
        await api.gql(CITIZEN, { id: t.citizen.id }, c.admin),
        await api.gql(CPR, { id: t.citizen.id }, c.admin),
        await api.gql(TEAM_CITIZENS, { id: t.team.id }, c.admin),
      ]) {
        expectForbidden(res);
        expect(leaks(res, personal)).toEqual([]);
      }
    });

    it('reads users and the access log', async () => {
      const users = await api.gql(USERS, {}, c.admin);
      expect(users.data!.users.totalCount).toBe(5);
      const log = await api.gql(ACCESS_LOG, {}, c.admin);
      expect(log.errors).toBeUndefined();
      expect(Array.isArray(log.data!.accessLog.edges)).toBe(true);
    });
  });

  describe('not logged in', () => {
    it('gets null for me', async () => {
      expect(await api.gql(`{ me { id } }`)).toMatchObject({ data: { me: null } });
    });

    it('can reach login (a wrong password is a typed refusal, not UNAUTHENTICATED)', async () => {
      const res = await api.gql(`mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`, {
        input: { email: 'findes-ikke@test.dk', password: 'forkert-adgangskode' },
      });
      expect(errorCodes(res)).toEqual(['INVALID_CREDENTIALS']);
    });

    const ops: Array<[string, string, () => Record<string, unknown>]> = [
      ['teams', TEAMS, () => ({})],
      ['team', `query($id: ID!) { team(id: $id) { id name } }`, () => ({ id: t.team.id })],
      ['citizen', CITIZEN, () => ({ id: t.citizen.id })],
      ['citizenCpr', CPR, () => ({ id: t.citizen.id })],
      ['users', USERS, () => ({})],
      ['accessLog', ACCESS_LOG, () => ({})],
      ['accessLogExtract', `query($cpr: String!) { accessLogExtract(cpr: $cpr) { id } }`, () => ({ cpr: t.citizen.cpr })],
      ['createTeam', CREATE_TEAM, () => ({ input: { name: 'Anonymt team' } })],
      ['updateTeam', `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { id } }`, () => ({ input: { id: t.team.id, name: 'X' } })],
      [
        'createUser',
        CREATE_USER,
        () => ({ input: { name: 'X', email: 'anon@test.dk', role: 'ADMIN', password: 'Lange-Sætninger-Er-Gode-7' } }),
      ],
      [
        'setUserDisabled',
        `mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id } }`,
        () => ({ input: { id: t.member.id, disabled: true } }),
      ],
      [
        'addTeamMember',
        `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`,
        () => ({ input: { teamId: t.otherTeam.id, userId: t.member.id, discipline: 'NURSING', fte: 0.5 } }),
      ],
      [
        'updateTeamMember',
        `mutation($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { id } }`,
        () => ({ input: { id: t.member.memberId, fte: 0.5 } }),
      ],
      [
        'createCitizen',
        `mutation($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }`,
        () => ({ input: { teamId: t.team.id, name: 'Anonym', cpr: '0202901236' } }),
      ],
      [
        'updateCitizen',
        `mutation($input: UpdateCitizenInput!) { updateCitizen(input: $input) { id } }`,
        () => ({ input: { id: t.citizen.id, name: 'Anonym' } }),
      ],
    ];
    it.each(ops)('is refused %s as UNAUTHENTICATED', async (_name, query, vars) => {
      const res = await api.gql(query, vars());
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.data).toBeNull();
      expect(leaks(res, personal)).toEqual([]);
    });
  });
});
