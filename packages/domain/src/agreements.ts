/**
 * Cooperation agreements (samarbejdsaftaler) with partners: a draft is written, signed on a
 * date, reviewed by a date and in the end ended. The steering group is reminded before the
 * review (the worker's daily sweep) and the register flags it — both by `agreementReviewState`.
 */
import { addDays } from './copenhagen-time';

export type AgreementStatusName = 'draft' | 'signed' | 'ended';

/** A review is announced this many days ahead (and stays flagged once it is past). */
export const AGREEMENT_REVIEW_NOTICE_DAYS = 30;

/**
 * none: not signed or no review date; planned: later than the notice period; due-soon: within it
 * (today included); overdue: the review date has passed.
 */
export type AgreementReviewState = 'none' | 'planned' | 'due-soon' | 'overdue';

export function agreementReviewState(a: { status: AgreementStatusName; reviewOn: string | null }, today: string): AgreementReviewState {
  if (a.status !== 'signed' || a.reviewOn === null) return 'none';
  if (a.reviewOn < today) return 'overdue';
  if (a.reviewOn <= addDays(today, AGREEMENT_REVIEW_NOTICE_DAYS)) return 'due-soon';
  return 'planned';
}

export interface AgreementDates {
  status: AgreementStatusName;
  signedOn: string | null;
  reviewOn: string | null;
}

/**
 * Problems with an agreement's status and dates, as field + Danish message. `from` is the stored
 * status (null for a new agreement): a signed agreement does not become a draft again, a draft is
 * signed before it can end, and an ended agreement is not changed at all (the caller refuses it).
 */
export function cooperationAgreementProblems(next: AgreementDates, from: AgreementStatusName | null, today: string): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (from === 'signed' && next.status === 'draft') {
    problems.push({ field: 'status', message: 'En underskrevet aftale kan ikke blive en kladde igen. Afslut aftalen, hvis den ikke gælder længere.' });
  }
  if ((from === null || from === 'draft') && next.status === 'ended') {
    problems.push({ field: 'status', message: 'En kladde kan ikke afsluttes. Underskriv aftalen først, eller lad den blive som kladde.' });
  }
  if (next.status !== 'draft' && next.signedOn === null) {
    problems.push({ field: 'signedOn', message: 'Skriv den dato, aftalen blev underskrevet.' });
  }
  if (next.signedOn !== null && next.signedOn > today) {
    problems.push({ field: 'signedOn', message: 'Underskriftsdatoen ligger i fremtiden. Skriv den dag, aftalen blev underskrevet.' });
  }
  if (next.signedOn !== null && next.reviewOn !== null && next.reviewOn < next.signedOn) {
    problems.push({ field: 'reviewOn', message: 'Revisionsdatoen ligger før underskriftsdatoen. Vælg en senere dato.' });
  }
  return problems;
}
