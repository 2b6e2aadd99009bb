import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum ReadinessErrorCode {
  StatementNotFound = 'STATEMENT_NOT_FOUND',
  RoundNotFound = 'ROUND_NOT_FOUND',
  RoundClosed = 'ROUND_CLOSED',
  RoundNotOpenYet = 'ROUND_NOT_OPEN_YET',
  AlreadySubmitted = 'ALREADY_SUBMITTED',
  NotAllAnswered = 'NOT_ALL_ANSWERED',
  TooFewInvited = 'TOO_FEW_INVITED',
  UnknownInvitee = 'UNKNOWN_INVITEE',
  StatementNotInRound = 'STATEMENT_NOT_IN_ROUND',
  BadPeriod = 'BAD_PERIOD',
  BadAnswer = 'BAD_ANSWER',
  NoStatements = 'NO_STATEMENTS',
}

export class ReadinessException extends AppException<ReadinessErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case ReadinessErrorCode.StatementNotFound:
      case ReadinessErrorCode.RoundNotFound:
      case ReadinessErrorCode.UnknownInvitee:
        return GraphqlErrorCode.NotFound;
      case ReadinessErrorCode.RoundClosed:
      case ReadinessErrorCode.RoundNotOpenYet:
      case ReadinessErrorCode.AlreadySubmitted:
        return GraphqlErrorCode.Conflict;
      case ReadinessErrorCode.NotAllAnswered:
      case ReadinessErrorCode.TooFewInvited:
      case ReadinessErrorCode.StatementNotInRound:
      case ReadinessErrorCode.BadPeriod:
      case ReadinessErrorCode.BadAnswer:
      case ReadinessErrorCode.NoStatements:
        return GraphqlErrorCode.BadUserInput;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export const ROUND_NOT_FOUND = 'Vurderingen findes ikke. Gå tilbage til listen over parathedsvurderinger.';
export const ROUND_CLOSED = 'Vurderingen er lukket. Svar og deltagere kan ikke længere ændres.';

export const roundNotFound = () => new ReadinessException(ReadinessErrorCode.RoundNotFound, ROUND_NOT_FOUND, 'roundId');
export const roundClosed = () => new ReadinessException(ReadinessErrorCode.RoundClosed, ROUND_CLOSED, 'roundId');

/** The DB trigger's refusal of a change to a closed round (SQLSTATE 55000), e.g. closed at midnight meanwhile. */
export function isClosedRoundRefusal(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  return (e?.driverError?.code ?? e?.code) === '55000';
}
