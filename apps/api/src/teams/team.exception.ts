import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum TeamErrorCode {
  NotFound = 'TEAM_NOT_FOUND',
  NameTaken = 'TEAM_NAME_TAKEN',
  MemberNotFound = 'MEMBER_NOT_FOUND',
  AlreadyMember = 'ALREADY_MEMBER',
  UserNotFound = 'USER_NOT_FOUND',
  /** The member is still a contact person for citizens: move them first. */
  MemberHasContacts = 'MEMBER_HAS_CONTACTS',
  /** The member's membership has ended (or is ended already with other terms). */
  MemberLeft = 'MEMBER_LEFT',
  /** A date that the staffing history cannot take (before the last change, in the future). */
  BadStaffingDate = 'BAD_STAFFING_DATE',
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
      case TeamErrorCode.MemberHasContacts:
      case TeamErrorCode.MemberLeft:
        return GraphqlErrorCode.Conflict;
      case TeamErrorCode.BadStaffingDate:
        return GraphqlErrorCode.BadUserInput;
      default:
        return assertUnreachable(this.code);
    }
  }
}
