/**
 * Fidelity items about the citizens and the services they get (organisational boundaries and the
 * nature of services). A citizen counts for the days they were with the team within the window
 * ("citizen-days"), and a contact counts only on a day its citizen was enrolled: a citizen who
 * joined halfway through a four-week window is two citizen-weeks, with the contacts of those two
 * weeks. Weeks are citizen-days / 7 and months are counted month by month (see `monthParts`), in
 * Copenhagen calendar days.
 */
import { addDays } from '../copenhagen-time';
import { periodDays, type Period } from '../steering-figures';
import type { CitizenEndKind, CitizenEnrolment, ComputedValue, FidelityContact, GroupSession } from './types';
import { Enrolments, windowDates, inPeriod, monthParts, roundTo } from './windows';

const withSubstanceUse = (e: CitizenEnrolment) => e.substanceUseDisorder;

/** The contacts on days their citizen was enrolled within the window, with their Copenhagen date. */
export function contactsInWindow(contacts: readonly FidelityContact[], enrolments: Enrolments, window: Period): Array<FidelityContact & { date: string }> {
  const result: Array<FidelityContact & { date: string }> = [];
  const dateOf = windowDates(window);
  for (const c of contacts) {
    const date = dateOf(c.start);
    if (date !== null && enrolments.isEnrolled(c.citizenId, date)) result.push({ ...c, date });
  }
  return result;
}

/** Citizen-months: each month's citizen-days divided by that month's length. */
function citizenMonths(enrolments: Enrolments, window: Period, filter?: (e: CitizenEnrolment) => boolean): number {
  return monthParts(window).reduce((sum, part) => sum + (enrolments.citizenDays(part.period, filter) * part.fraction) / periodDays(part.period), 0);
}

/**
 * Team approach: of the citizens enrolled for a whole fortnight, the share seen face to face by
 * more than one team member in it. The window is cut into 14-day blocks from its first day (a
 * shorter rest at the end is left out); each citizen counts once per block they were enrolled
 * for in full.
 */
export function seenByMoreThanOneStaff(contacts: readonly FidelityContact[], enrolments: Enrolments, window: Period): ComputedValue {
  let eligible = 0;
  let seen = 0;
  const inWindow = contactsInWindow(contacts, enrolments, window).filter((c) => c.faceToFace);
  for (let from = window.from; addDays(from, 13) <= window.to; from = addDays(from, 14)) {
    const block = { from, to: addDays(from, 13) };
    const staffByCitizen = new Map<string, Set<string>>();
    for (const c of inWindow) {
      if (!inPeriod(c.date, block)) continue;
      const set = staffByCitizen.get(c.citizenId) ?? new Set<string>();
      c.memberIds.forEach((m) => set.add(m));
      staffByCitizen.set(c.citizenId, set);
    }
    for (const id of enrolments.citizenIds()) {
      if (!enrolments.throughout(id, block)) continue;
      eligible += 1;
      if ((staffByCitizen.get(id)?.size ?? 0) > 1) seen += 1;
    }
  }
  return { value: eligible === 0 ? null : roundTo(seen / eligible, 3), basis: { citizenFortnights: eligible, seenByMoreThanOne: seen } };
}

/** The highest number of new enrolments in one calendar month of the window (a part month counts what falls in the window). */
export function highestMonthlyIntake(enrolments: Enrolments, window: Period): ComputedValue {
  let highest = 0;
  let total = 0;
  for (const part of monthParts(window)) {
    const n = enrolments.all.filter((e) => inPeriod(e.startDate, part.period)).length;
    highest = Math.max(highest, n);
    total += n;
  }
  return { value: highest, basis: { intake: total, months: monthParts(window).length } };
}

/** The share of face-to-face contacts that took place outside the team's office. */
export function communityContactShare(contacts: readonly FidelityContact[], enrolments: Enrolments, window: Period): ComputedValue {
  const f2f = contactsInWindow(contacts, enrolments, window).filter((c) => c.faceToFace);
  const outside = f2f.filter((c) => c.place !== 'office').length;
  return { value: f2f.length === 0 ? null : roundTo(outside / f2f.length, 3), basis: { faceToFaceContacts: f2f.length, outsideOffice: outside } };
}

/**
 * Retention: of the citizens with the team at some point in the window, the share whose course
 * did not end in it. Endings for an excused reason (by default moving away or death) leave both
 * the numerator and the denominator. A citizen who ended and came back within the window is retained.
 */
export function retention(enrolments: Enrolments, window: Period, excused: readonly CitizenEndKind[]): ComputedValue {
  let base = 0;
  let lost = 0;
  for (const id of enrolments.citizenIds()) {
    const list = enrolments.of(id);
    if (enrolments.days(id, window) === 0) continue;
    const endings = list.filter((e) => e.endDate !== null && e.endDate > window.from && e.endDate <= addDays(window.to, 1) && !enrolments.isEnrolled(id, e.endDate));
    const last = endings.sort((a, b) => (a.endDate! < b.endDate! ? 1 : -1))[0];
    const cameBack = last !== undefined && list.some((e) => e.startDate >= last.endDate! && e.startDate <= window.to);
    if (last && !cameBack && excused.includes(last.endKind ?? 'other')) continue;
    base += 1;
    if (last && !cameBack) lost += 1;
  }
  return { value: base === 0 ? null : roundTo((base - lost) / base, 3), basis: { citizens: base, ended: lost } };
}

/** Face-to-face minutes per citizen per week: minutes / (citizen-days / 7). */
export function faceToFaceMinutesPerWeek(contacts: readonly FidelityContact[], enrolments: Enrolments, window: Period): ComputedValue {
  const minutes = contactsInWindow(contacts, enrolments, window)
    .filter((c) => c.faceToFace)
    .reduce((sum, c) => sum + c.minutes, 0);
  const citizenDays = enrolments.citizenDays(window);
  return { value: citizenDays === 0 ? null : roundTo((minutes * 7) / citizenDays, 1), basis: { minutes, citizenDays } };
}

/** Face-to-face contacts per citizen per week: contacts / (citizen-days / 7). */
export function faceToFaceContactsPerWeek(contacts: readonly FidelityContact[], enrolments: Enrolments, window: Period): ComputedValue {
  const n = contactsInWindow(contacts, enrolments, window).filter((c) => c.faceToFace).length;
  const citizenDays = enrolments.citizenDays(window);
  return { value: citizenDays === 0 ? null : roundTo((n * 7) / citizenDays, 2), basis: { contacts: n, citizenDays } };
}

/** Contacts with the citizens' own networks per citizen per month: contacts / citizen-months. */
export function networkContactsPerMonth(contacts: readonly FidelityContact[], enrolments: Enrolments, window: Period): ComputedValue {
  const n = contactsInWindow(contacts, enrolments, window).filter((c) => c.supportNetwork).length;
  const months = citizenMonths(enrolments, window);
  return { value: months === 0 ? null : roundTo(n / months, 2), basis: { contacts: n, citizenMonths: roundTo(months, 3) } };
}

/** Minutes of substance-use work per week for each citizen with a substance use disorder. */
export function substanceTreatmentMinutesPerWeek(contacts: readonly FidelityContact[], enrolments: Enrolments, window: Period): ComputedValue {
  const sud = new Set(enrolments.citizenIds(withSubstanceUse));
  const minutes = contactsInWindow(contacts, enrolments, window)
    .filter((c) => c.substanceTreatment && sud.has(c.citizenId))
    .reduce((sum, c) => sum + c.minutes, 0);
  const citizenDays = enrolments.citizenDays(window, withSubstanceUse);
  return { value: citizenDays === 0 ? null : roundTo((minutes * 7) / citizenDays, 1), basis: { minutes, citizenDays } };
}

/**
 * Group attendance: the share of citizens with a substance use disorder who attend at least one
 * group session a month. Each citizen-month counts by the part of it the citizen was enrolled
 * (a citizen there for 10 of 30 days weighs 1/3; so does a month the window covers only a third
 * of) and is "attended" when the citizen came to a session on a day they were enrolled in it.
 */
export function groupAttendanceShare(sessions: readonly GroupSession[], enrolments: Enrolments, window: Period): ComputedValue {
  const sud = enrolments.citizenIds(withSubstanceUse);
  let weight = 0;
  let attendedWeight = 0;
  for (const part of monthParts(window)) {
    const days = periodDays(part.period);
    const attended = new Set<string>();
    const dateOf = windowDates(part.period);
    for (const s of sessions) {
      const date = dateOf(s.start);
      if (date === null) continue;
      for (const id of s.attendeeCitizenIds) if (enrolments.isEnrolled(id, date)) attended.add(id);
    }
    for (const id of sud) {
      const w = (enrolments.days(id, part.period) * part.fraction) / days;
      weight += w;
      if (attended.has(id)) attendedWeight += w;
    }
  }
  return { value: weight === 0 ? null : roundTo(attendedWeight / weight, 3), basis: { citizenMonths: roundTo(weight, 3), attendedCitizenMonths: roundTo(attendedWeight, 3) } };
}
