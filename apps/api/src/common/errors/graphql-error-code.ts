/** The codes clients see in `extensions.code`. */
export enum GraphqlErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  CaseloadLimitExceeded = 'CASELOAD_LIMIT_EXCEEDED',
  /** The tenant's policy requires a second factor the viewer has not set up: only enrolment is open (ADR 0018). */
  MfaEnrolmentRequired = 'MFA_ENROLMENT_REQUIRED',
  /** A service the API depends on (Redis for the job queues) did not answer; try again later. */
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_SERVER_ERROR',
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
