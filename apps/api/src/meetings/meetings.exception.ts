import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum MeetingErrorCode {
  MeetingNotFound = 'MEETING_NOT_FOUND',
  ItemNotFound = 'ITEM_NOT_FOUND',
  TaskNotFound = 'TASK_NOT_FOUND',
  MemberNotOnTeam = 'MEMBER_NOT_ON_TEAM',
  CitizenNotOnTeam = 'CITIZEN_NOT_ON_TEAM',
  InvalidTimes = 'INVALID_TIMES',
  InvalidDate = 'INVALID_DATE',
  NoRhythm = 'NO_RHYTHM',
  AlreadyHeld = 'ALREADY_HELD',
  NotHeld = 'NOT_HELD',
  TimeTaken = 'TIME_TAKEN',
  CitizenItemNeedsCitizen = 'CITIZEN_ITEM_NEEDS_CITIZEN',
  ItemNeedsSubject = 'ITEM_NEEDS_SUBJECT',
  AlreadyFlagged = 'ALREADY_FLAGGED',
  NotFlagged = 'NOT_FLAGGED',
}

export class MeetingException extends AppException<MeetingErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case MeetingErrorCode.MeetingNotFound:
      case MeetingErrorCode.ItemNotFound:
      case MeetingErrorCode.TaskNotFound:
        return GraphqlErrorCode.NotFound;
      case MeetingErrorCode.MemberNotOnTeam:
      case MeetingErrorCode.CitizenNotOnTeam:
      case MeetingErrorCode.InvalidTimes:
      case MeetingErrorCode.InvalidDate:
      case MeetingErrorCode.NoRhythm:
      case MeetingErrorCode.CitizenItemNeedsCitizen:
      case MeetingErrorCode.ItemNeedsSubject:
        return GraphqlErrorCode.BadUserInput;
      case MeetingErrorCode.AlreadyHeld:
      case MeetingErrorCode.NotHeld:
      case MeetingErrorCode.TimeTaken:
      case MeetingErrorCode.AlreadyFlagged:
      case MeetingErrorCode.NotFlagged:
        return GraphqlErrorCode.Conflict;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export const MEETING_NOT_FOUND = 'Mødet findes ikke. Gå tilbage til teamets møder, og vælg mødet igen.';
