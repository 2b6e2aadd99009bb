import type { ApolloServerPlugin } from '@apollo/server';
import {
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';

/**
 * Estimates how many objects a query can return before it runs, with the variables known: a
 * list field's children count `first` times (default 50, the connections' default page size).
 * graphql-armor's cost rule reads `first` only when it is a literal, so variables slipped past it.
 */
export function estimateCost(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seen: Set<string> = new Set(),
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.selectionSet) {
        cost += 1;
        continue;
      }
      const first = selection.arguments?.find((a) => a.name.value === 'first');
      const multiplier = first ? pageSize(first.value, variables) : 1;
      cost += 1 + multiplier * estimateCost(selection.selectionSet, fragments, variables, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += estimateCost(selection.selectionSet, fragments, variables, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue;
      cost += estimateCost(fragment.selectionSet, fragments, variables, new Set([...seen, name]));
    }
  }
  return cost;
}

function pageSize(value: ValueNode, variables: Record<string, unknown>): number {
  const n = Number(valueFromASTUntyped(value, variables));
  return Number.isFinite(n) && n > 0 ? Math.min(n, 100) : 50;
}

export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          if (!operation) return;
          const cost = estimateCost(operation.selectionSet, fragments, request.variables ?? {});
          if (cost > maxCost) {
            throw new GraphQLError(
              `Forespørgslen er for stor (anslået ${Math.round(cost)} felter, højst ${maxCost}). Hent færre ad gangen.`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
