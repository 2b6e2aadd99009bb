import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum AuthErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  NotAnnotated = 'NOT_ANNOTATED',
  /** The tenant requires single sign-on; only its break-glass admin may use a password. */
  SsoRequired = 'SSO_REQUIRED',
  /** The tenant requires a second factor of this user, who has none yet: set it up first (ADR 0018). */
  MfaEnrolmentRequired = 'MFA_ENROLMENT_REQUIRED',
}

const MESSAGES: Record<AuthErrorCode, string> = {
  [AuthErrorCode.Unauthenticated]: 'Du er ikke logget ind, eller din session er udløbet. Log ind igen.',
  [AuthErrorCode.Forbidden]: 'Du har ikke adgang til disse oplysninger. Kontakt din teamleder, hvis du mener, du bør have adgang.',
  [AuthErrorCode.InvalidCredentials]: 'E-mail eller adgangskode er forkert. Prøv igen.',
  [AuthErrorCode.TooManyAttempts]: 'For mange forsøg på at logge ind. Vent lidt, og prøv igen.',
  [AuthErrorCode.NotAnnotated]: 'Du har ikke adgang til disse oplysninger.',
  [AuthErrorCode.MfaEnrolmentRequired]:
    'Din kommune kræver totrinsbekræftelse for dig. Slå det til nu med en app på din telefon – derefter kan du bruge systemet som normalt.',
  [AuthErrorCode.SsoRequired]: 'Din kommune bruger fælles log-ind. Vælg "Log ind via din organisation" i stedet for adgangskode.',
};

export class AuthException extends AppException<AuthErrorCode> {
  constructor(code: AuthErrorCode, message = MESSAGES[code], extensions?: Record<string, string | number>) {
    super(code, message, undefined, extensions);
  }

  /** Refused by the login limits: says how long to wait, in words and as `retryAfterSeconds`. */
  static tooManyAttempts(waitMs: number): AuthException {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    const wait = seconds < 90 ? `${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}` : `${Math.ceil(seconds / 60)} minutter`;
    return new AuthException(
      AuthErrorCode.TooManyAttempts,
      `For mange forsøg på at logge ind. Vent ${wait}, og prøv igen. Har du glemt din adgangskode, så kontakt din systemadministrator.`,
      { retryAfterSeconds: seconds },
    );
  }

  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case AuthErrorCode.Unauthenticated:
        return GraphqlErrorCode.Unauthenticated;
      case AuthErrorCode.Forbidden:
      case AuthErrorCode.NotAnnotated:
      case AuthErrorCode.SsoRequired:
        return GraphqlErrorCode.Forbidden;
      case AuthErrorCode.InvalidCredentials:
        return GraphqlErrorCode.InvalidCredentials;
      case AuthErrorCode.TooManyAttempts:
        return GraphqlErrorCode.TooManyAttempts;
      case AuthErrorCode.MfaEnrolmentRequired:
        return GraphqlErrorCode.MfaEnrolmentRequired;
      default:
        return assertUnreachable(this.code);
    }
  }
}
