import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum AuthErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  NotAnnotated = 'NOT_ANNOTATED',
}

const MESSAGES: Record<AuthErrorCode, string> = {
  [AuthErrorCode.Unauthenticated]: 'Du er ikke logget ind, eller din session er udløbet. Log ind igen.',
  [AuthErrorCode.Forbidden]: 'Du har ikke adgang til disse oplysninger. Kontakt din teamleder, hvis du mener, du bør have adgang.',
  [AuthErrorCode.InvalidCredentials]: 'E-mail eller adgangskode er forkert. Prøv igen.',
  [AuthErrorCode.TooManyAttempts]: 'For mange forsøg på at logge ind. Vent 15 minutter, og prøv igen.',
  [AuthErrorCode.NotAnnotated]: 'Du har ikke adgang til disse oplysninger.',
};

export class AuthException extends AppException<AuthErrorCode> {
  constructor(code: AuthErrorCode, message = MESSAGES[code]) {
    super(code, message);
  }

  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case AuthErrorCode.Unauthenticated:
        return GraphqlErrorCode.Unauthenticated;
      case AuthErrorCode.Forbidden:
      case AuthErrorCode.NotAnnotated:
        return GraphqlErrorCode.Forbidden;
      case AuthErrorCode.InvalidCredentials:
        return GraphqlErrorCode.InvalidCredentials;
      case AuthErrorCode.TooManyAttempts:
        return GraphqlErrorCode.TooManyAttempts;
      default:
        return assertUnreachable(this.code);
    }
  }
}
