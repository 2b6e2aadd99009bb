/**
 * Whatever citizen data is sent is logged — generated from the schema (every root field of
 * operation-fixtures.ts, so a new query or mutation is covered without anyone listing it).
 * Each field is called by its first role on team 1's objects (the valid call of the fixture),
 * twice: once ending in an error after its data (endingInError: a mutation then rolls back
 * whole) and once as is. For every citizen whose data is in the answer, the access log holds a
 * row with that citizen and the request's id.
 *
 * "Citizen data in the answer": a `Citizen` object's id, any `citizenId`, or the id, name or
 * CPR number of one of the tenant's citizens anywhere in the answer (errors included).
 */
import { randomUUID } from 'node:crypto';
import { closeOwnerDataSource, ownerDataSource } from '@act/db/testing';
import {
  type FieldNode,
  getNamedType,
  type GraphQLNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type OperationDefinitionNode,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { type ApiHarness, type GqlResult, startApi } from '../testing/api-harness';
import { createWorld, randomTarget, type World } from '../testing/fixture-world';
import { expectEveryFieldHasAFixture, matrixFixtures, summary } from '../testing/matrix';
import { type FixtureCase, OPERATION_FIXTURES } from '../testing/operation-fixtures';
import { apiSchema, operationFor } from '../testing/schema-operations';

type Variant = 'valid' | 'ending in an error';

interface Outcome {
  fc: FixtureCase;
  variant: Variant;
  res: GqlResult;
  requestId: string;
  /** Citizens whose data the answer carries. */
  citizens: string[];
  /** Citizens of the request's access-log rows. */
  logged: string[];
}

/**
 * A path of fields from `type` down to a list with a `first` argument (at most 4 levels, fields
 * without required arguments), as a selection that fails: `a { b { list(first: 0) { __typename } } }`.
 */
function failingPathFrom(type: GraphQLNamedType): string | null {
  const queue: Array<{ type: GraphQLNamedType; path: string[] }> = [{ type, path: [] }];
  const seen = new Set<string>();
  while (queue.length) {
    const { type: t, path } = queue.shift()!;
    if (seen.has(t.name) || path.length > 3 || !(isObjectType(t) || isInterfaceType(t))) continue;
    seen.add(t.name);
    for (const f of Object.values(t.getFields())) {
      if (f.args.some((a) => a.name === 'first')) {
        return [...path, `${f.name}(first: 0) { __typename }`].reduceRight((inner, part, i) => (i === path.length ? part : `${part} { ${inner} }`), '');
      }
      if (!f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) queue.push({ type: getNamedType(f.type), path: [...path, f.name] });
    }
  }
  return null;
}

/**
 * Documents of the same operation that end in an error after its data. A query gets a failing
 * sibling field (nullable, so the rest of the answer stays). A mutation's root fields are all
 * non-null, so the error goes inside its selection, under a nullable field (an error stops at
 * the nearest nullable field; the root field's data stays): a list asked for with page size 0,
 * as in the reproduction (a nested page size out of range). One document per nullable
 * object field of the selection, the last first.
 */
function endingInError(document: string, kind: 'query' | 'mutation'): string[] {
  if (kind === 'query') {
    const end = document.lastIndexOf('}');
    return [`${document.slice(0, end)} zzFails: teamMeetingRhythm(teamId: "${randomUUID()}") { teamId } }`];
  }
  const ast = parse(document);
  const info = new TypeInfo(apiSchema());
  const candidates: Array<{ node: FieldNode; failing: string }> = [];
  let depth = 0;
  visit(
    ast,
    visitWithTypeInfo(info, {
      Field: {
        enter(node) {
          const type = info.getType();
          const named = type ? getNamedType(type) : undefined;
          if (depth > 0 && type && !isNonNullType(type) && named && node.selectionSet) {
            const failing = failingPathFrom(named);
            if (failing) candidates.push({ node, failing });
          }
          depth++;
        },
        leave() {
          depth--;
        },
      },
    }),
  );
  return candidates.reverse().map(({ node: target, failing }) => {
    const extra = (parse(`{ zzFails: ${failing} }`).definitions[0] as OperationDefinitionNode).selectionSet.selections;
    return print(
      visit(ast, {
        Field(node) {
          if (node !== target || !node.selectionSet) return undefined;
          return { ...node, selectionSet: { ...node.selectionSet, selections: [...node.selectionSet.selections, ...extra] } };
        },
      }),
    );
  });
}

/** Citizen ids found by the answer's shape: a Citizen's id and every `citizenId`. */
function citizenIdsByShape(value: unknown, type: GraphQLNamedType | undefined, found: Set<string>): void {
  if (value === null || value === undefined || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) citizenIdsByShape(v, type, found);
    return;
  }
  const obj = value as Record<string, unknown>;
  let t = type;
  if (t && (isUnionType(t) || isInterfaceType(t)) && typeof obj.__typename === 'string') t = apiSchema().getType(obj.__typename) ?? t;
  const fields = t && (isObjectType(t) || isInterfaceType(t)) ? t.getFields() : {};
  if (t?.name === 'Citizen' && typeof obj.id === 'string') found.add(obj.id);
  for (const [key, v] of Object.entries(obj)) {
    if (/^citizenIds?$/.test(key)) for (const id of [v].flat()) if (typeof id === 'string') found.add(id);
    const field = fields[key];
    citizenIdsByShape(v, field ? getNamedType(field.type) : undefined, found);
  }
}

interface KnownCitizen {
  id: string;
  marks: string[];
}

/** The tenant's citizens, each with what betrays them in a text: id, name, CPR (plain and with a dash). */
async function knownCitizens(tenantId: string): Promise<KnownCitizen[]> {
  const owner = await ownerDataSource();
  const rows: Array<{ id: string; name: string; cpr: string }> = await owner.query(`SELECT id, name, cpr FROM citizen WHERE tenant_id = $1`, [tenantId]);
  return rows.map((r) => ({ id: r.id, marks: [r.id, r.name, r.cpr, `${r.cpr.slice(0, 6)}-${r.cpr.slice(6)}`] }));
}

function citizensIn(res: GqlResult, root: string, kind: 'query' | 'mutation', known: KnownCitizen[]): string[] {
  const found = new Set<string>();
  const rootType = kind === 'query' ? apiSchema().getQueryType() : apiSchema().getMutationType();
  const field = rootType?.getFields()[root];
  citizenIdsByShape(res.data?.[root], field ? getNamedType(field.type) : undefined, found);
  const text = JSON.stringify({ data: res.data?.[root] ?? null, errors: res.errors ?? [] });
  for (const c of known) if (c.marks.some((m) => text.includes(m))) found.add(c.id);
  return [...found].sort();
}

const FIXTURES = matrixFixtures();
/** The order of the valid calls of the tenant-isolation suite: entries marked `last` at the end. */
const ORDERED = (() => {
  const order = Object.keys(OPERATION_FIXTURES);
  const byOrder = [...FIXTURES].sort((x, y) => order.indexOf(x.field.name) - order.indexOf(y.field.name));
  return [...byOrder.filter((f) => !f.last), ...byOrder.filter((f) => f.last)];
})();
const VARIANTS: Variant[] = ['ending in an error', 'valid'];
/** The answer carried the field's data and an error: what defect 1 was about. */
const dataWithError = (o: Outcome) => o.res.data?.[o.fc.field.name] != null && (o.res.errors ?? []).length > 0;
const label = (fc: FixtureCase, variant: Variant) => `${fc.field.kind} ${fc.field.name} (${variant})`;
/** Fields with a way to end in an error after their data (a mutation without a nested list has none). */
const CAN_FAIL = new Set(ORDERED.filter((fc) => endingInError(operationFor(fc.field, fc.vars(randomTarget())).document, fc.field.kind).length).map((fc) => fc.field.name));
const CASES = ORDERED.flatMap((fc) =>
  VARIANTS.filter((v) => v === 'valid' || CAN_FAIL.has(fc.field.name)).map((variant) => ({ fc, variant, name: label(fc, variant) })),
);

describe('access log: every citizen in an answer is logged, whatever the outcome', () => {
  let api: ApiHarness;
  let w: World;
  const outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    api = await startApi();
    w = await createWorld(api);
    const owner = await ownerDataSource();
    // One by one, in the valid calls' order: the error variant first (a mutation rolls back, so
    // the valid call after it finds the world as the fixtures expect).
    for (const fc of ORDERED) {
      const cookie = fc.roles[0] ? w.cookies[fc.roles[0]] : undefined;
      const variables = fc.vars(w.team1);
      const document = operationFor(fc.field, variables).document;
      const record = async (variant: Variant, sent: string): Promise<Outcome> => {
        const res = await api.gql(sent, variables, cookie);
        const requestId = res.headers.get('x-request-id') ?? '';
        const rows: Array<{ citizen_id: string }> = await owner.query(
          // Both shapes (ADR 0026): a row's one citizen, or each citizen of a row about several.
          `SELECT DISTINCT c::text AS citizen_id FROM access_log, unnest(coalesce(citizen_ids, ARRAY[citizen_id])) AS c
           WHERE request_id = $1 AND c IS NOT NULL`,
          [requestId],
        );
        const citizens = citizensIn(res, fc.field.name, fc.field.kind, await knownCitizens(w.ids.tenantId));
        return { fc, variant, res, requestId, citizens, logged: rows.map((r) => r.citizen_id).sort() };
      };
      // The first candidate whose answer carries the field's data and an error (at most 6 tried).
      let failing: Outcome | undefined;
      for (const sent of endingInError(document, fc.field.kind).slice(0, 6)) {
        failing = await record('ending in an error', sent);
        if (dataWithError(failing)) break;
      }
      if (failing) outcomes.set(label(fc, 'ending in an error'), failing);
      outcomes.set(label(fc, 'valid'), await record('valid', document));
    }
  }, 300_000);

  afterAll(async () => {
    await api?.close();
    await closeOwnerDataSource();
  });

  it('every root field has a fixture (apps/api/src/testing/operation-fixtures.ts)', expectEveryFieldHasAFixture);

  it('the suite can fail: it finds citizens in answers, also in answers that carry an error', () => {
    const of = (name: string, variant: Variant) => outcomes.get(label(ORDERED.find((f) => f.field.name === name)!, variant))!;
    expect(of('citizen', 'valid').citizens).toEqual([w.team1.citizenId]);
    const withCitizens = (variant: Variant) =>
      [...outcomes.values()].filter((o) => o.variant === variant && o.citizens.length && (variant === 'valid' || dataWithError(o))).map((o) => o.fc.field.name);
    // Reads and writes of citizen data across the features (citizens, care plans, visits, meetings, boards…).
    expect(withCitizens('valid')).toEqual(expect.arrayContaining(['citizen', 'team', 'visit', 'carePlanVersion', 'updateCitizen', 'planVisit', 'teamBoard']));
    // The case: a mutation's answer with the citizen's data and an error after it.
    expect(dataWithError(of('updateCitizen', 'ending in an error'))).toBe(true);
    expect(withCitizens('ending in an error')).toEqual(expect.arrayContaining(['citizen', 'team', 'updateCitizen', 'planVisit', 'assignPrimaryContact']));
    for (const o of outcomes.values()) expect([o.fc.field.name, o.requestId]).toEqual([o.fc.field.name, expect.stringMatching(/\S{8,}/)]);
  });

  it.each(CASES)('$name', ({ fc, variant }) => {
    const o = outcomes.get(label(fc, variant))!;
    const why = `${label(fc, variant)}: ${summary(o.res)}`;
    const unlogged = o.citizens.filter((id) => !o.logged.includes(id));
    expect([why, 'citizens in the answer without a log row', unlogged]).toEqual([why, 'citizens in the answer without a log row', []]);
  });
});
