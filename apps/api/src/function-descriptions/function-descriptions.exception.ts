import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum FunctionDescriptionErrorCode {
  RoleNotFound = 'ROLE_NOT_FOUND',
  VersionNotFound = 'VERSION_NOT_FOUND',
  MemberNotFound = 'MEMBER_NOT_FOUND',
  TitleTaken = 'TITLE_TAKEN',
  StaleVersion = 'STALE_VERSION',
}

export class FunctionDescriptionException extends AppException<FunctionDescriptionErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case FunctionDescriptionErrorCode.RoleNotFound:
      case FunctionDescriptionErrorCode.VersionNotFound:
      case FunctionDescriptionErrorCode.MemberNotFound:
        return GraphqlErrorCode.NotFound;
      case FunctionDescriptionErrorCode.TitleTaken:
      case FunctionDescriptionErrorCode.StaleVersion:
        return GraphqlErrorCode.Conflict;
      default:
        return assertUnreachable(this.code);
    }
  }
}
