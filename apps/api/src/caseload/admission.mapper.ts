import type { AdmissionAssessment } from '@act/db';
import type { AdmissionCriteriaModel } from './caseload.model';

/** The recorded criteria, and whether all five ACT admission criteria are met. */
export function toAdmissionModel(a: AdmissionAssessment): AdmissionCriteriaModel {
  return {
    isAdult: a.isAdult,
    hasMentalIllness: a.hasMentalIllness,
    hasSubstanceUse: a.hasSubstanceUse,
    notHeldByOrdinaryServices: a.notHeldByOrdinaryServices,
    wantsSupport: a.wantsSupport,
    note: a.note,
    allMet: a.isAdult && a.hasMentalIllness && a.hasSubstanceUse && a.notHeldByOrdinaryServices && a.wantsSupport,
    assessedAt: a.assessedAt,
  };
}
