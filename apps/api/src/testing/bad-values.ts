/**
 * Malformed values for the generated bad-input matrix, by GraphQL input type: the ONE place that
 * says which classes of bad value each type gets. To add a class (e.g. numeric edges for Int and
 * Float, or repeated items for lists), add it here; every argument of that type in the schema is
 * then covered. Numbers at the edges of JSON, repeated list items and over-long lists: issue 10.
 */
import {
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
} from 'graphql';
import type { Target } from './fixture-world';

export interface BadValue {
  label: string;
  value: unknown;
}

/** What a value class knows about the place it goes. */
export interface Slot {
  /** Path in the variables: ['input', 'address', 'street'], ['memberIds', 0]… */
  path: Array<string | number>;
  /** The argument or input field (its name and description tell dates and times apart). */
  field: GraphQLArgument | GraphQLInputField;
  /** The value the valid fixture has there (undefined when the fixture leaves it out). */
  valid: unknown;
  /** The team whose objects the valid variables aim at (for ids of the wrong kind). */
  target: Target;
}

export const LONG = 'x'.repeat(20_000);
const INJECTION = "'; DROP TABLE citizen; --";

const isDateText = (s: Slot) => /YYYY-MM-DD/.test(s.field.description ?? '') || /(Date|On|From|To|Until|^until|^date|^weekOf)$/.test(s.field.name);
const isTimeText = (s: Slot) => /HH:MM/.test(s.field.description ?? '') || /Time$/.test(s.field.name);

/** An id of another kind from the same team: a team id where a citizen id belongs, else a citizen id. */
function wrongKind(s: Slot): string | null {
  const kind = idKind(s.valid, s.target);
  if (!kind) return null;
  return kind === 'citizenId' ? s.target.teamId : s.target.citizenId;
}

/**
 * Numbers at the edges of what JSON carries (issue 10). Int: values GraphQL's 32-bit Int refuses
 * itself (its refusal must still be a Danish BAD_USER_INPUT), and the 32-bit extremes no field
 * accepts. Float: tiny (1e-7 and 5e-324 crashed class-validator), negative zero, huge, too many
 * decimals.
 */
const EDGE_INTS = [2147483648, -2147483649, 2 ** 53 + 1, 1e308, -1e308, 0.5, 5e-324, 2147483647, -2147483648];
const EDGE_FLOATS = [1e-7, 5e-324, -1e-7, -0, 1e308, -1e308, Number.MAX_VALUE, 2 ** 53 + 2, 0.1 + 0.2];

/**
 * Lists where the same item twice is allowed (free text without identity); every other list
 * input must refuse a repeated item. Keyed `InputType.field`. Shared with list-inputs.int-spec.
 */
export const DUPLICATES_ALLOWED: Record<string, string> = {
  'CarePlanGoalInput.steps': 'steps are free text in the citizen’s order and have no identity; two equal steps are the author’s choice',
};
/** Longer than any list input's cap (the largest is 200). */
export const OVER_LONG = 1001;

/** Classes per scalar type. Boolean is type-checked by GraphQL. */
export const VALUE_CLASSES: Record<string, (s: Slot) => BadValue[]> = {
  String: (s) => [
    { label: '20,000 characters', value: LONG },
    { label: 'NUL character', value: 'Anna\u0000Hansen' },
    { label: 'control characters', value: 'Anna\u0007\u001B[31mHansen' },
    ...(isDateText(s)
      ? [
          { label: 'impossible date 2026-02-30', value: '2026-02-30' },
          { label: 'year 0000', value: '0000-01-01' },
          { label: 'date not ISO', value: '30-02-2026' },
        ]
      : []),
    ...(isTimeText(s) ? [{ label: 'impossible time 25:61', value: '25:61' }] : []),
  ],
  ID: (s) => {
    const other = wrongKind(s);
    return [
      { label: 'malformed id', value: 'ikke-et-id' },
      { label: 'empty id', value: '' },
      { label: 'injection as id', value: INJECTION },
      ...(other ? [{ label: 'id of the wrong kind', value: other }] : []),
    ];
  },
  DateTime: () => [
    { label: 'impossible date-time', value: '2026-02-30T10:00:00Z' },
    { label: 'year 0000', value: '0000-01-01T08:00:00Z' },
    { label: 'not a date-time', value: 'i morgen kl. 10' },
  ],
  Int: () => EDGE_INTS.map((value) => ({ label: `Int ${Object.is(value, -0) ? '-0' : value}`, value })),
  Float: () => EDGE_FLOATS.map((value) => ({ label: `Float ${Object.is(value, -0) ? '-0' : value}`, value })),
  Boolean: () => [],
};

export interface BadCase {
  path: Array<string | number>;
  label: string;
  value: unknown;
}

export interface ScalarSlot {
  path: Array<string | number>;
  field: GraphQLArgument | GraphQLInputField;
  /** The scalar type's name (String, ID, DateTime…). */
  type: string;
  valid: unknown;
}

/**
/**
 * Every scalar slot of a root field's arguments, walked from the schema: scalars (present or
 * optional), input objects the valid variables fill, and the first item of lists they fill.
 * Enums are left out: GraphQL itself checks them.
 */
export function scalarSlots(args: readonly GraphQLArgument[], valid: Record<string, unknown>): ScalarSlot[] {
  const out: ScalarSlot[] = [];
  const walk = (type: GraphQLInputType, field: GraphQLArgument | GraphQLInputField, path: Array<string | number>, value: unknown) => {
    const inner = getNullableType(type);
    if (isListType(inner)) {
      if (Array.isArray(value) && value.length) walk(inner.ofType, field, [...path, 0], value[0]);
      return;
    }
    if (isInputObjectType(inner)) {
      if (!value || typeof value !== 'object') return;
      for (const f of Object.values(inner.getFields())) walk(f.type, f, [...path, f.name], (value as Record<string, unknown>)[f.name]);
      return;
    }
    const named = getNamedType(inner);
    if (isScalarType(named)) out.push({ path, field, type: named.name, valid: value });
  };
  for (const a of args) walk(a.type, a, [a.name], valid[a.name]);
  return out;
}

/**
 * Every list the valid variables fill (issue 10): its first item repeated (unless
 * DUPLICATES_ALLOWED says why that is fine) and OVER_LONG copies of it. Keyed `Owner.field`,
 * the owner being the input type (or `args` for a root argument).
 */
export function listCases(args: readonly GraphQLArgument[], valid: Record<string, unknown>): BadCase[] {
  const out: BadCase[] = [];
  const walk = (type: GraphQLInputType, name: string, path: Array<string | number>, value: unknown, owner: string) => {
    const inner = getNullableType(type);
    if (isListType(inner)) {
      if (!Array.isArray(value) || !value.length) return;
      if (!DUPLICATES_ALLOWED[`${owner}.${name}`]) out.push({ path, label: 'the same item twice', value: [value[0], ...value] });
      out.push({ path, label: `${OVER_LONG} items`, value: Array.from({ length: OVER_LONG }, () => value[0]) });
      walk(inner.ofType, name, [...path, 0], value[0], owner);
      return;
    }
    if (!isInputObjectType(inner) || !value || typeof value !== 'object') return;
    for (const f of Object.values(inner.getFields())) walk(f.type, f.name, [...path, f.name], (value as Record<string, unknown>)[f.name], inner.name);
  };
  for (const a of args) walk(a.type, a.name, [a.name], valid[a.name], 'args');
  return out;
}

/** Every bad value of every scalar slot (VALUE_CLASSES by the slot's type), then the list cases. */
export function badCases(args: readonly GraphQLArgument[], valid: Record<string, unknown>, target: Target): BadCase[] {
  const scalars = scalarSlots(args, valid).flatMap((slot) => {
    const classes = VALUE_CLASSES[slot.type];
    if (!classes) throw new Error(`no value classes for the scalar ${slot.type}: add them to VALUE_CLASSES (apps/api/src/testing/bad-values.ts)`);
    return classes({ path: slot.path, field: slot.field, valid: slot.valid, target }).map((bad) => ({ path: slot.path, ...bad }));
  });
  return [...scalars, ...listCases(args, valid)];
}

/** The kind of id (its key in Target: citizenId, teamId…) a slot's valid value is, if any. */
export function idKind(value: unknown, target: Target): keyof Target | null {
  if (typeof value !== 'string') return null;
  const hit = Object.entries(target).find(([k, v]) => v === value && k !== 'cpr');
  return hit ? (hit[0] as keyof Target) : null;
}

/** A copy of `vars` with `value` at `path`. */
export function withValue(vars: Record<string, unknown>, path: Array<string | number>, value: unknown): Record<string, unknown> {
  const copy = structuredClone(vars);
  let node: any = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)!] = value;
  return copy;
}
