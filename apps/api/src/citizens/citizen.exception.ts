import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum CitizenErrorCode {
  NotFound = 'CITIZEN_NOT_FOUND',
  CprAlreadyRegistered = 'CPR_ALREADY_REGISTERED',
  StaleVersion = 'STALE_VERSION',
  ReasonRequired = 'REASON_REQUIRED',
}

export class CitizenException extends AppException<CitizenErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case CitizenErrorCode.NotFound:
        return GraphqlErrorCode.NotFound;
      case CitizenErrorCode.CprAlreadyRegistered:
      case CitizenErrorCode.StaleVersion:
        return GraphqlErrorCode.Conflict;
      case CitizenErrorCode.ReasonRequired:
        return GraphqlErrorCode.BadUserInput;
      default:
        return assertUnreachable(this.code);
    }
  }
}
