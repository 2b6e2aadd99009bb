import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum VisitErrorCode {
  NotFound = 'VISIT_NOT_FOUND',
  SeriesNotFound = 'SERIES_NOT_FOUND',
  InvalidTimeRange = 'INVALID_TIME_RANGE',
  MemberNotInTeam = 'MEMBER_NOT_IN_TEAM',
  PlaceTextRequired = 'PLACE_TEXT_REQUIRED',
  InvalidRepeat = 'INVALID_REPEAT',
  CitizenEnded = 'CITIZEN_ENDED',
  MinutesRequired = 'MINUTES_REQUIRED',
  NotStartedYet = 'NOT_STARTED_YET',
  AlreadyLogged = 'ALREADY_LOGGED',
  GoalNotInPlan = 'GOAL_NOT_IN_PLAN',
}

export class VisitException extends AppException<VisitErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case VisitErrorCode.NotFound:
      case VisitErrorCode.SeriesNotFound:
        return GraphqlErrorCode.NotFound;
      case VisitErrorCode.InvalidTimeRange:
      case VisitErrorCode.MemberNotInTeam:
      case VisitErrorCode.PlaceTextRequired:
      case VisitErrorCode.InvalidRepeat:
      case VisitErrorCode.CitizenEnded:
      case VisitErrorCode.MinutesRequired:
      case VisitErrorCode.NotStartedYet:
      case VisitErrorCode.GoalNotInPlan:
        return GraphqlErrorCode.BadUserInput;
      case VisitErrorCode.AlreadyLogged:
        return GraphqlErrorCode.Conflict;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export const VISIT_NOT_FOUND_MESSAGE = 'Besøget findes ikke, eller det hører til et andet team. Gå tilbage til din plan, og vælg igen.';
