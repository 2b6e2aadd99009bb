import { GraphqlErrorCode } from './graphql-error-code';

/**
 * Base of every module's exception. Each module declares its own code enum and maps it
 * exhaustively to a GraphQL code; the message is Danish and tells the user what to do next.
 */
export abstract class AppException<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly field?: string,
    /** More for the client to act on, e.g. `retryAfterSeconds`; never personal data. */
    readonly extensions?: Record<string, string | number | readonly string[]>,
  ) {
    super(message);
    this.name = new.target.name;
  }

  abstract get graphqlCode(): GraphqlErrorCode;
}
