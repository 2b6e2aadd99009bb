import type { ApolloServerPlugin } from '@apollo/server';
import { GraphqlErrorCode } from '../errors/graphql-error-code';
import type { RequestContext } from './request-context';
import { finishRequest } from './request-lifecycle';

/**
 * Commits the request's transaction when the response is ready. A mutation with any error is
 * rolled back whole (nothing half-written); a query commits so its access-log rows are kept.
 */
export function requestTransactionPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation, errors }) {
          // Refused before execution (parse, validation, limits): the client's fault, so 400.
          if (response.body.kind === 'single' && !response.body.singleResult.data && response.http.status === 500) {
            const codes = response.body.singleResult.errors?.map((e) => e.extensions?.code) ?? [];
            if (codes.length && codes.every((c) => c === 'GRAPHQL_PARSE_FAILED' || c === 'GRAPHQL_VALIDATION_FAILED')) {
              response.http.status = 400;
            }
          }
          const failed = Boolean(errors?.length) ||
            (response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length));
          const commit = contextValue.commitOnError === true || !(failed && operation?.operation !== 'query');
          try {
            await finishRequest(contextValue, commit);
          } catch {
            console.error(`[api] commit failed for request ${contextValue.requestId}`);
            if (response.body.kind === 'single') {
              response.body.singleResult = {
                errors: [
                  {
                    message: 'Ændringen blev ikke gemt. Prøv igen om lidt.',
                    extensions: { code: GraphqlErrorCode.Internal },
                  },
                ],
              };
            }
          }
        },
      };
    },
  };
}
