import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum GroupSessionErrorCode {
  NotFound = 'NOT_FOUND',
}

export class GroupSessionException extends AppException<GroupSessionErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case GroupSessionErrorCode.NotFound:
        return GraphqlErrorCode.NotFound;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export const sessionNotFound = () =>
  new GroupSessionException(GroupSessionErrorCode.NotFound, 'Gruppen findes ikke. Hent listen over grupper igen, og vælg den derfra.', 'id');
