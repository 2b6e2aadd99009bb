/**
 * No N+1: the number of SQL statements an operation sends must not grow with the length of the
 * lists it returns. Counted in-process by the API's query counter (every statement through its
 * pool: BEGIN, session lookup, viewer, queries, audit INSERT, COMMIT).
 *
 * Page sizes are passed as variables, as the web app does. (With a literal `first: 100` the
 * cost limit refuses these queries — see limits.int-spec.ts.)
 */
import { addTeamMember, closeOwnerDataSource, createTeam, createTestTenant, createUser, ownerDataSource, shortId, type TestTenant } from '@act/db/testing';
import { Discipline, Role } from '@act/db';
import { type ApiHarness, startApi } from '../testing/api-harness';
import { insertCitizens } from '../testing/db-state';

const CITIZENS = `query($id: ID!, $first: Int!) { team(id: $id) { citizens(first: $first) { edges { node {
  id name cprMasked status team { id name activeCitizenCount } address { street } } } } } }`;

const TEAMS_WITH_MEMBERS = `query($m: Int!) { teams { edges { node { activeCitizenCount
  members(first: $m) { edges { node { user { name } team { name } } } } } } } }`;

describe('statements per operation do not grow with list length', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  it('team.citizens: first 10 and first 100 of 100 citizens cost the same number of statements', async () => {
    const t = await createTestTenant();
    await insertCitizens(t.tenantId, t.team.id, 99);
    const cookie = await api.login(t.leader.email, t.password);
    let answer: any;
    const run = (first: number) =>
      api.countQueries(async () => {
        answer = await api.gql(CITIZENS, { id: t.team.id, first }, cookie);
        expect(answer.errors).toBeUndefined();
      });
    await run(10); // warm-up
    const ten = await run(10);
    expect(answer.data.team.citizens.edges).toHaveLength(10);
    const hundred = await run(100);
    expect(answer.data.team.citizens.edges).toHaveLength(100);
    expect(answer.data.team.citizens.edges[99].node.team).toEqual({ id: t.team.id, name: t.team.name, activeCitizenCount: 100 });
    expect(hundred).toBe(ten);
    // Sanity: the counter counts (session, viewer, count, page, team, aggregate, audit, ...).
    expect(ten).toBeGreaterThan(3);
  });

  describe('teams with members', () => {
    /** A tenant with `teams` teams of `perTeam` members each; returns an admin cookie. */
    async function tenantWithTeams(teams: number, perTeam: number): Promise<{ t: TestTenant; teamIds: string[]; cookie: string }> {
      const owner = await ownerDataSource();
      const t = await createTestTenant();
      const teamIds = [t.team.id, t.otherTeam.id];
      for (let i = teamIds.length; i < teams; i++) teamIds.push((await createTeam(owner, t.tenantId, `Ekstra team ${i} ${shortId()}`)).id);
      await addMembers(t, teamIds, perTeam);
      return { t, teamIds, cookie: await api.login(t.admin.email, t.password) };
    }

    /** Tops every team up to `perTeam` members. */
    async function addMembers(t: TestTenant, teamIds: string[], perTeam: number): Promise<void> {
      const owner = await ownerDataSource();
      for (const teamId of teamIds) {
        const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM team_member WHERE team_id = $1`, [teamId]);
        for (let i = n; i < perTeam; i++) {
          const user = await createUser(owner, t.tenantId, { role: Role.TeamMember });
          await addTeamMember(owner, t.tenantId, teamId, user.id, { discipline: Discipline.Nursing, fte: 0.5 });
        }
      }
    }

    const measure = async (cookie: string, expectedTeams: number, expectedMembers: number) => {
      let answer: any;
      const count = await api.countQueries(async () => {
        answer = await api.gql(TEAMS_WITH_MEMBERS, { m: 50 }, cookie);
      });
      expect(answer.errors).toBeUndefined();
      const edges = answer.data.teams.edges;
      expect(edges).toHaveLength(expectedTeams);
      for (const e of edges) expect(e.node.members.edges).toHaveLength(expectedMembers);
      return count;
    };

    /*
     * Measured shape: 4 statements per team, all caused by the members connection being
     * resolved per team — its count and its page (2), plus one users batch and one teams batch
     * (2): the DataLoaders batch per tick, and each team's page arrives in its own tick, so the
     * `user` / `team` loads of one team's members form one batch. activeCitizenCount is one
     * batch for all teams. This grows per TEAM, which is accepted for a per-parent connection
     * (a members-by-team loader would make it constant). If the count grew with the number of
     * MEMBERS, that would be an N+1 bug — the second half checks it does not.
     */
    it('grows by at most 4 statements per team (members connection) and not at all per member', async () => {
      const two = await tenantWithTeams(2, 3);
      const six = await tenantWithTeams(6, 3);
      await measure(two.cookie, 2, 3); // warm-up
      const q2 = await measure(two.cookie, 2, 3);
      const q6 = await measure(six.cookie, 6, 3);
      const perTeam = (q6 - q2) / 4;
      expect(Number.isInteger(perTeam)).toBe(true);
      expect(perTeam).toBeGreaterThanOrEqual(0);
      expect(perTeam).toBeLessThanOrEqual(4);

      // Same six teams, four times as many members each: not one statement more.
      await addMembers(six.t, six.teamIds, 12);
      const q6many = await measure(six.cookie, 6, 12);
      expect(q6many).toBe(q6);
    });
  });
});
