import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum NotificationErrorCode {
  NotFound = 'NOTIFICATION_NOT_FOUND',
}

export class NotificationException extends AppException<NotificationErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case NotificationErrorCode.NotFound:
        return GraphqlErrorCode.NotFound;
      default:
        return assertUnreachable(this.code);
    }
  }
}
