import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';

const AUTH_FIELDS = new Set(['login', 'logout']);

/**
 * `login` and `logout` change who the request acts for. Sent together with other fields, the
 * access-log rows of those fields could be lost or filed under the wrong person, so they must
 * be the only field of their operation.
 */
export function loneAuthFieldPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          const fields = operation.selectionSet.selections;
          const hasAuth = fields.some((f) => f.kind === Kind.FIELD && AUTH_FIELDS.has(f.name.value));
          if (hasAuth && fields.length > 1) {
            throw new GraphQLError('Log ind og log ud skal sendes alene, uden andre felter.', {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
