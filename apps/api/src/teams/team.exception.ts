import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum TeamErrorCode {
  NotFound = 'TEAM_NOT_FOUND',
  NameTaken = 'TEAM_NAME_TAKEN',
  MemberNotFound = 'MEMBER_NOT_FOUND',
  AlreadyMember = 'ALREADY_MEMBER',
  UserNotFound = 'USER_NOT_FOUND',
}

export class TeamException extends AppException<TeamErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case TeamErrorCode.NotFound:
      case TeamErrorCode.MemberNotFound:
      case TeamErrorCode.UserNotFound:
        return GraphqlErrorCode.NotFound;
      case TeamErrorCode.NameTaken:
      case TeamErrorCode.AlreadyMember:
        return GraphqlErrorCode.Conflict;
      default:
        return assertUnreachable(this.code);
    }
  }
}
