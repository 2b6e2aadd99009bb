import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum AgreementErrorCode {
  NotFound = 'NOT_FOUND',
  /** Someone saved the agreement after this client read it. */
  StaleVersion = 'STALE_VERSION',
  /** An ended agreement stays as it was. */
  Ended = 'ENDED',
}

export class AgreementException extends AppException<AgreementErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case AgreementErrorCode.NotFound:
        return GraphqlErrorCode.NotFound;
      case AgreementErrorCode.StaleVersion:
      case AgreementErrorCode.Ended:
        return GraphqlErrorCode.Conflict;
      default:
        return assertUnreachable(this.code);
    }
  }
}

/** Another tenant's agreement too: row-level security hides it, so it answers like one that never existed. */
export const agreementNotFound = (field = 'id') =>
  new AgreementException(AgreementErrorCode.NotFound, 'Samarbejdsaftalen findes ikke. Gå tilbage til listen over aftaler, og vælg den derfra.', field);
