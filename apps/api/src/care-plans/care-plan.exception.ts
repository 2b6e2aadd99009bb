import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum CarePlanErrorCode {
  NotFound = 'NOT_FOUND',
  /** Someone saved the draft after this client read it. */
  StaleRevision = 'STALE_REVISION',
  /** The version is agreed with the citizen and can no longer change. */
  NotDraft = 'NOT_DRAFT',
  DraftExists = 'DRAFT_EXISTS',
  CitizenEnded = 'CITIZEN_ENDED',
  StageNotAllowed = 'STAGE_NOT_ALLOWED',
  OtherCitizen = 'OTHER_CITIZEN',
}

export class CarePlanException extends AppException<CarePlanErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case CarePlanErrorCode.NotFound:
        return GraphqlErrorCode.NotFound;
      case CarePlanErrorCode.StaleRevision:
      case CarePlanErrorCode.NotDraft:
      case CarePlanErrorCode.DraftExists:
        return GraphqlErrorCode.Conflict;
      case CarePlanErrorCode.CitizenEnded:
      case CarePlanErrorCode.StageNotAllowed:
      case CarePlanErrorCode.OtherCitizen:
        return GraphqlErrorCode.BadUserInput;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export const PLAN_NOT_FOUND = 'Planen findes ikke. Gå tilbage til borgeren, og åbn planen derfra.';
export const CONSENT_NOT_FOUND = 'Samtykket findes ikke. Gå tilbage til borgeren, og prøv igen.';
export const RELATIVE_NOT_FOUND = 'Den pårørende findes ikke. Gå tilbage til borgeren, og prøv igen.';
export const NOT_DRAFT =
  'Denne udgave af planen er aftalt med borgeren og kan ikke ændres. Start en opfølgning for at lave en ny udgave.';
export const DRAFT_EXISTS = 'Der er allerede en kladde til borgerens plan. Åbn kladden, og arbejd videre i den.';

/** A citizen the care-plan operations cannot find (another tenant's too: row-level security hides them). */
export const citizenNotFound = () =>
  new CarePlanException(CarePlanErrorCode.NotFound, 'Borgeren findes ikke. Tjek, at du har valgt den rigtige borger.', 'citizenId');
