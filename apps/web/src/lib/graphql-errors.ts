import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** Error codes the API puts in `extensions.code`. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_ATTEMPTS'
  | 'MFA_ENROLMENT_REQUIRED';

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
    return error.errors.flatMap((e) => {
      const extensions = (e.extensions ?? {}) as Record<string, unknown>;
      const rawCode = typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN';
      // The API hides unexpected failures behind INTERNAL_SERVER_ERROR; to the user it is a server error.
      const code = rawCode === 'INTERNAL_SERVER_ERROR' ? 'SERVER' : rawCode;
      // BAD_USER_INPUT carries every problem in `extensions.fields`; `field` names the first.
      const problems = Array.isArray(extensions.fields)
        ? (extensions.fields as unknown[]).filter(isFieldProblem)
        : [];
      if (problems.length > 0) {
        return problems.map((p) => ({ code, message: p.message, field: p.field, extensions }));
      }
      const field = typeof extensions.field === 'string' ? extensions.field : undefined;
      return [{ code, message: e.message, field, extensions }];
    });
  }
  if (ServerError.is(error)) return [{ code: 'SERVER', message: error.message, extensions: {} }];
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
  return [{ code: 'NETWORK', message, extensions: {} }];
}

function isFieldProblem(value: unknown): value is { field: string; message: string } {
  const v = value as { field?: unknown; message?: unknown } | null;
  return typeof v?.field === 'string' && typeof v.message === 'string';
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
