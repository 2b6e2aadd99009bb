import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../common/request/request-context';
import { noteViewer, requestLogFields, safeOperationName } from './logging';
import type { ApiMetrics } from './metrics';

/**
 * Puts what the request line may say about a GraphQL operation on it — the operation's name and
 * type, the viewer's tenant and user ids (after a login, the new viewer's), the answer's error
 * codes; never arguments, variables, results or error messages — and times the operation.
 */
export function observabilityPlugin(metrics: ApiMetrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      const fields = requestLogFields(contextValue.req);
      return {
        async didResolveOperation({ operationName, operation }) {
          fields.operation = safeOperationName(operationName) ?? 'anonymous';
          fields.operationType = operation?.operation;
        },
        async willSendResponse({ response }) {
          noteViewer(contextValue.req, contextValue.viewer);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.length) {
            const codes = errors.map((e) => e.extensions?.code);
            for (const code of codes) metrics.error(code);
            fields.errorCodes = [...new Set(codes.map((c) => (typeof c === 'string' ? c : 'UNKNOWN')))].slice(0, 10);
          }
          metrics.operation(fields.operation, fields.operationType, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
