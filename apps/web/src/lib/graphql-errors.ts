import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** Error codes the API puts in `extensions.code`. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_ATTEMPTS';

export interface ApiError {
  code: string;
  message: string;
  /** Input field name for BAD_USER_INPUT, e.g. "cpr" or "address.street". */
  field?: string;
  extensions: Record<string, unknown>;
}

/** Flattens an Apollo error into the API's errors with their codes ('NETWORK' when none). */
export function apiErrors(error: unknown): ApiError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => {
      const extensions = (e.extensions ?? {}) as Record<string, unknown>;
      const field = typeof extensions.field === 'string' ? extensions.field : undefined;
      return {
        code: typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN',
        message: e.message,
        field,
        extensions,
      };
    });
  }
  if (ServerError.is(error)) return [{ code: 'SERVER', message: error.message, extensions: {} }];
  const message = error instanceof Error ? error.message : String(error);
  return [{ code: 'NETWORK', message, extensions: {} }];
}

export function hasCode(error: unknown, code: ApiErrorCode): boolean {
  return apiErrors(error).some((e) => e.code === code);
}

/**
 * Field errors keyed by input field name (for BAD_USER_INPUT), plus errors with no
 * field we know about, which the form shows in its summary.
 */
export function fieldErrors(
  error: unknown,
  knownFields: readonly string[],
): { byField: Record<string, string>; other: ApiError[] } {
  const byField: Record<string, string> = {};
  const other: ApiError[] = [];
  for (const e of apiErrors(error)) {
    // Accept "cpr", "input.cpr" and "address.street" alike.
    const field = e.field?.replace(/^input\./, '');
    // BAD_USER_INPUT (and a CONFLICT such as an e-mail already in use) may name a field.
    if (field && knownFields.includes(field)) {
      byField[field] ??= e.message;
    } else {
      other.push(e);
    }
  }
  return { byField, other };
}
