import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum TeamBoardErrorCode {
  EntryNotFound = 'ENTRY_NOT_FOUND',
  AlreadyOnBoard = 'ALREADY_ON_BOARD',
  AlreadyOff = 'ALREADY_OFF',
  MemberNotOnTeam = 'MEMBER_NOT_ON_TEAM',
  InvalidDate = 'INVALID_DATE',
}

export class TeamBoardException extends AppException<TeamBoardErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case TeamBoardErrorCode.EntryNotFound:
        return GraphqlErrorCode.NotFound;
      case TeamBoardErrorCode.AlreadyOnBoard:
      case TeamBoardErrorCode.AlreadyOff:
        return GraphqlErrorCode.Conflict;
      case TeamBoardErrorCode.MemberNotOnTeam:
      case TeamBoardErrorCode.InvalidDate:
        return GraphqlErrorCode.BadUserInput;
      default:
        return assertUnreachable(this.code);
    }
  }
}
