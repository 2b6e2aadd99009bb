/**
 * The team's staffing history as the database keeps it (ADR 0025): spans of days with one FTE and
 * discipline, each with its last day (inclusive). The fidelity model counts with an end date that
 * is the day after, like every other membership in the model.
 */
import { addDays } from '../copenhagen-time';
import type { CompositionDiscipline } from '../team-composition';
import type { StaffMembership } from './types';

export interface StaffSpan {
  memberId: string;
  discipline: CompositionDiscipline;
  fte: number;
  /** First day (YYYY-MM-DD). */
  validFrom: string;
  /** Last day, inclusive; null while open. */
  validTo: string | null;
  isTeamLeader: boolean;
}

export function staffFromSpans(spans: readonly StaffSpan[]): StaffMembership[] {
  return spans.map((s) => ({
    memberId: s.memberId,
    discipline: s.discipline,
    fte: s.fte,
    startDate: s.validFrom,
    endDate: s.validTo === null ? null : addDays(s.validTo, 1),
    isTeamLeader: s.isTeamLeader,
  }));
}

/** The staffing on one day: who was on the team and at which FTE. */
export function staffOnDay(spans: readonly StaffSpan[], date: string): StaffSpan[] {
  return spans.filter((s) => s.validFrom <= date && (s.validTo === null || date <= s.validTo));
}
