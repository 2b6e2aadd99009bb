import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum TransitionErrorCode {
  NotFound = 'NOT_FOUND',
  /** Someone saved the course after this client read it. */
  StaleVersion = 'STALE_VERSION',
}

export class TransitionException extends AppException<TransitionErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case TransitionErrorCode.NotFound:
        return GraphqlErrorCode.NotFound;
      case TransitionErrorCode.StaleVersion:
        return GraphqlErrorCode.Conflict;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export const citizenNotFound = () =>
  new TransitionException(TransitionErrorCode.NotFound, 'Borgeren findes ikke. Tjek, at du har valgt den rigtige borger.', 'citizenId');

export const courseNotFound = () =>
  new TransitionException(TransitionErrorCode.NotFound, 'Forløbet findes ikke. Gå tilbage til borgeren, og åbn det derfra.', 'id');
