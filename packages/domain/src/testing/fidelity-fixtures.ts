/** Small builders for the fidelity specs: dates and times are Copenhagen wall-clock. */
import { copenhagenWallTimeToUtc } from '../copenhagen-time';
import type { ContactPlace } from '../contact-measures';
import type { CitizenEndKind, CitizenEnrolment, FidelityContact, StaffMembership } from '../fidelity/types';
import type { CompositionDiscipline } from '../team-composition';

/** "2026-10-25 23:30" in Copenhagen → the instant. */
export function at(local: string): Date {
  const [date, time] = local.split(' ') as [string, string];
  return copenhagenWallTimeToUtc(date, time);
}

export function member(
  memberId: string,
  discipline: CompositionDiscipline,
  fte: number,
  startDate: string,
  endDate: string | null = null,
  isTeamLeader = false,
): StaffMembership {
  return { memberId, discipline, fte, startDate, endDate, isTeamLeader };
}

export function citizen(
  citizenId: string,
  startDate: string,
  endDate: string | null = null,
  options: { endKind?: CitizenEndKind; substanceUseDisorder?: boolean } = {},
): CitizenEnrolment {
  return {
    citizenId,
    startDate,
    endDate,
    endKind: endDate === null ? null : (options.endKind ?? 'other'),
    substanceUseDisorder: options.substanceUseDisorder ?? false,
  };
}

export function contact(
  citizenId: string,
  local: string,
  minutes: number,
  memberIds: readonly string[],
  options: { faceToFace?: boolean; place?: ContactPlace; supportNetwork?: boolean; substanceTreatment?: boolean } = {},
): FidelityContact {
  return {
    citizenId,
    start: at(local),
    minutes,
    memberIds,
    faceToFace: options.faceToFace ?? true,
    place: options.place ?? 'home',
    supportNetwork: options.supportNetwork ?? false,
    substanceTreatment: options.substanceTreatment ?? false,
  };
}

/** `n` citizens "c1".."cn" (with a prefix) enrolled from `startDate` on. */
export function citizens(prefix: string, n: number, startDate: string, endDate: string | null = null): CitizenEnrolment[] {
  return Array.from({ length: n }, (_, i) => citizen(`${prefix}${i + 1}`, startDate, endDate));
}
