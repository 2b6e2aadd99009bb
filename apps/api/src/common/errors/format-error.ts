import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppException } from './app.exception';
import { GraphqlErrorCode } from './graphql-error-code';
import { InputException } from './input.exception';

const SAFE_APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const GENERIC_MESSAGE = 'Der skete en fejl hos os. Prøv igen om lidt; sker det igen, så kontakt support.';

/** Known exceptions become typed errors; anything else is logged without details and hidden. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppException) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: {
        code: original.graphqlCode,
        ...(original.field ? { field: original.field } : {}),
        ...(original instanceof InputException
          ? { fields: original.problems }
          : original.field
            ? { fields: [{ field: original.field, message: original.message }] }
            : {}),
      },
    };
  }
  // Errors GraphQL or Apollo raised themselves (parse, validation, limits, variables) are safe.
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string' && SAFE_APOLLO_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code },
    };
  }
  // Never log messages of unknown errors: a database error can quote the values (a CPR number).
  const name = original instanceof Error ? original.constructor.name : typeof original;
  const pgCode = (original as { code?: unknown } | null)?.code;
  console.error(
    `[api] unexpected ${name}${typeof pgCode === 'string' ? ` (${pgCode})` : ''} at ${formatted.path?.join('.') ?? '-'}`,
  );
  return { message: GENERIC_MESSAGE, path: formatted.path, extensions: { code: GraphqlErrorCode.Internal } };
}
