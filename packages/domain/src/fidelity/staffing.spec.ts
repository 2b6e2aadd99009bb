import { STANDARD_FIDELITY_MODEL } from './standard-version';
import { rateValue, type ComputedItemDefinition } from './model';
import {
  citizensPerStaffFte,
  disciplineFtePer100,
  staffingAgainstBudget,
  staffTurnover,
  teamLeaderDirectShare,
  teamMeetingReviewShare,
  teamMeetingsPerWeek,
  teamSizeFte,
} from './staffing';
import { Enrolments } from './windows';
import { at, citizen, citizens, contact, member } from '../testing/fidelity-fixtures';

const rule = (id: string) => (STANDARD_FIDELITY_MODEL.items.find((i) => i.id === id) as ComputedItemDefinition).rule;
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' }; // 30 days

// November: 20 citizens all month, 3 who joined on the 21st, 1 who left on the 11th.
//   citizen-days = 20 × 30 + 3 × 10 (21st–30th) + 1 × 10 (1st–10th; the end date is not included) = 640
const novemberCitizens = new Enrolments([
  ...citizens('c', 20, '2026-10-01'),
  ...citizens('new', 3, '2026-11-21'),
  citizen('left', '2026-05-01', '2026-11-11'),
]);
// Staff: A support 1.0 all month, B nurse 0.5 all month (part-time), C support 1.0 from the 16th,
// P psychiatrist 0.2 all month.
const novemberStaff = [
  member('A', 'social_pedagogy', 1, '2026-01-01'),
  member('B', 'nursing', 0.5, '2026-01-01'),
  member('C', 'social_pedagogy', 1, '2026-11-16'),
  member('P', 'psychiatry', 0.2, '2026-01-01'),
];

describe('citizens per staff FTE', () => {
  it('divides citizen-days by FTE-days, part-time by its fraction, joiners and leavers pro rata', () => {
    // FTE-days without the psychiatrist: A 1.0 × 30 + B 0.5 × 30 + C 1.0 × 15 (16th–30th) = 60
    // 640 / 60 = 10.666… → 10.67 citizens per FTE → rating 4 (≤ 20, not ≤ 10)
    const r = citizensPerStaffFte(novemberStaff, novemberCitizens, NOVEMBER, ['psychiatry']);
    expect(r).toEqual({ value: 10.67, basis: { citizenDays: 640, fteDays: 60 } });
    expect(rateValue(rule('caseload_ratio'), r.value)).toBe(4);
  });

  it('would be wrong if B counted as a full post: 640 / 75 = 8.53 (rating 5)', () => {
    const asFullTime = novemberStaff.map((s) => (s.memberId === 'B' ? { ...s, fte: 1 } : s));
    expect(citizensPerStaffFte(asFullTime, novemberCitizens, NOVEMBER, ['psychiatry']).value).toBe(8.53);
  });

  it('has no value without staff', () => {
    expect(citizensPerStaffFte([], novemberCitizens, NOVEMBER, []).value).toBeNull();
  });
});

describe('discipline FTE per 100 citizens', () => {
  it('counts the FTE-days of one discipline per 100 citizen-days', () => {
    // Nurse: 0.5 × 30 = 15 FTE-days; 15 × 100 / 640 = 2.34375 → 2.34 per 100 → rating 5 (≥ 2)
    const nurse = disciplineFtePer100(novemberStaff, novemberCitizens, NOVEMBER, 'nursing');
    expect(nurse).toEqual({ value: 2.34, basis: { fteDays: 15, citizenDays: 640 } });
    expect(rateValue(rule('nurse_fte'), nurse.value)).toBe(5);
    // Psychiatrist: 0.2 × 30 = 6; 6 × 100 / 640 = 0.9375 → 0.94 → rating 4 (≥ 0.7, < 1)
    const psych = disciplineFtePer100(novemberStaff, novemberCitizens, NOVEMBER, 'psychiatry');
    expect(psych.value).toBe(0.94);
    expect(rateValue(rule('psychiatrist_fte'), psych.value)).toBe(4);
  });

  it('counts a part-time specialist who left mid-period for their days only', () => {
    // Substance-abuse consultant 0.6 FTE who left on the 21st: 0.6 × 20 days = 12 FTE-days
    // 12 × 100 / 640 = 1.875 → 1.88 → rating 4 (≥ 1.4, < 2); employment: none → 0 → rating 1
    const staff = [...novemberStaff, member('S', 'substance_abuse', 0.6, '2026-03-01', '2026-11-21')];
    const sa = disciplineFtePer100(staff, novemberCitizens, NOVEMBER, 'substance_abuse');
    expect(sa).toEqual({ value: 1.88, basis: { fteDays: 12, citizenDays: 640 } });
    expect(rateValue(rule('substance_abuse_fte'), sa.value)).toBe(4);
    const employment = disciplineFtePer100(staff, novemberCitizens, NOVEMBER, 'employment');
    expect(employment.value).toBe(0);
    expect(rateValue(rule('employment_fte'), employment.value)).toBe(1);
  });
});

describe('team size', () => {
  it('is the average total FTE', () => {
    // A 30 + B 15 + C 15 + P 6 = 66 FTE-days / 30 days = 2.2 FTE → rating 1 (< 2.5)
    const r = teamSizeFte(novemberStaff, NOVEMBER);
    expect(r).toEqual({ value: 2.2, basis: { fteDays: 66, days: 30 } });
    expect(rateValue(rule('team_size'), r.value)).toBe(1);
  });
});

describe('staffing against budgeted positions', () => {
  const YEAR = { from: '2026-01-01', to: '2026-12-31' }; // 365 days

  it('divides staffed FTE-days by budgeted FTE-days over twelve months', () => {
    // Budget 4.0 FTE all year = 1460 FTE-days.
    // Staffed: A 1.0 × 365 + B 1.0 × 365 + C 0.5 × 365 = 182.5 + D 1.0 from 1 July (184 days)
    //   = 365 + 365 + 182.5 + 184 = 1096.5; 1096.5 / 1460 = 0.75102… → 0.751 → rating 3 (≥ 0.65, < 0.8)
    const staff = [
      member('A', 'social_pedagogy', 1, '2025-01-01'),
      member('B', 'nursing', 1, '2025-01-01'),
      member('C', 'employment', 0.5, '2025-01-01'),
      member('D', 'substance_abuse', 1, '2026-07-01'),
    ];
    const r = staffingAgainstBudget(staff, [{ fte: 4, startDate: '2025-01-01', endDate: null }], YEAR);
    expect(r).toEqual({ value: 0.751, basis: { staffedFteDays: 1096.5, budgetedFteDays: 1460 } });
    expect(rateValue(rule('staffing_vs_budget'), r.value)).toBe(3);
  });

  it('follows a budget that changes during the year', () => {
    // Budget 2.0 until 1 April (90 days: Jan 31 + Feb 28 + Mar 31), then 3.0 (275 days)
    //   = 180 + 825 = 1005 FTE-days. Staffed 2.0 all year = 730 → 730 / 1005 = 0.7263… → 0.726
    const staff = [member('A', 'social_pedagogy', 1, '2025-01-01'), member('B', 'nursing', 1, '2025-01-01')];
    const budget = [
      { fte: 2, startDate: '2025-01-01', endDate: '2026-04-01' },
      { fte: 3, startDate: '2026-04-01', endDate: null },
    ];
    expect(staffingAgainstBudget(staff, budget, YEAR)).toEqual({ value: 0.726, basis: { staffedFteDays: 730, budgetedFteDays: 1005 } });
  });

  it('has no value without a budget', () => {
    expect(staffingAgainstBudget([member('A', 'nursing', 1, '2025-01-01')], [], YEAR).value).toBeNull();
  });
});

describe('staff turnover over two years', () => {
  const TWO_YEARS = { from: '2025-01-01', to: '2026-12-31' }; // 730 days

  it('counts leavers against the average headcount; an FTE change is not a departure', () => {
    // 4 members all the way: 4 × 730 = 2920 person-days
    // E left on 1 July 2025: 181 days (Jan–Jun 2025); F replaced E from 1 July 2025: 549 days
    // G went from 1.0 to 0.5 on 1 March 2026 (two memberships back to back): 730 days, not a leaver
    // H left before the window: 0 days, not a leaver
    // I's last day is 31 December 2026 (end date 1 January 2027): 730 days, a leaver
    // person-days = 2920 + 181 + 549 + 730 + 730 = 5110 → average headcount 5110 / 730 = 7
    // leavers = E, I = 2 → 2 / 7 = 0.2857… → 0.286 → rating 4 (≤ 0.4, not ≤ 0.2)
    const staff = [
      ...['m1', 'm2', 'm3', 'm4'].map((id) => member(id, 'social_pedagogy', 1, '2023-01-01')),
      member('E', 'nursing', 1, '2022-01-01', '2025-07-01'),
      member('F', 'nursing', 1, '2025-07-01'),
      member('G', 'employment', 1, '2024-01-01', '2026-03-01'),
      member('G', 'employment', 0.5, '2026-03-01'),
      member('H', 'peer', 1, '2023-01-01', '2024-12-15'),
      member('I', 'psychiatry', 0.3, '2023-06-01', '2027-01-01'),
    ];
    const r = staffTurnover(staff, TWO_YEARS);
    expect(r).toEqual({ value: 0.286, basis: { leavers: 2, averageHeadcount: 7 } });
    expect(rateValue(rule('staff_turnover'), r.value)).toBe(4);
  });

  it('a stable team has no turnover', () => {
    const r = staffTurnover([member('A', 'nursing', 0.5, '2020-01-01')], TWO_YEARS);
    expect(r.value).toBe(0);
    expect(rateValue(rule('staff_turnover'), r.value)).toBe(5);
  });
});

describe("team leader's share of direct contact time", () => {
  const FOUR_WEEKS = { from: '2026-11-02', to: '2026-11-29' }; // Monday to Sunday, 28 days

  it('divides minutes in contacts by working minutes for a part-time leader', () => {
    // Leader L at 0.8 FTE: 0.8 × 37 h × 60 × 4 weeks = 7104 working minutes
    // Contacts with L: 20 × 75 + 4 × 69 = 1500 + 276 = 1776 minutes (a shared visit counts in full)
    // 1776 / 7104 = 0.25 → rating 4 (≥ 0.25, < 0.5)
    // Not counted: a visit without L, and one at 00:30 on Monday 30 November (after the window,
    // although it is still 29 November in UTC).
    const staff = [member('L', 'social_pedagogy', 0.8, '2025-01-01', null, true), member('A', 'nursing', 1, '2025-01-01')];
    const contacts = [
      ...Array.from({ length: 20 }, (_, i) => contact('c1', `2026-11-${String(2 + i).padStart(2, '0')} 10:00`, 75, ['L'])),
      ...Array.from({ length: 4 }, (_, i) => contact('c2', `2026-11-0${3 + i} 14:00`, 69, ['L', 'A'])),
      contact('c2', '2026-11-10 09:00', 120, ['A']),
      contact('c1', '2026-11-30 00:30', 60, ['L']),
    ];
    expect(contacts[contacts.length - 1].start.toISOString()).toBe('2026-11-29T23:30:00.000Z');
    const r = teamLeaderDirectShare(staff, contacts, FOUR_WEEKS, 37);
    expect(r).toEqual({ value: 0.25, basis: { contactMinutes: 1776, workingMinutes: 7104 } });
    expect(rateValue(rule('team_leader_direct_share'), r.value)).toBe(4);
  });

  it('counts only the days a member was leader', () => {
    // L2 leader at 1.0 from 16 November: 2 weeks × 37 × 60 = 4440 working minutes.
    // Contacts: 222 minutes on the 10th (before) not counted; 444 minutes on the 20th → 444 / 4440 = 0.1 → rating 3
    const staff = [member('L2', 'nursing', 1, '2026-11-16', null, true)];
    const contacts = [contact('c1', '2026-11-10 10:00', 222, ['L2']), contact('c1', '2026-11-20 10:00', 444, ['L2'])];
    const r = teamLeaderDirectShare(staff, contacts, FOUR_WEEKS, 37);
    expect(r).toEqual({ value: 0.1, basis: { contactMinutes: 444, workingMinutes: 4440 } });
    expect(rateValue(rule('team_leader_direct_share'), r.value)).toBe(3);
  });

  it('has no value without a leader', () => {
    expect(teamLeaderDirectShare([member('A', 'nursing', 1, '2025-01-01')], [], FOUR_WEEKS, 37).value).toBeNull();
  });
});

describe('team meetings', () => {
  // Two weeks across the autumn DST change (Sunday 25 October 2026): 14 days = 2 weeks.
  const DST_FORTNIGHT = { from: '2026-10-19', to: '2026-11-01' };

  it('counts held meetings per week by Copenhagen date', () => {
    // In the window: Mon 19, Thu 22, Sun 25 at 23:30 (22:30 UTC), Mon 26, Sun 1 Nov at 23:30 → 5
    // Not: Mon 2 Nov at 00:30 (23:30 UTC on 1 Nov), Sun 18 Oct at 23:30.
    // 5 / 2 weeks = 2.5 per week → rating 4 (≥ 2, < 4)
    const meetings = ['2026-10-19 09:00', '2026-10-22 09:00', '2026-10-25 23:30', '2026-10-26 09:00', '2026-11-01 23:30', '2026-11-02 00:30', '2026-10-18 23:30'].map(
      (local) => ({ start: at(local), reviewedCitizenIds: [] }),
    );
    expect(meetings[5].start.toISOString()).toBe('2026-11-01T23:30:00.000Z');
    const r = teamMeetingsPerWeek(meetings, DST_FORTNIGHT);
    expect(r).toEqual({ value: 2.5, basis: { meetings: 5, weeks: 2 } });
    expect(rateValue(rule('team_meeting_frequency'), r.value)).toBe(4);
  });

  it('averages the share of enrolled citizens each meeting went through', () => {
    // Meeting 1 (20 Oct): enrolled a, b, c, d; reviewed a, b, c → 3/4 = 0.75
    // Meeting 2 (27 Oct): d left on the 24th, e joined on the 26th → enrolled a, b, c, e;
    //   reviewed a, b, c, e and d (no longer enrolled, ignored) → 4/4 = 1
    // mean (0.75 + 1) / 2 = 0.875 → rating 4 (≥ 0.75, < 0.95)
    const enrolments = new Enrolments([
      ...['a', 'b', 'c'].map((id) => citizen(id, '2026-01-01')),
      citizen('d', '2026-01-01', '2026-10-24'),
      citizen('e', '2026-10-26'),
    ]);
    const meetings = [
      { start: at('2026-10-20 09:00'), reviewedCitizenIds: ['a', 'b', 'c'] },
      { start: at('2026-10-27 09:00'), reviewedCitizenIds: ['a', 'b', 'c', 'd', 'e'] },
    ];
    const r = teamMeetingReviewShare(meetings, enrolments, DST_FORTNIGHT);
    expect(r).toEqual({ value: 0.875, basis: { meetings: 2 } });
    expect(rateValue(rule('team_meeting_review_share'), r.value)).toBe(4);
  });

  it('has no review share without meetings', () => {
    expect(teamMeetingReviewShare([], new Enrolments([]), DST_FORTNIGHT).value).toBeNull();
  });
});
