import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum FidelityErrorCode {
  TeamNotFound = 'TEAM_NOT_FOUND',
  VersionNotFound = 'VERSION_NOT_FOUND',
  InvalidPeriod = 'INVALID_PERIOD',
  UnknownItem = 'UNKNOWN_ITEM',
  BadRating = 'BAD_RATING',
  BadVersion = 'BAD_VERSION',
  VersionConflict = 'VERSION_CONFLICT',
}

export class FidelityException extends AppException<FidelityErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case FidelityErrorCode.TeamNotFound:
      case FidelityErrorCode.VersionNotFound:
        return GraphqlErrorCode.NotFound;
      case FidelityErrorCode.VersionConflict:
        return GraphqlErrorCode.Conflict;
      case FidelityErrorCode.InvalidPeriod:
      case FidelityErrorCode.UnknownItem:
      case FidelityErrorCode.BadRating:
      case FidelityErrorCode.BadVersion:
        return GraphqlErrorCode.BadUserInput;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export const teamNotFound = () => new FidelityException(FidelityErrorCode.TeamNotFound, 'Teamet findes ikke. Gå tilbage til oversigten.', 'teamId');
