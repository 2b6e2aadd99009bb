/**
 * Malformed input, generated from the schema: for every root field (operation-fixtures.ts) and
 * every argument slot of its input types, each class of bad value of the slot's type
 * (bad-values.ts: over-long text, NUL and control characters, impossible and out-of-range dates
 * and times, malformed ids and ids of the wrong kind, numbers at the edges of JSON, a list item
 * repeated and over-long lists). A mutation answers a typed error —
 * BAD_USER_INPUT naming the field in Danish, NOT_FOUND/FORBIDDEN/CONFLICT, or a GraphQL
 * validation error — never an internal error, and writes nothing; a query never fails internally.
 */
import { closeOwnerDataSource } from '@act/db/testing';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { looksDanish, tenantChecksum } from '../testing/db-state';
import { badCases, LONG, withValue } from '../testing/bad-values';
import { createWorld, randomTarget, type World } from '../testing/fixture-world';
import { CONCURRENCY, expectEveryFieldHasAFixture, matrixFixtures, pool, send, summary } from '../testing/matrix';
import type { FixtureCase } from '../testing/operation-fixtures';

const TYPED = /^(BAD_USER_INPUT|NOT_FOUND|FORBIDDEN|CONFLICT|GRAPHQL_VALIDATION_FAILED|INVALID_CREDENTIALS)$/;
/** The caller's own session row is touched by any request; it is not a write of the operation. */
const TOUCHED = new Set(['user_session']);
/** Mutations whose arguments are all enums and Booleans: GraphQL itself refuses any other value. */
const CHECKED_BY_GRAPHQL = new Set(['setNotificationPreference', 'setMfaPolicy']);

const FIXTURES = matrixFixtures();
/** The case list is fixed at load time (names for jest); ids are filled from the world later. */
const SHAPE = randomTarget();
const CASES = FIXTURES.flatMap((fc) =>
  badCases(fc.field.field.args, fc.vars(SHAPE), SHAPE).map((bc, i) => ({
    fc,
    index: i,
    name: `${fc.field.kind} ${fc.field.name}: ${bc.label} (${bc.path.join('.')})`,
  })),
);

interface Outcome {
  res: GqlResult;
  changed: string[];
}

describe('malformed input to every root field', () => {
  let api: ApiHarness;
  let w: World;
  let consoleError: jest.SpyInstance;
  const outcomes = new Map<string, Outcome>();

  const diff = (before: Record<string, unknown>, after: Record<string, unknown>) =>
    Object.keys(after).filter((k) => after[k] !== before[k] && !TOUCHED.has(k));

  beforeAll(async () => {
    // The API logs unexpected errors (name and path only); keep test output readable.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    api = await startApi();
    w = await createWorld(api);
    const run = async (fc: FixtureCase, index: number) => {
      const valid = fc.vars(w.team1);
      const bc = badCases(fc.field.field.args, valid, w.team1)[index];
      const cookie = fc.roles[0] ? w.cookies[fc.roles[0]] : undefined;
      return send(api, fc, withValue(valid, bc.path, bc.value), cookie);
    };
    // One batch per root field, at bounded concurrency, with one checksum around it; a batch that
    // wrote runs again one case at a time, so that the failure names the case that wrote.
    for (const fc of FIXTURES) {
      const mine = CASES.filter((c) => c.fc === fc);
      if (!mine.length) continue;
      const before = await tenantChecksum(w.ids.tenantId);
      const results = await pool(mine, CONCURRENCY, (c) => run(fc, c.index));
      let last = await tenantChecksum(w.ids.tenantId);
      const changed = diff(before, last);
      mine.forEach((c, i) => outcomes.set(c.name, { res: results[i], changed: [] }));
      if (changed.length && fc.field.kind === 'mutation') {
        for (const c of mine) {
          const res = await run(fc, c.index);
          const now = await tenantChecksum(w.ids.tenantId);
          outcomes.set(c.name, { res, changed: diff(last, now) });
          last = now;
        }
      }
    }
  }, 300_000);

  afterAll(async () => {
    consoleError?.mockRestore();
    await api?.close();
    await closeOwnerDataSource();
  });

  it('every root field has a fixture (apps/api/src/testing/operation-fixtures.ts)', expectEveryFieldHasAFixture);

  it('covers every mutation with an argument', () => {
    const withArgs = FIXTURES.filter((f) => f.field.kind === 'mutation' && f.field.field.args.length && !CHECKED_BY_GRAPHQL.has(f.field.name));
    expect(new Set(CASES.filter((c) => c.fc.field.kind === 'mutation').map((c) => c.fc.field.name))).toEqual(
      new Set(withArgs.map((f) => f.field.name)),
    );
  });

  it.each(CASES)('$name', ({ fc, name }) => {
    const { res, changed } = outcomes.get(name)!;
    const why = `${name}: ${summary(res)}`;
    const codes = (res.errors ?? []).map((e) => String(e.extensions?.code));
    expect([why, res.status < 500, codes.includes('INTERNAL_SERVER_ERROR')]).toEqual([why, true, false]);
    expect([why, JSON.stringify(res.errors ?? []).includes(LONG)]).toEqual([why, false]);
    if (fc.field.kind === 'query') {
      if (codes.length) expect([why, codes[0]]).toEqual([why, expect.stringMatching(TYPED)]);
      return;
    }
    expect([why, 'tables changed', changed]).toEqual([why, 'tables changed', []]);
    expect([why, codes.length > 0, res.data?.[fc.field.name] ?? null]).toEqual([why, true, null]);
    expect([why, codes[0]]).toEqual([why, expect.stringMatching(TYPED)]);
    const error = res.errors![0];
    // Refused by the app (the error has the field's path): say which field, in Danish.
    if (codes[0] === 'BAD_USER_INPUT' && error.path) {
      expect([why, typeof error.extensions?.field, looksDanish(error.message)]).toEqual([why, 'string', true]);
    }
  });
});
