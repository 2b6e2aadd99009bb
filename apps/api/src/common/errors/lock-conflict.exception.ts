import { AppException } from './app.exception';
import { GraphqlErrorCode } from './graphql-error-code';

/** A write that still lost to concurrent writers after its retries: CONFLICT, nothing saved. */
export class LockConflictException extends AppException<'LOCK_CONFLICT'> {
  constructor(message = 'Andre ændrede de samme oplysninger samtidig, så intet er gemt. Vent et øjeblik, og prøv igen.') {
    super('LOCK_CONFLICT', message);
  }

  get graphqlCode(): GraphqlErrorCode {
    return GraphqlErrorCode.Conflict;
  }
}
