import { AppException } from '../common/errors/app.exception';
import { GraphqlErrorCode, assertUnreachable } from '../common/errors/graphql-error-code';

export enum ImplementationErrorCode {
  ItemNotFound = 'ITEM_NOT_FOUND',
  ActivityNotFound = 'ACTIVITY_NOT_FOUND',
  ResponsibilityNotFound = 'RESPONSIBILITY_NOT_FOUND',
  EvidenceNotFound = 'EVIDENCE_NOT_FOUND',
  ReasonRequired = 'REASON_REQUIRED',
  GuideItem = 'GUIDE_ITEM',
  NotSettled = 'NOT_SETTLED',
  Unchanged = 'UNCHANGED',
  InvalidPeriod = 'INVALID_PERIOD',
  VersionWithoutId = 'VERSION_WITHOUT_ID',
  StaleVersion = 'STALE_VERSION',
}

export class ImplementationException extends AppException<ImplementationErrorCode> {
  get graphqlCode(): GraphqlErrorCode {
    switch (this.code) {
      case ImplementationErrorCode.ItemNotFound:
      case ImplementationErrorCode.ActivityNotFound:
      case ImplementationErrorCode.ResponsibilityNotFound:
      case ImplementationErrorCode.EvidenceNotFound:
        return GraphqlErrorCode.NotFound;
      case ImplementationErrorCode.ReasonRequired:
      case ImplementationErrorCode.GuideItem:
      case ImplementationErrorCode.NotSettled:
      case ImplementationErrorCode.Unchanged:
      case ImplementationErrorCode.InvalidPeriod:
      case ImplementationErrorCode.VersionWithoutId:
        return GraphqlErrorCode.BadUserInput;
      case ImplementationErrorCode.StaleVersion:
        return GraphqlErrorCode.Conflict;
      default:
        return assertUnreachable(this.code);
    }
  }
}

const STALE =
  'En anden har ændret dette, mens du arbejdede. Hent siden igen, og se ændringen, før du gemmer igen.';

export const implementationErrors = {
  itemNotFound: () => new ImplementationException(ImplementationErrorCode.ItemNotFound, 'Punktet findes ikke på tjeklisten.', 'id'),
  activityNotFound: () => new ImplementationException(ImplementationErrorCode.ActivityNotFound, 'Aktiviteten findes ikke i planen.', 'id'),
  responsibilityNotFound: () =>
    new ImplementationException(ImplementationErrorCode.ResponsibilityNotFound, 'Linjen findes ikke i tabellen over roller og ansvar.', 'id'),
  evidenceNotFound: (field: string) =>
    new ImplementationException(
      ImplementationErrorCode.EvidenceNotFound,
      'Det valgte dokumentationsgrundlag findes ikke i kommunen. Vælg en aftale, en parathedsvurdering eller en funktionsbeskrivelse fra listen.',
      field,
    ),
  reasonRequired: (why: string) => new ImplementationException(ImplementationErrorCode.ReasonRequired, why, 'reason'),
  guideItem: (what: string) => new ImplementationException(ImplementationErrorCode.GuideItem, what, 'id'),
  notSettled: () =>
    new ImplementationException(ImplementationErrorCode.NotSettled, 'Kun et punkt, der er klaret eller ikke relevant, kan genåbnes.', 'id'),
  unchanged: () => new ImplementationException(ImplementationErrorCode.Unchanged, 'Punktet har allerede den status.', 'status'),
  invalidPeriod: () => new ImplementationException(ImplementationErrorCode.InvalidPeriod, 'Fristen kan ikke ligge før startdatoen.', 'deadline'),
  versionWithoutId: () =>
    new ImplementationException(ImplementationErrorCode.VersionWithoutId, 'En ny aktivitet har ingen version. Udelad versionen, eller vælg den aktivitet, du vil ændre.', 'version'),
  stale: () => new ImplementationException(ImplementationErrorCode.StaleVersion, STALE, 'version'),
};
