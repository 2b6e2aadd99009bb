import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum NetworkMeetingErrorCode {
  MeetingNotFound = 'MEETING_NOT_FOUND',
  ParticipantNotFound = 'PARTICIPANT_NOT_FOUND',
  InvalidTimes = 'INVALID_TIMES',
  MemberNotOnTeam = 'MEMBER_NOT_ON_TEAM',
}

export class NetworkMeetingException extends AppException<NetworkMeetingErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case NetworkMeetingErrorCode.MeetingNotFound:
      case NetworkMeetingErrorCode.ParticipantNotFound:
        return GraphqlErrorCode.NotFound;
      case NetworkMeetingErrorCode.InvalidTimes:
      case NetworkMeetingErrorCode.MemberNotOnTeam:
        return GraphqlErrorCode.BadUserInput;
      default:
        return assertUnreachable(this.code);
    }
  }
}
