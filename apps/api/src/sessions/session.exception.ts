import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum SessionErrorCode {
  NotFound = 'SESSION_NOT_FOUND',
  IsCurrent = 'SESSION_IS_CURRENT',
  UserNotFound = 'SESSION_USER_NOT_FOUND',
  OwnSessions = 'SESSION_OWN_SESSIONS',
}

const MESSAGES: Record<SessionErrorCode, string> = {
  [SessionErrorCode.NotFound]: 'Sessionen findes ikke blandt dine. Opdater siden, og prøv igen.',
  [SessionErrorCode.IsCurrent]: 'Det er den enhed, du bruger nu. Brug Log ud for at afslutte den.',
  [SessionErrorCode.UserNotFound]: 'Brugeren findes ikke. Opdater siden, og prøv igen.',
  [SessionErrorCode.OwnSessions]: 'Dine egne sessioner afslutter du under Mine sessioner.',
};

export class SessionException extends AppException<SessionErrorCode> {
  constructor(code: SessionErrorCode, field?: string) {
    super(code, MESSAGES[code], field);
  }

  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case SessionErrorCode.NotFound:
      case SessionErrorCode.UserNotFound:
        return GraphqlErrorCode.NotFound;
      case SessionErrorCode.IsCurrent:
      case SessionErrorCode.OwnSessions:
        return GraphqlErrorCode.BadUserInput;
      default:
        return assertUnreachable(this.code);
    }
  }
}
