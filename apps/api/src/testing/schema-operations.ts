/**
 * Operations generated from the committed schema (apps/api/schema.graphql, kept current by
 * scripts/schema-check.sh): every root field of Query and Mutation, with a selection set of all
 * scalar and enum leaves to a bounded depth, sized to pass the API's depth, cost and token
 * limits. A new field or a new leaf is covered by the safety matrices without anyone listing it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  astFromValue,
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
} from 'graphql';
import { GRAPHQL_LIMITS } from '../graphql/graphql-options';
import { estimateCost } from '../graphql/query-cost.plugin';

let schema: GraphQLSchema | undefined;

/** The executable schema's shape, from the committed SDL. */
export function apiSchema(): GraphQLSchema {
  schema ??= buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
  return schema;
}

export type RootKind = 'query' | 'mutation';

export interface RootField {
  kind: RootKind;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(): RootField[] {
  const s = apiSchema();
  const of = (kind: RootKind, type: GraphQLObjectType | null | undefined): RootField[] =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ kind, name: field.name, field }));
  return [...of('query', s.getQueryType()), ...of('mutation', s.getMutationType())];
}

/** Page size asked of nested lists with a `first` argument: enough to see data, cheap to cost. */
const NESTED_PAGE = 3;

/**
 * All leaves of `type` down to `depth` object levels. A nested field whose required arguments
 * cannot be filled is skipped; `first` is set small so nested connections stay cheap.
 */
function selection(type: GraphQLOutputType, depth: number): string | null {
  const named = getNamedType(type) as GraphQLNamedType;
  if (isLeafType(named)) return '';
  if (depth <= 0) return null;
  if (isUnionType(named)) {
    const parts = named
      .getTypes()
      .map((t) => {
        const inner = selection(t, depth);
        return inner ? `... on ${t.name} ${inner}` : null;
      })
      .filter(Boolean);
    return parts.length ? `{ __typename ${parts.join(' ')} }` : null;
  }
  if (!isObjectType(named) && !isInterfaceType(named)) return null;
  const parts: string[] = [];
  for (const f of Object.values(named.getFields())) {
    const args = f.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    if (args.length) continue;
    const first = f.args.some((a) => a.name === 'first') ? `(first: ${NESTED_PAGE})` : '';
    const inner = selection(f.type, depth - 1);
    if (inner === null) continue;
    parts.push(`${f.name}${first}${inner ? ` ${inner}` : ''}`);
  }
  return parts.length ? `{ ${parts.join(' ')} }` : null;
}

export interface Operation {
  field: RootField;
  document: string;
  /** Object levels the selection set goes down (smaller when the limits require). */
  depth: number;
}

const MAX_DEPTH = 6;

function withinLimits(document: string, variables: Record<string, unknown>): boolean {
  let ast;
  try {
    ast = parse(document, { maxTokens: GRAPHQL_LIMITS.maxTokens });
  } catch {
    return false;
  }
  const op = ast.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return estimateCost(op.selectionSet, {}, variables) <= GRAPHQL_LIMITS.maxCost;
}

/** `$first: Int! = 50`: the argument's type and default, so that a left-out variable means the default. */
function variableDefinition(a: GraphQLArgument): string {
  const fallback = a.defaultValue === undefined ? undefined : astFromValue(a.defaultValue, a.type);
  return `$${a.name}: ${String(a.type)}${fallback ? ` = ${print(fallback)}` : ''}`;
}

/**
 * `query Op($a: T …) { field(a: $a …) { leaves } }`, every argument passed as a variable named
 * like the argument (an argument left out of `variables` takes its default or null). The
 * selection set shrinks until the operation passes the API's cost and token limits; armor's
 * depth limit (maxDepth 10) is above MAX_DEPTH + the connection levels.
 */
export function operationFor(field: RootField, variables: Record<string, unknown> = {}): Operation {
  const args: readonly GraphQLArgument[] = field.field.args;
  const defs = args.length ? `(${args.map(variableDefinition).join(', ')})` : '';
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  for (let depth = MAX_DEPTH; depth >= 1; depth--) {
    const inner = selection(field.field.type, depth);
    if (inner === null) continue;
    const document = `${field.kind} ${field.name}Op${defs} { ${field.name}${call}${inner ? ` ${inner}` : ''} }`;
    if (withinLimits(document, variables)) return { field, document, depth };
  }
  throw new Error(`no selection set of ${field.name} fits the API's limits`);
}

export { getNamedType };
