/**
 * Tenant isolation, generated from the schema: every root field (operation-fixtures.ts) × every
 * role of tenant A, aimed at tenant B's objects (each field's fixture with B's ids). The answer
 * never carries B's data (ids, names, e-mails, CPR numbers), an operation aimed at B is refused
 * or empty, and B's rows in every tenant table are byte-for-byte the same afterwards.
 */
import { closeOwnerDataSource } from '@act/db/testing';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { errorCodes, leaks, tenantChecksum } from '../testing/db-state';
import { idKind, scalarSlots, withValue } from '../testing/bad-values';
import { createWorld, idsOf, randomTarget, type World } from '../testing/fixture-world';
import { aimsAt, CONCURRENCY, expectEveryFieldHasAFixture, matrixFixtures, pool, secretsOfTenant, send, summary } from '../testing/matrix';
import { type CallerRole, type FixtureCase, OPERATION_FIXTURES } from '../testing/operation-fixtures';

const ROLES: CallerRole[] = ['admin', 'leader', 'member', 'steeringGroup'];
const FIXTURES = matrixFixtures();
const QUERIES = FIXTURES.filter((f) => f.field.kind === 'query');
const MUTATIONS = FIXTURES.filter((f) => f.field.kind === 'mutation');

interface Outcome {
  role: CallerRole;
  fc: FixtureCase;
  variables: Record<string, unknown>;
  res: GqlResult;
  /** Tables of B that changed while this case ran (mutations are checked one by one). */
  changed: string[];
}

/**
 * Mixed cases: a field with two or more ids, called on A's own objects with ONE id swapped for
 * B's object of the same kind (A's team + B's user, A's meeting item + B's member…). A reference
 * across tenants must be refused as a whole: nothing written in A or in B.
 */
const SHAPE = randomTarget();
const MIXED = FIXTURES.filter((fc) => fc.roles.length).flatMap((fc) => {
  const ids = scalarSlots(fc.field.field.args, fc.vars(SHAPE)).filter((slot) => slot.type === 'ID' && idKind(slot.valid, SHAPE));
  if (ids.length < 2) return [];
  return ids.map((slot) => ({ fc, path: slot.path, name: `${fc.roles[0]} × ${fc.field.kind} ${fc.field.name} with B's ${slot.path.join('.')}` }));
});

const label = (o: { role: CallerRole; fc: FixtureCase }) => `${o.role} × ${o.fc.field.kind} ${o.fc.field.name}`;

describe('tenant isolation: every role of A × every root field aimed at B', () => {
  let api: ApiHarness;
  let a: World;
  let b: World;
  let secrets: string[];
  let bIds: string[];
  const outcomes = new Map<string, Outcome>();
  const mixed = new Map<string, { res: GqlResult; changed: string[] }>();

  beforeAll(async () => {
    api = await startApi();
    [a, b] = await Promise.all([createWorld(api), createWorld(api)]);
    secrets = secretsOfTenant(b);
    bIds = [...idsOf(b.team1), ...idsOf(b.team2)];

    const diff = (before: Record<string, unknown>, after: Record<string, unknown>) =>
      Object.keys(after).filter((k) => after[k] !== before[k]);
    // Queries: all at once (bounded), one checksum for the batch.
    const beforeQueries = await tenantChecksum(b.ids.tenantId);
    const queryCases = ROLES.flatMap((role) => QUERIES.map((fc) => ({ role, fc })));
    await pool(queryCases, CONCURRENCY, async ({ role, fc }) => {
      const variables = fc.vars(b.team1);
      const res = await send(api, fc, variables, a.cookies[role]);
      outcomes.set(label({ role, fc }), { role, fc, variables, res, changed: [] });
    });
    const queriesChanged = diff(beforeQueries, await tenantChecksum(b.ids.tenantId));
    for (const o of outcomes.values()) o.changed = queriesChanged;
    // Mixed: one by one, with checksums of A and B after each.
    const OWN_TRAIL = new Set(['access_log', 'user_session']);
    let aBefore = await tenantChecksum(a.ids.tenantId);
    let bBefore = await tenantChecksum(b.ids.tenantId);
    for (const m of MIXED) {
      const valid = m.fc.vars(a.team1);
      const kind = idKind(scalarSlots(m.fc.field.field.args, valid).find((slot) => slot.path.join('.') === m.path.join('.'))!.valid, a.team1)!;
      const variables = withValue(valid, m.path, b.team1[kind]);
      const res = await send(api, m.fc, variables, a.cookies[m.fc.roles[0]]);
      const [aAfter, bAfter] = await Promise.all([tenantChecksum(a.ids.tenantId), tenantChecksum(b.ids.tenantId)]);
      mixed.set(m.name, {
        res,
        changed: [...diff(aBefore, aAfter).filter((k) => !OWN_TRAIL.has(k)).map((k) => `A.${k}`), ...diff(bBefore, bAfter).map((k) => `B.${k}`)],
      });
      [aBefore, bBefore] = [aAfter, bAfter];
    }
    // Mutations: one by one, with a checksum after each, so that a write names its operation.
    let before = await tenantChecksum(b.ids.tenantId);
    for (const role of ROLES) {
      for (const fc of MUTATIONS) {
        const variables = fc.vars(b.team1);
        const res = await send(api, fc, variables, a.cookies[role]);
        const after = await tenantChecksum(b.ids.tenantId);
        outcomes.set(label({ role, fc }), { role, fc, variables, res, changed: diff(before, after) });
        before = after;
      }
    }
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  it('every root field has a fixture (apps/api/src/testing/operation-fixtures.ts)', expectEveryFieldHasAFixture);

  it('the leak detector finds B data when B itself asks (control, so the matrix can fail)', async () => {
    const byName = (name: string) => FIXTURES.find((f) => f.field.name === name)!;
    const citizen = await send(api, byName('citizen'), byName('citizen').vars(b.team1), b.cookies.leader);
    expect(leaks(citizen, secrets)).toEqual(expect.arrayContaining([b.team1.citizenId, b.tenant.citizen.name, b.tenant.team.name]));
    const users = await send(api, byName('users'), byName('users').vars(b.team1), b.cookies.admin);
    expect(leaks(users, secrets)).toEqual(expect.arrayContaining([b.tenant.admin.email, b.tenant.member.name]));
    const cpr = await send(api, byName('citizenCpr'), byName('citizenCpr').vars(b.team1), b.cookies.member);
    expect(leaks(cpr, secrets)).toContain(b.tenant.citizen.cpr);
  });

  const CASES = ROLES.flatMap((role) => FIXTURES.map((fc) => ({ role, fc, label: label({ role, fc }) })));

  it.each(CASES)('$label', ({ role, fc }) => {
    const o = outcomes.get(label({ role, fc }))!;
    const why = `${label(o)}: ${summary(o.res)}`;
    expect([why, o.res.status < 500]).toEqual([why, true]);
    expect([why, errorCodes(o.res)]).not.toEqual([why, expect.arrayContaining(['INTERNAL_SERVER_ERROR'])]);
    expect([why, leaks({ data: o.res.data, errors: o.res.errors }, secrets)]).toEqual([why, []]);
    expect([why, 'B tables changed', o.changed]).toEqual([why, 'B tables changed', []]);
    // A mutation aimed at B's objects is refused as a whole: nothing of it ran.
    if (fc.field.kind === 'mutation' && aimsAt(o.variables, bIds)) {
      expect([why, o.res.data]).toEqual([why, null]);
      expect([why, errorCodes(o.res)[0]]).toEqual([why, expect.stringMatching(/^(NOT_FOUND|FORBIDDEN|UNAUTHENTICATED)$/)]);
    }
  });

  it.each(MIXED)('mixed: $name', ({ fc, name }) => {
    const { res, changed } = mixed.get(name)!;
    const why = `${name}: ${summary(res)}`;
    expect([why, res.status < 500, errorCodes(res).includes('INTERNAL_SERVER_ERROR')]).toEqual([why, true, false]);
    expect([why, leaks({ data: res.data, errors: res.errors }, secrets)]).toEqual([why, []]);
    expect([why, 'tables changed', changed]).toEqual([why, 'tables changed', []]);
    if (fc.field.kind === 'mutation') {
      expect([why, res.data?.[fc.field.name] ?? null]).toEqual([why, null]);
      expect([why, errorCodes(res)[0]]).toEqual([why, expect.stringMatching(/^(NOT_FOUND|FORBIDDEN|BAD_USER_INPUT)$/)]);
    }
  });

  /*
   * The fixtures are valid: each field, called by its first role on its own team's objects,
   * runs without an error at the root field. Without this, a refusal above could mean "bad
   * variables" rather than "not yours". Errors deeper down are allowed: the generated selection
   * set asks for everything, and a role may not read every part (an admin gets a team, not its
   * citizens). Runs after the matrix (it changes A's data), in the order of OPERATION_FIXTURES,
   * entries marked `last` at the end.
   */
  it("every fixture's valid call succeeds at the root for its own role on its own team", async () => {
    const order = Object.keys(OPERATION_FIXTURES);
    const byOrder = [...FIXTURES].sort((x, y) => order.indexOf(x.field.name) - order.indexOf(y.field.name));
    const ordered = [...byOrder.filter((f) => !f.last), ...byOrder.filter((f) => f.last)];
    const failures: string[] = [];
    for (const fc of ordered) {
      const cookie = fc.roles[0] ? a.cookies[fc.roles[0]] : undefined;
      const res = await send(api, fc, fc.vars(a.team1), cookie);
      const atRoot = (res.errors ?? []).filter((e) => (e.path?.length ?? 0) <= 1).map((e) => String(e.extensions?.code));
      const expected = fc.expectedCode ? [fc.expectedCode] : [];
      if (JSON.stringify(atRoot) !== JSON.stringify(expected)) failures.push(`${fc.field.name}: ${summary(res)}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
