/**
 * Fidelity items about the team's staffing (human resources). Part-time members count by their
 * FTE, and everybody counts for the days they were on the team within the window ("FTE-days"):
 * a 0.5 FTE nurse for 30 of 60 days is 15 FTE-days, an average of 0.25 FTE.
 */
import { fteToHundredths } from '../caseload';
import { addDays } from '../copenhagen-time';
import { periodCaseloadRatio, fteHundredthDays, daysInPeriod, periodDays, personDays, periodWeeks, type Period } from '../steering-figures';
import type { CompositionDiscipline } from '../team-composition';
import type { BudgetedPositions, ComputedValue, FidelityContact, HeldTeamMeeting, StaffMembership } from './types';
import { Enrolments, windowDates, roundTo } from './windows';

/** Citizen-days per FTE-day of the staff who count (the psychiatrist is usually left out): the average citizens per full-time post. */
export function citizensPerStaffFte(
  staff: readonly StaffMembership[],
  enrolments: Enrolments,
  window: Period,
  excludedDisciplines: readonly CompositionDiscipline[],
): ComputedValue {
  const counted = staff.filter((s) => !excludedDisciplines.includes(s.discipline));
  const citizenDays = enrolments.citizenDays(window);
  const fteDays = fteHundredthDays(counted, window);
  return { value: periodCaseloadRatio(citizenDays, fteDays), basis: { citizenDays, fteDays: fteDays / 100 } };
}

/** FTE of one discipline per 100 citizens: FTE-days × 100 / citizen-days. */
export function disciplineFtePer100(
  staff: readonly StaffMembership[],
  enrolments: Enrolments,
  window: Period,
  discipline: CompositionDiscipline,
): ComputedValue {
  const fteDays = fteHundredthDays(
    staff.filter((s) => s.discipline === discipline),
    window,
  );
  const citizenDays = enrolments.citizenDays(window);
  // (fteDays / 100) × 100 / citizenDays, with fteDays in hundredths.
  return { value: citizenDays === 0 ? null : roundTo(fteDays / citizenDays, 2), basis: { fteDays: fteDays / 100, citizenDays } };
}

/** The team's average total FTE over the window (FTE-days / days). */
export function teamSizeFte(staff: readonly StaffMembership[], window: Period): ComputedValue {
  const fteDays = fteHundredthDays(staff, window);
  const days = periodDays(window);
  return { value: roundTo(fteDays / 100 / days, 2), basis: { fteDays: fteDays / 100, days } };
}

/** Staffed FTE-days / budgeted FTE-days: 1 means every budgeted position was filled all the time. */
export function staffingAgainstBudget(staff: readonly StaffMembership[], budget: readonly BudgetedPositions[], window: Period): ComputedValue {
  const staffed = fteHundredthDays(staff, window);
  const budgeted = fteHundredthDays(budget, window);
  return { value: budgeted === 0 ? null : roundTo(staffed / budgeted, 3), basis: { staffedFteDays: staffed / 100, budgetedFteDays: budgeted / 100 } };
}

/**
 * Staff turnover: people who left the team in the window divided by the average headcount. A
 * member "leaves" when a membership ends and no other membership of theirs goes on from that day
 * (an FTE change is not a departure).
 */
export function staffTurnover(staff: readonly StaffMembership[], window: Period): ComputedValue {
  const byMember = new Map<string, StaffMembership[]>();
  for (const s of staff) byMember.set(s.memberId, [...(byMember.get(s.memberId) ?? []), s]);
  let leavers = 0;
  let personDaysTotal = 0;
  for (const [, list] of byMember) {
    personDaysTotal += personDays(list, window);
    const left = list.some(
      (m) =>
        m.endDate !== null &&
        m.endDate > window.from &&
        m.endDate <= addDays(window.to, 1) &&
        !list.some((o) => o.startDate <= m.endDate! && (o.endDate === null || o.endDate > m.endDate!)),
    );
    if (left) leavers += 1;
  }
  const headcount = personDaysTotal / periodDays(window);
  return {
    value: personDaysTotal === 0 ? null : roundTo(leavers / headcount, 3),
    basis: { leavers, averageHeadcount: roundTo(headcount, 2) },
  };
}

/**
 * The team leader's share of their working time spent in contact with citizens: minutes of
 * contacts the leader took part in / working minutes (FTE × hours per FTE-week × weeks as leader).
 * Contacts count on the days the member was leader, whether or not the citizen was enrolled yet
 * (engaging a referred citizen is direct work too).
 */
export function teamLeaderDirectShare(
  staff: readonly StaffMembership[],
  contacts: readonly FidelityContact[],
  window: Period,
  hoursPerFteWeek: number,
): ComputedValue {
  const leaders = staff.filter((s) => s.isTeamLeader);
  // FTE-hundredths × days × hours × 60 / (100 × 7) minutes.
  const workHundredthMinuteDays = leaders.reduce((sum, s) => sum + fteToHundredths(s.fte) * daysInPeriod(s.startDate, s.endDate, window), 0);
  const workingMinutes = (workHundredthMinuteDays * hoursPerFteWeek * 60) / 700;
  let contactMinutes = 0;
  const dateOf = windowDates(window);
  for (const c of contacts) {
    const date = dateOf(c.start);
    if (date === null) continue;
    const byLeader = leaders.some((l) => c.memberIds.includes(l.memberId) && l.startDate <= date && (l.endDate === null || date < l.endDate));
    if (byLeader) contactMinutes += c.minutes;
  }
  return {
    value: workingMinutes === 0 ? null : roundTo(contactMinutes / workingMinutes, 3),
    basis: { contactMinutes, workingMinutes: roundTo(workingMinutes, 1) },
  };
}

/** Held team meetings per week of the window (days / 7, so a DST week is one week). */
export function teamMeetingsPerWeek(meetings: readonly HeldTeamMeeting[], window: Period): ComputedValue {
  const dateOf = windowDates(window);
  const held = meetings.filter((m) => dateOf(m.start) !== null).length;
  return { value: roundTo(held / periodWeeks(window), 2), basis: { meetings: held, weeks: roundTo(periodWeeks(window), 2) } };
}

/**
 * The average share of the citizens enrolled on a meeting's day that the meeting went through.
 * Meetings on a day with no enrolled citizens are left out.
 */
export function teamMeetingReviewShare(meetings: readonly HeldTeamMeeting[], enrolments: Enrolments, window: Period): ComputedValue {
  const shares: number[] = [];
  const all = enrolments.citizenIds();
  const dateOf = windowDates(window);
  for (const m of meetings) {
    const date = dateOf(m.start);
    if (date === null) continue;
    const enrolled = all.filter((id) => enrolments.isEnrolled(id, date));
    if (!enrolled.length) continue;
    const reviewed = new Set(m.reviewedCitizenIds);
    shares.push(enrolled.filter((id) => reviewed.has(id)).length / enrolled.length);
  }
  const mean = shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null;
  return { value: mean === null ? null : roundTo(mean, 3), basis: { meetings: shares.length } };
}
