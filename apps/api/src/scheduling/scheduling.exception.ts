import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum SchedulingErrorCode {
  SeriesNotFound = 'SERIES_NOT_FOUND',
  OccurrenceNotFound = 'OCCURRENCE_NOT_FOUND',
  InvalidRule = 'INVALID_RULE',
  InvalidSeries = 'INVALID_SERIES',
  InvalidRange = 'INVALID_RANGE',
  MemberNotOnTeam = 'MEMBER_NOT_ON_TEAM',
  CitizenNotOnTeam = 'CITIZEN_NOT_ON_TEAM',
  NotSparring = 'NOT_SPARRING',
  NotStarted = 'NOT_STARTED',
  NotPlanned = 'NOT_PLANNED',
  SeriesEnded = 'SERIES_ENDED',
  TimeTaken = 'TIME_TAKEN',
}

export class SchedulingException extends AppException<SchedulingErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case SchedulingErrorCode.SeriesNotFound:
      case SchedulingErrorCode.OccurrenceNotFound:
        return GraphqlErrorCode.NotFound;
      case SchedulingErrorCode.InvalidRule:
      case SchedulingErrorCode.InvalidSeries:
      case SchedulingErrorCode.InvalidRange:
      case SchedulingErrorCode.MemberNotOnTeam:
      case SchedulingErrorCode.CitizenNotOnTeam:
      case SchedulingErrorCode.NotSparring:
      case SchedulingErrorCode.NotStarted:
        return GraphqlErrorCode.BadUserInput;
      case SchedulingErrorCode.NotPlanned:
      case SchedulingErrorCode.SeriesEnded:
      case SchedulingErrorCode.TimeTaken:
        return GraphqlErrorCode.Conflict;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export const SERIES_NOT_FOUND = 'Mødeserien findes ikke. Gå tilbage til teamets møder, og vælg den igen.';
export const OCCURRENCE_NOT_FOUND = 'Mødet findes ikke. Gå tilbage til teamets møder, og vælg det igen.';
