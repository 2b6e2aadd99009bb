/**
 * A citizen's course to and from regional dual-diagnosis treatment: referred, admitted,
 * discharged and back with the team — or withdrawn when the referral did not lead to an
 * admission. Each is a Copenhagen calendar date, written as it happens (never ahead).
 */
import { calendarDaysBetween } from './copenhagen-time';

export interface TransitionDates {
  referredOn: string;
  admittedOn: string | null;
  dischargedOn: string | null;
  returnedOn: string | null;
  withdrawnOn: string | null;
}

/** Where the course is now: waiting (referred, not yet admitted), admitted, discharged, returned or withdrawn. */
export type TransitionStage = 'waiting' | 'admitted' | 'discharged' | 'returned' | 'withdrawn';

export function transitionStage(d: TransitionDates): TransitionStage {
  if (d.withdrawnOn !== null) return 'withdrawn';
  if (d.returnedOn !== null) return 'returned';
  if (d.dischargedOn !== null) return 'discharged';
  if (d.admittedOn !== null) return 'admitted';
  return 'waiting';
}

/** Days from referral to admission; null until admitted. */
export function transitionWaitingDays(d: Pick<TransitionDates, 'referredOn' | 'admittedOn'>): number | null {
  return d.admittedOn === null ? null : calendarDaysBetween(d.referredOn, d.admittedOn);
}

/**
 * Problems with a course's dates, as field + Danish message: each step needs the one before it
 * and cannot come before it (the database checks the same), a withdrawn referral was never
 * admitted, and no date lies after `today`.
 */
export function transitionProblems(d: TransitionDates, today: string): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const fields: Array<keyof TransitionDates> = ['referredOn', 'admittedOn', 'dischargedOn', 'returnedOn', 'withdrawnOn'];
  for (const field of fields) {
    const value = d[field];
    if (value !== null && value > today) add(field, 'Datoen ligger i fremtiden. Skriv datoen, når det er sket.');
  }
  if (d.admittedOn !== null && d.admittedOn < d.referredOn) add('admittedOn', 'Indlæggelsen kan ikke ligge før henvisningen. Ret en af datoerne.');
  if (d.dischargedOn !== null) {
    if (d.admittedOn === null) add('dischargedOn', 'Skriv først, hvornår borgeren blev indlagt.');
    else if (d.dischargedOn < d.admittedOn) add('dischargedOn', 'Udskrivningen kan ikke ligge før indlæggelsen. Ret en af datoerne.');
  }
  if (d.returnedOn !== null) {
    if (d.dischargedOn === null) add('returnedOn', 'Skriv først, hvornår borgeren blev udskrevet.');
    else if (d.returnedOn < d.dischargedOn) add('returnedOn', 'Borgeren kan ikke være tilbage i teamet før udskrivningen. Ret en af datoerne.');
  }
  if (d.withdrawnOn !== null) {
    if (d.admittedOn !== null) add('withdrawnOn', 'Borgeren er indlagt, så henvisningen kan ikke trækkes tilbage. Fjern datoen for tilbagetrækning.');
    else if (d.withdrawnOn < d.referredOn) add('withdrawnOn', 'Henvisningen kan ikke trækkes tilbage, før den er sendt. Ret en af datoerne.');
  }
  return problems;
}
