import type { ApolloServerPlugin } from '@apollo/server';
import { GraphqlErrorCode } from '../errors/graphql-error-code';
import type { RequestContext } from './request-context';
import { finishRequest } from './request-lifecycle';
import { Logger } from '@nestjs/common';

const logger = new Logger('Request');

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
          let logged = true;
          try {
            await finishRequest(contextValue, commit);
          } catch {
            logged = false;
            logger.error('ending the request failed');
          }
          // Rows still buffered were never written: the request had already ended (the client went
          // away mid-request) or the log write failed. Whatever is sent must be logged, so send nothing.
          if (!logged || contextValue.audit.length) {
            const message = operation?.operation === 'mutation'
              ? 'Ændringen blev ikke gemt. Prøv igen om lidt.'
              : 'Svaret kunne ikke vises lige nu. Prøv igen om lidt.';
            response.body = {
              kind: 'single',
              singleResult: { errors: [{ message, extensions: { code: GraphqlErrorCode.Internal } }] },
            };
          }
        },
      };
    },
  };
}
