import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum CaseloadErrorCode {
  LimitExceeded = 'LIMIT_EXCEEDED',
  FteBelowLoad = 'FTE_BELOW_LOAD',
  MemberNotFound = 'MEMBER_NOT_FOUND',
  OtherTeam = 'OTHER_TEAM',
  NoCaseload = 'NO_CASELOAD',
  ActiveNeedsPrimary = 'ACTIVE_NEEDS_PRIMARY',
  NotAssigned = 'NOT_ASSIGNED',
  NotSecondary = 'NOT_SECONDARY',
  CitizenEnded = 'CITIZEN_ENDED',
  InvalidPeriod = 'INVALID_PERIOD',
  ExceptionInForce = 'EXCEPTION_IN_FORCE',
  Busy = 'BUSY',
}

export class CaseloadException extends AppException<CaseloadErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case CaseloadErrorCode.LimitExceeded:
      case CaseloadErrorCode.FteBelowLoad:
        return GraphqlErrorCode.CaseloadLimitExceeded;
      case CaseloadErrorCode.MemberNotFound:
      case CaseloadErrorCode.NotAssigned:
      case CaseloadErrorCode.NotSecondary:
        return GraphqlErrorCode.NotFound;
      case CaseloadErrorCode.OtherTeam:
      case CaseloadErrorCode.NoCaseload:
      case CaseloadErrorCode.ActiveNeedsPrimary:
      case CaseloadErrorCode.CitizenEnded:
      case CaseloadErrorCode.InvalidPeriod:
        return GraphqlErrorCode.BadUserInput;
      case CaseloadErrorCode.Busy:
      case CaseloadErrorCode.ExceptionInForce:
        return GraphqlErrorCode.Conflict;
      default:
        return assertUnreachable(this.code);
    }
  }
}

/** "Anne Holm er primær kontaktperson for 8 borgere og kan højst have 8." */
export function limitMessage(memberName: string, load: number, capacity: number): string {
  return (
    `${memberName} er primær kontaktperson for ${load} ${load === 1 ? 'borger' : 'borgere'} ` +
    `og kan højst have ${capacity} (max-10-reglen). Vælg en anden kontaktperson, flyt en borger først, ` +
    `eller giv en begrundet, tidsbegrænset undtagelse.`
  );
}

/** The database trigger's refusal, if `error` is one: the numbers it counted under the lock. */
export function parseLimitError(error: unknown): { load: number; capacity: number } | null {
  const e = error as { message?: string; driverError?: { message?: string; detail?: string } };
  const message = e?.driverError?.message ?? e?.message;
  if (message !== 'CASELOAD_LIMIT_EXCEEDED') return null;
  const m = /load=(\d+) capacity=(-?\d+)/.exec(e?.driverError?.detail ?? '');
  return m ? { load: Number(m[1]), capacity: Number(m[2]) } : { load: NaN, capacity: NaN };
}
