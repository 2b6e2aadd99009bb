import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

/**
 * Why a single sign-on did not succeed. The browser flow (sso.controller.ts) sends the user back
 * to the login page with the code in `?sso=`; the login page shows the message for it.
 */
export enum SsoErrorCode {
  NotConfigured = 'SSO_NOT_CONFIGURED',
  /** The IdP, its answer or our own check (issuer, state, nonce, PKCE, signature) failed. */
  Failed = 'SSO_FAILED',
  /** The attempt is unknown, used or older than 10 minutes (a replayed or stale callback). */
  Expired = 'SSO_EXPIRED',
  /** Nobody in the tenant has this subject or this verified e-mail. */
  UnknownUser = 'SSO_UNKNOWN_USER',
  InvalidSettings = 'SSO_INVALID_SETTINGS',
}

const MESSAGES: Record<SsoErrorCode, string> = {
  [SsoErrorCode.NotConfigured]: 'Fælles log-ind er ikke sat op for din organisation. Log ind med e-mail og adgangskode, eller kontakt din administrator.',
  [SsoErrorCode.Failed]: 'Log-ind via din organisation mislykkedes. Prøv igen. Sker det igen, så kontakt din administrator.',
  [SsoErrorCode.Expired]: 'Log-ind tog for lang tid eller blev brugt to gange. Prøv igen.',
  [SsoErrorCode.UnknownUser]: 'Du har ikke en bruger i systemet endnu. Bed din administrator om at oprette dig med din arbejds-e-mail.',
  [SsoErrorCode.InvalidSettings]: 'Indstillingerne for fælles log-ind er ikke gyldige. Ret de markerede felter.',
};

export class SsoException extends AppException<SsoErrorCode> {
  constructor(code: SsoErrorCode, message = MESSAGES[code], field?: string) {
    super(code, message, field);
  }

  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case SsoErrorCode.NotConfigured:
      case SsoErrorCode.InvalidSettings:
        return GraphqlErrorCode.BadUserInput;
      case SsoErrorCode.Failed:
      case SsoErrorCode.Expired:
      case SsoErrorCode.UnknownUser:
        return GraphqlErrorCode.Unauthenticated;
      default:
        return assertUnreachable(this.code);
    }
  }
}
