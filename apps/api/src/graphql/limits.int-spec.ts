/**
 * GraphQL hardening, by sending the attack queries: depth, alias and token limits, page-size
 * caps, Apollo's CSRF prevention, and no introspection or field suggestions in production.
 */
import { closeOwnerDataSource, createTestTenant, ownerDataSource, testDatabaseUrls, type TestTenant } from '@act/db/testing';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { type Cookies, errorCodes, loginAll } from '../testing/db-state';

const TYPED_REJECTION = /^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT|GRAPHQL_PARSE_FAILED)$/;

/** team { members { edges { node { team { members ... } } } } } nested `levels` times. */
function deepQuery(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `team { id members { edges { node { ${inner} } } } }`;
  return `{ teams(first: 1) { edges { node { members(first: 1) { edges { node { ${inner} } } } } } } }`;
}

function aliasQuery(n: number): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
}

/** The web app's own screens (apps/web/src/features, graphql folders), as sent. */
const TEAM_PAGE = `query TeamPage($id: ID!) { team(id: $id) { id name activeCitizenCount
  members(first: 100) { totalCount edges { cursor node { id discipline fte isTeamLeader user { id name } } } pageInfo { hasNextPage endCursor } } } }`;
const TEAM_CITIZENS = `query TeamCitizens($teamId: ID!, $first: Int!, $after: String) { team(id: $teamId) { id
  citizens(first: $first, after: $after) { totalCount edges { cursor node { id name status cprMasked } } pageInfo { hasNextPage endCursor } } } }`;
const ADMIN_TEAM = `query AdminTeam($id: ID!) { team(id: $id) { id name
  members(first: 100) { totalCount edges { cursor node { id discipline fte isTeamLeader user { id name email } } } pageInfo { hasNextPage endCursor } } } }`;
const STEERING_OVERVIEW = `query SteeringOverview { teams(first: 100) { totalCount edges { cursor node { id name activeCitizenCount } } pageInfo { hasNextPage endCursor } } }`;
const CITIZEN_PAGE = `query CitizenPage($id: ID!) { citizen(id: $id) { id name cprMasked status statusReason phone email
  address { street postalCode city accessNote } team { id name } updatedAt } }`;

describe('GraphQL limits and hardening', () => {
  let api: ApiHarness;
  let prod: ApiHarness;
  let t: TestTenant;
  let c: Cookies;
  let consoleError: jest.SpyInstance;

  beforeAll(async () => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    // One after the other: startApi sets process.env while the app boots.
    api = await startApi();
    // Production with the must-haves its start-up check requires (ADR 0022).
    prod = await startApi({ NODE_ENV: 'production', PUBLIC_URL: 'https://act.example.invalid', DATABASE_APP_URL: testDatabaseUrls().app });
    t = await createTestTenant();
    c = await loginAll(api, t);
  });
  afterAll(async () => {
    consoleError.mockRestore();
    await Promise.all([api?.close(), prod?.close()]);
    await closeOwnerDataSource();
  });

  const expectRejected = (res: GqlResult) => {
    expect(res.status).toBe(400);
    expect(errorCodes(res)[0]).toMatch(TYPED_REJECTION);
    expect(res.data).toBeNull();
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.errors![0].path).toBeUndefined(); // no resolver ran
  };

  describe('query limits', () => {
    it("accepts the web app's citizen list, citizen and steering screens", async () => {
      const list = await api.gql(TEAM_CITIZENS, { teamId: t.team.id, first: 100 }, c.leader);
      expect(list.errors).toBeUndefined();
      expect(list.data!.team.citizens.edges.map((e: any) => e.node.id)).toEqual([t.citizen.id]);
      const one = await api.gql(CITIZEN_PAGE, { id: t.citizen.id }, c.member);
      expect(one.errors).toBeUndefined();
      expect(one.data!.citizen).toMatchObject({ id: t.citizen.id, team: { id: t.team.id } });
      const steering = await api.gql(STEERING_OVERVIEW, {}, c.steeringGroup);
      expect(steering.errors).toBeUndefined();
      expect(steering.data!.teams.totalCount).toBe(2);
    });

    it('answers every operation with Cache-Control: no-store, also with the cache-control plugin off (ADR 0027)', async () => {
      const one = await api.gql(CITIZEN_PAGE, { id: t.citizen.id }, c.member);
      expect(one.errors).toBeUndefined();
      expect(one.headers.get('cache-control')).toBe('no-store');
      const refused = await prod.gql('{ __schema { types { name } } }', {});
      expect(refused.headers.get('cache-control')).toBe('no-store');
    });

    /*
     * The cost estimate (query-cost.plugin.ts, maxCost 5000) leaves room for the web app's own
     * heaviest screens: the team page and the admin's team page, with members(first: 100).
     */
    it("accepts the web app's team screens (TeamPage, AdminTeam with members(first: 100))", async () => {
      const team = await api.gql(TEAM_PAGE, { id: t.team.id }, c.leader);
      expect(team.errors).toBeUndefined();
      expect(team.data!.team).toMatchObject({ id: t.team.id, activeCitizenCount: 1, members: { totalCount: 2 } });
      const admin = await api.gql(ADMIN_TEAM, { id: t.team.id }, c.admin);
      expect(admin.errors).toBeUndefined();
      expect(admin.data!.team.members.totalCount).toBe(2);
    });

    /*
     * The cost estimate reads `first` from the variables as well as from literals
     * (query-cost.plugin.ts), so passing the page size as a variable does not slip past the limit.
     */
    it('counts page sizes passed as variables in the cost, like literal ones', async () => {
      const lists = (first: string) =>
        Array.from({ length: 8 }, (_, i) => `m${i}: members(first: ${first}) { edges { node { user { id name email role } team { id name } } } }`).join(' ');
      const literal = await api.gql(`query($id: ID!) { team(id: $id) { ${lists('100')} } }`, { id: t.team.id }, c.admin);
      expectRejected(literal);
      const variable = await api.gql(`query($id: ID!, $n: Int!) { team(id: $id) { ${lists('$n')} } }`, { id: t.team.id, n: 100 }, c.admin);
      expectRejected(variable);
    });

    it('rejects a query within depth and alias limits whose cost is too high', async () => {
      const wide = Array.from({ length: 8 }, (_, i) => `m${i}: members(first: 100) { edges { node { user { id name email role } team { id name } } } }`);
      const res = await api.gql(`query($id: ID!) { team(id: $id) { ${wide.join(' ')} } }`, { id: t.team.id }, c.admin);
      expectRejected(res);
      expect(res.errors![0].message).toMatch(/for stor/);
    });

    it('accepts a query nested to depth 7 and rejects one nested beyond depth 10', async () => {
      const shallow = await api.gql(deepQuery(0), {}, c.admin);
      expect(shallow.errors).toBeUndefined();
      expect(shallow.data!.teams.edges).toHaveLength(1);
      expectRejected(await api.gql(deepQuery(2), {}, c.admin));
      expectRejected(await api.gql(deepQuery(20), {}, c.admin));
    });

    it('accepts 15 aliases and rejects 16', async () => {
      const ok = await api.gql(aliasQuery(15), {}, c.member);
      expect(ok.errors).toBeUndefined();
      expect(Object.keys(ok.data!)).toHaveLength(15);
      expect(ok.data!.a14).toEqual({ id: t.member.id });
      expectRejected(await api.gql(aliasQuery(16), {}, c.member));
      expectRejected(await api.gql(aliasQuery(200), {}, c.member));
    });

    it('rejects a query with a huge number of tokens, without data', async () => {
      const res = await api.gql(`{ me { ${'id '.repeat(2100)} } }`, {}, c.member);
      expect(res.data).toBeNull();
      expect(res.errors![0].message).toMatch(/tokens/);
      const ok = await api.gql(`{ me { ${'id '.repeat(100)} } }`, {}, c.member);
      expect(ok.data).toEqual({ me: { id: t.member.id } });
    });

    /*
     * The token limit is graphql's own parser option (graphql-options.ts parseOptions), so a
     * too-long query is bad input with status 400, never a 500.
     */
    it('answers a too-long query with status 400, not 500', async () => {
      const res = await api.gql(`{ me { ${'id '.repeat(2100)} } }`, {}, c.member);
      expect(res.status).toBe(400);
    });

    it('gives limit rejections a typed code, not INTERNAL_SERVER_ERROR', async () => {
      for (const query of [deepQuery(20), aliasQuery(16), `{ mee { id } }`]) {
        const res = await api.gql(query, {}, c.admin);
        expect(errorCodes(res)[0]).toMatch(TYPED_REJECTION);
      }
      const introspection = await prod.gql(`{ __schema { types { name } } }`, {}, c.admin);
      expect(errorCodes(introspection)[0]).toMatch(TYPED_REJECTION);
    });
  });

  describe('page size cap', () => {
    it.each([
      ['teams(first: 101)', `{ teams(first: 101) { totalCount } }`, () => ({}), 'admin'],
      ['teams(first: 0)', `{ teams(first: 0) { totalCount } }`, () => ({}), 'admin'],
      ['users(first: 1000)', `{ users(first: 1000) { totalCount } }`, () => ({}), 'admin'],
      ['accessLog(first: 101)', `{ accessLog(first: 101) { edges { cursor } } }`, () => ({}), 'admin'],
      ['team.members(first: 101)', `query($id: ID!) { team(id: $id) { members(first: 101) { totalCount } } }`, (tt: TestTenant) => ({ id: tt.team.id }), 'admin'],
      ['team.citizens(first: 101)', `query($id: ID!) { team(id: $id) { citizens(first: 101) { totalCount } } }`, (tt: TestTenant) => ({ id: tt.team.id }), 'leader'],
      ['team.citizens(first: -1)', `query($id: ID!) { team(id: $id) { citizens(first: -1) { totalCount } } }`, (tt: TestTenant) => ({ id: tt.team.id }), 'leader'],
    ] as const)('%s → BAD_USER_INPUT on first', async (_name, query, vars, role) => {
      const res = await api.gql(query, vars(t), c[role]);
      expect(res.data).toBeNull();
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(res.errors![0].message).toMatch(/højst hentes 100|mindst 1/);
    });

    it('first: 100 is allowed', async () => {
      const res = await api.gql(`{ teams(first: 100) { totalCount } }`, {}, c.admin);
      expect(res.data).toEqual({ teams: { totalCount: 2 } });
    });
  });

  describe('CSRF prevention', () => {
    const teamCount = async () =>
      (await (await ownerDataSource()).query(`SELECT count(*)::int AS n FROM team WHERE tenant_id = $1`, [t.tenantId]))[0].n as number;

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
      'refuses a POST with content-type %s and runs nothing (even with a valid cookie)',
      async (contentType) => {
        const before = await teamCount();
        const res = await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': contentType, cookie: c.admin },
          body: JSON.stringify({ query: `mutation { createTeam(input: { name: "CSRF-team" }) { id } }` }),
        });
        expect(res.status).toBe(400);
        const body = (await res.json()) as { data?: unknown; errors: Array<{ message: string }> };
        expect(body.data).toBeUndefined();
        expect(body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
        expect(await teamCount()).toBe(before);
      },
    );

    // The API takes POST only (405 for GET, so nothing asked for ends up in a URL); Apollo's
    // CSRF prevention would refuse a simple GET with 400 as a second line.
    it('refuses a simple GET with the query in the URL', async () => {
      const res = await fetch(`${api.url}?query=${encodeURIComponent('{ me { id email } }')}`, { headers: { cookie: c.admin } });
      expect([400, 405]).toContain(res.status);
      const text = await res.text();
      expect(text).not.toContain(t.admin.email);
      expect(text).not.toContain('"data"');
    });

    it('refuses a mutation sent as GET even with the preflight header', async () => {
      const before = await teamCount();
      const query = encodeURIComponent(`mutation { createTeam(input: { name: "GET-team" }) { id } }`);
      const res = await fetch(`${api.url}?query=${query}`, { headers: { cookie: c.admin, 'apollo-require-preflight': 'true' } });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(await teamCount()).toBe(before);
    });

    it('accepts the JSON POST the web app sends', async () => {
      const res = await api.gql(`{ me { id } }`, {}, c.admin);
      expect(res.status).toBe(200);
      expect(res.data).toEqual({ me: { id: t.admin.id } });
    });
  });

  describe('introspection and suggestions', () => {
    it('allows introspection outside production', async () => {
      const res = await api.gql(`{ __schema { types { name } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data!.__schema.types.map((x: { name: string }) => x.name)).toEqual(expect.arrayContaining(['Citizen', 'AccessLogEntry']));
    });

    it.each([`{ __schema { types { name } } }`, `{ __type(name: "Citizen") { fields { name } } }`])(
      'refuses introspection in production: %s',
      async (query) => {
        const res = await prod.gql(query, {}, c.admin);
        expectRejected(res);
        expect(JSON.stringify(res)).not.toMatch(/AccessLogEntry|cprMasked/);
      },
    );

    it('gives no "Did you mean" suggestion for a misspelt field in production', async () => {
      for (const query of [`{ mee { id } }`, `{ teams { edgez { node { id } } } }`, `{ me { emial } }`]) {
        const res = await prod.gql(query, {}, c.admin);
        expectRejected(res);
        expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|"me"|edges|email/);
      }
    });

    // Control for the test above: outside production GraphQL does suggest.
    it('does suggest outside production (control)', async () => {
      const res = await api.gql(`{ mee { id } }`, {}, c.admin);
      expect(res.errors![0].message).toMatch(/Did you mean "me"/);
    });
  });
});
