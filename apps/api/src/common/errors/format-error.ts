import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppException } from './app.exception';
import { GraphqlErrorCode } from './graphql-error-code';
import { InputException } from './input.exception';
import { isLockConflict } from './pg-errors';
import { LockConflictException } from './lock-conflict.exception';
import { Logger } from '@nestjs/common';

const logger = new Logger('GraphQL');

const SAFE_APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** graphql-js refusing a JSON number for an Int or Float variable (too big, decimals, not a number). */
const NUMBER_COERCION = /^Variable "\$\w+" got invalid value .*? (?:at "\w+\.?([^"]*)")?; (Int|Float) cannot represent/s;

/** The same refusal in Danish, naming the field like the app's own BAD_USER_INPUT answers do. */
function numberCoercionError(message: string): GraphQLFormattedError | null {
  const m = NUMBER_COERCION.exec(message);
  if (!m) return null;
  const field = m[1] || 'input';
  const text = m[2] === 'Int'
    ? 'Skriv et helt tal uden decimaler (højst 2147483647).'
    : 'Skriv et tal, fx 0,5.';
  return { message: text, extensions: { code: 'BAD_USER_INPUT', field, fields: [{ field, message: text }] } };
}

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
        ...original.extensions,
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
    if (code === 'BAD_USER_INPUT') {
      const number = numberCoercionError(formatted.message);
      if (number) return number;
    }
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code },
    };
  }
  // A deadlock victim or serialization failure outside a retried write: try again, not a bug.
  if (isLockConflict(original)) {
    logger.warn(`lock conflict at ${formatted.path?.join('.') ?? '-'}`);
    return { message: new LockConflictException().message, path: formatted.path, extensions: { code: GraphqlErrorCode.Conflict } };
  }
  // Never log messages of unknown errors: a database error can quote the values (a CPR number).
  const name = original instanceof Error ? original.constructor.name : typeof original;
  const pgCode = (original as { code?: unknown } | null)?.code;
  logger.error(
    `unexpected ${name}${typeof pgCode === 'string' ? ` (${pgCode})` : ''} at ${formatted.path?.join('.') ?? '-'}`,
  );
  return { message: GENERIC_MESSAGE, path: formatted.path, extensions: { code: GraphqlErrorCode.Internal } };
}
