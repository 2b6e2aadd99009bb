import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum MfaErrorCode {
  WrongCode = 'MFA_WRONG_CODE',
  ChallengeExpired = 'MFA_CHALLENGE_EXPIRED',
  NoEnrolment = 'MFA_NO_ENROLMENT',
  AlreadyEnrolled = 'MFA_ALREADY_ENROLLED',
  EnrolYourselfFirst = 'MFA_ENROL_YOURSELF_FIRST',
  UserNotFound = 'MFA_USER_NOT_FOUND',
  RequiredByPolicy = 'MFA_REQUIRED_BY_POLICY',
}

const MESSAGES: Record<MfaErrorCode, string> = {
  [MfaErrorCode.WrongCode]: 'Koden er forkert eller allerede brugt. Skriv den nye 6-cifrede kode fra din app, eller brug en gendannelseskode.',
  [MfaErrorCode.ChallengeExpired]: 'Dit login er udløbet. Skriv din e-mail og adgangskode igen.',
  [MfaErrorCode.NoEnrolment]: 'Start opsætningen af totrinsbekræftelse igen, og scan den nye QR-kode.',
  [MfaErrorCode.AlreadyEnrolled]: 'Du har allerede totrinsbekræftelse. Log ind med koden fra din app.',
  [MfaErrorCode.EnrolYourselfFirst]: 'Slå totrinsbekræftelse til for dig selv først, så du ikke låser dig selv ude.',
  [MfaErrorCode.UserNotFound]: 'Brugeren findes ikke. Opdater siden, og prøv igen.',
  [MfaErrorCode.RequiredByPolicy]: 'Din kommune kræver totrinsbekræftelse for dig, så den kan ikke slås fra. Har du mistet din telefon, så kontakt din administrator.',
};

export class MfaException extends AppException<MfaErrorCode> {
  constructor(code: MfaErrorCode, field?: string) {
    super(code, MESSAGES[code], field);
  }

  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case MfaErrorCode.WrongCode:
        return GraphqlErrorCode.InvalidCredentials;
      case MfaErrorCode.ChallengeExpired:
        return GraphqlErrorCode.Unauthenticated;
      case MfaErrorCode.NoEnrolment:
      case MfaErrorCode.AlreadyEnrolled:
      case MfaErrorCode.EnrolYourselfFirst:
      case MfaErrorCode.RequiredByPolicy:
        return GraphqlErrorCode.BadUserInput;
      case MfaErrorCode.UserNotFound:
        return GraphqlErrorCode.NotFound;
      default:
        return assertUnreachable(this.code);
    }
  }
}
