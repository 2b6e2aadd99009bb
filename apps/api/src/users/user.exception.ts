import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum UserErrorCode {
  NotFound = 'USER_NOT_FOUND',
  EmailTaken = 'EMAIL_TAKEN',
  WeakPassword = 'WEAK_PASSWORD',
  CannotDisableSelf = 'CANNOT_DISABLE_SELF',
}

export class UserException extends AppException<UserErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case UserErrorCode.NotFound:
        return GraphqlErrorCode.NotFound;
      case UserErrorCode.EmailTaken:
        return GraphqlErrorCode.Conflict;
      case UserErrorCode.WeakPassword:
      case UserErrorCode.CannotDisableSelf:
        return GraphqlErrorCode.BadUserInput;
      default:
        return assertUnreachable(this.code);
    }
  }
}
