/**
 * Need-to-know inside one tenant, the positive side and specific refusals: team members and
 * leaders read their own team's citizens; the steering group sees teams and counts; the admin
 * reads teams, members, users and the access log but no citizen; without a session `me` is null
 * and `login` answers. The refusals for every root field (another team's objects, a role that
 * may not, the steering group, no session) are generated in need-to-know-matrix.int-spec.ts.
 */
import { CitizenStatus } from '@act/db';
import { closeOwnerDataSource, createCitizen, createTestTenant, ownerDataSource, shortId, type TestTenant } from '@act/db/testing';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { type Cookies, errorCodes, leaks, loginAll } from '../testing/db-state';

const CITIZEN = `query($id: ID!) { citizen(id: $id) { id name cprMasked team { id } } }`;
const CPR = `query($id: ID!) { citizenCpr(id: $id) }`;
const TEAM_CITIZENS = `query($id: ID!) { team(id: $id) { id citizens { totalCount edges { node { id name cprMasked } } } } }`;
const TEAM_MEMBERS = `query($id: ID!) { team(id: $id) { id members { totalCount edges { node { id fte user { id name } } } } } }`;
const TEAMS = `{ teams { totalCount edges { node { id name activeCitizenCount } } } }`;
const USERS = `{ users { totalCount edges { node { id email } } } }`;
const ACCESS_LOG = `{ accessLog(first: 5) { edges { node { id operation } } } }`;

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
    expect(res.errors![0].message).toMatch(/Du har ikke adgang/);
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

    it('sees only the own team in the team list', async () => {
      const res = await api.gql(TEAMS, {}, c[role]);
      expect(res.data!.teams.edges.map((e: any) => e.node.id)).toEqual([t.team.id]);
    });

  });

  describe('steering group', () => {
    it('lists every team, with the active citizen count withheld below the minimum group size', async () => {
      const res = await api.gql(TEAMS, {}, c.steeringGroup);
      expect(res.errors).toBeUndefined();
      const byId = Object.fromEntries(res.data!.teams.edges.map((e: any) => [e.node.id, e.node]));
      expect(byId[t.team.id]).toEqual({ id: t.team.id, name: t.team.name, activeCitizenCount: null });
      expect(byId[t.otherTeam.id]).toEqual({ id: t.otherTeam.id, name: t.otherTeam.name, activeCitizenCount: null });
      // The admin (not an aggregate reader) still sees the count.
      const admin = await api.gql(TEAMS, {}, c.admin);
      expect(admin.data!.teams.edges.find((e: any) => e.node.id === t.team.id).node.activeCitizenCount).toBe(1);
    });

    it('sees the count of a team with at least the minimum group size', async () => {
      const s = await createTestTenant();
      const db = await ownerDataSource();
      for (let i = 0; i < 4; i++) await createCitizen(db, s.tenantId, s.team.id, { name: `Tæller ${i}`, status: CitizenStatus.Active });
      const sc = await loginAll(api, s);
      const res = await api.gql(TEAMS, {}, sc.steeringGroup);
      const byId = Object.fromEntries(res.data!.teams.edges.map((e: any) => [e.node.id, e.node.activeCitizenCount]));
      expect(byId).toEqual({ [s.team.id]: 5, [s.otherTeam.id]: null });
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
        input: { email: `findes-ikke-${shortId()}@test.dk`, password: 'forkert-adgangskode' },
      });
      expect(errorCodes(res)).toEqual(['INVALID_CREDENTIALS']);
    });
  });
});
