/**
 * The plain records the fidelity model is computed from. The API (or the worker) loads them for
 * one team and hands them over; nothing here reads a database or the clock.
 *
 * Dates are Copenhagen calendar dates (YYYY-MM-DD). Memberships and enrolments are half-open:
 * from `startDate` (included) to `endDate` (not included; null = still there), like the
 * steering figures.
 */
import type { Contact } from '../contact-measures';
import type { CompositionDiscipline } from '../team-composition';

/** A member's time on the team at one employment fraction. An FTE change is a new membership. */
export interface StaffMembership {
  memberId: string;
  discipline: CompositionDiscipline;
  /** Employment fraction, 37 h/week = 1.0. */
  fte: number;
  startDate: string;
  endDate: string | null;
  isTeamLeader: boolean;
}

/** Why a citizen's course ended, as far as retention is concerned. */
export type CitizenEndKind = 'moved_away' | 'died' | 'transferred' | 'completed' | 'other';

/** A citizen's course with the team (active). A citizen who comes back has a second enrolment. */
export interface CitizenEnrolment {
  citizenId: string;
  startDate: string;
  endDate: string | null;
  /** Set when `endDate` is set. */
  endKind: CitizenEndKind | null;
  /** Mental illness with co-occurring substance use (the denominator of the substance-use items). */
  substanceUseDisorder: boolean;
}

/** A contact is a visit logged as done (attempts and cancellations are not contacts). */
export interface FidelityContact extends Contact {
  citizenId: string;
  /** Someone from the citizen's own network (family, friends, landlord, employer) took part or was the contact. */
  supportNetwork: boolean;
  /** Time spent on the citizen's substance use (treatment, counselling, motivational work). */
  substanceTreatment: boolean;
}

/** A held team meeting and the citizens it went through. */
export interface HeldTeamMeeting {
  start: Date;
  reviewedCitizenIds: readonly string[];
}

/** A held group session (e.g. a substance-use group) and who attended. */
export interface GroupSession {
  start: Date;
  attendeeCitizenIds: readonly string[];
}

/** The team's budgeted positions (normering) in FTE for a span of time. */
export interface BudgetedPositions {
  fte: number;
  startDate: string;
  endDate: string | null;
}

/** A team leader's rating of an item the data cannot show. */
export interface ManualRating {
  id: string;
  itemId: string;
  /** 1–5 */
  rating: number;
  note: string;
  /** YYYY-MM-DD */
  ratedOn: string;
  ratedBy: string;
}

/** Everything a team's fidelity is computed from. Records outside an item's window are ignored. */
export interface FidelityInput {
  staff: readonly StaffMembership[];
  citizens: readonly CitizenEnrolment[];
  contacts: readonly FidelityContact[];
  meetings: readonly HeldTeamMeeting[];
  groupSessions: readonly GroupSession[];
  budget: readonly BudgetedPositions[];
  manualRatings: readonly ManualRating[];
  /**
   * Sources the platform does not record (yet), e.g. group sessions: an empty list there means
   * "not known", not "none", so every item that uses one is unrated with no data.
   */
  unavailable?: readonly FidelityDataSource[];
}

export type FidelityDataSource = Exclude<keyof FidelityInput, 'unavailable'>;

/**
 * An item's value and the numbers behind it (e.g. citizen-days and FTE-days), so a reader can
 * redo the arithmetic. `value` is null when there is nothing to divide by (no data).
 */
export interface ComputedValue {
  value: number | null;
  basis: Readonly<Record<string, number>>;
}
