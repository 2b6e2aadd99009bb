import { STANDARD_FIDELITY_MODEL } from './standard-version';
import { rateValue, type ComputedItemDefinition } from './model';
import {
  communityContactShare,
  contactsInWindow,
  faceToFaceContactsPerWeek,
  faceToFaceMinutesPerWeek,
  groupAttendanceShare,
  highestMonthlyIntake,
  networkContactsPerMonth,
  retention,
  seenByMoreThanOneStaff,
  substanceTreatmentMinutesPerWeek,
} from './services';
import { Enrolments } from './windows';
import { at, citizen, citizens, contact } from '../testing/fidelity-fixtures';

const rule = (id: string) => (STANDARD_FIDELITY_MODEL.items.find((i) => i.id === id) as ComputedItemDefinition).rule;

// DST 2026: summer time starts Sunday 29 March (02:00 → 03:00), ends Sunday 25 October (03:00 → 02:00).
const AUTUMN_DST_WEEK = { from: '2026-10-19', to: '2026-10-25' };
const SPRING_DST_WEEK = { from: '2026-03-23', to: '2026-03-29' };

describe('team approach: seen face to face by more than one staff member in two weeks', () => {
  it('counts each citizen once per fortnight they were enrolled for in full', () => {
    // Window 19 Oct–15 Nov (28 days) = fortnights 19 Oct–1 Nov (with the DST change) and 2–15 Nov.
    // Eligible: c1 both, c2 both, c3 (joined 26 Oct) only the 2nd, c4 (left 8 Nov) only the 1st → 6
    // Fortnight 1: c1 seen by A and B ✓; c2 by A twice and by C on the phone ✗;
    //   c4 by A on 20 Oct and by B on Sunday 25 Oct at 23:30 (22:30 UTC) ✓
    // Fortnight 2: c1 by A and B together ✓; c2 by A, and by B at 00:30 on 16 Nov (outside) ✗;
    //   c3 by A and C ✓
    // 4 of 6 = 0.667 → rating 4 (≥ 0.64, < 0.9)
    const enrolments = new Enrolments([
      citizen('c1', '2026-01-01'),
      citizen('c2', '2026-01-01'),
      citizen('c3', '2026-10-26'),
      citizen('c4', '2026-01-01', '2026-11-08'),
    ]);
    const contacts = [
      contact('c1', '2026-10-20 10:00', 60, ['A']),
      contact('c1', '2026-10-28 10:00', 60, ['B']),
      contact('c2', '2026-10-20 10:00', 60, ['A']),
      contact('c2', '2026-10-27 10:00', 60, ['A']),
      contact('c2', '2026-10-29 10:00', 15, ['C'], { faceToFace: false, place: 'office' }),
      contact('c4', '2026-10-20 10:00', 60, ['A']),
      contact('c4', '2026-10-25 23:30', 30, ['B']),
      contact('c1', '2026-11-05 10:00', 60, ['A', 'B']),
      contact('c2', '2026-11-03 10:00', 60, ['A']),
      contact('c2', '2026-11-16 00:30', 60, ['B']),
      contact('c3', '2026-11-04 10:00', 60, ['A']),
      contact('c3', '2026-11-12 10:00', 60, ['C']),
    ];
    const r = seenByMoreThanOneStaff(contacts, enrolments, { from: '2026-10-19', to: '2026-11-15' });
    expect(r).toEqual({ value: 0.667, basis: { citizenFortnights: 6, seenByMoreThanOne: 4 } });
    expect(rateValue(rule('team_approach'), r.value)).toBe(4);
  });

  it('has no value for a window shorter than two weeks', () => {
    const enrolments = new Enrolments([citizen('c1', '2026-01-01')]);
    expect(seenByMoreThanOneStaff([], enrolments, AUTUMN_DST_WEEK).value).toBeNull();
  });
});

describe('monthly intake', () => {
  it('is the highest count of new enrolments in one calendar month of the window', () => {
    // Window June–November 2026. June 2, August 5, October 3; 31 May is outside.
    // highest = 5 (August) → rating 5 (≤ 6); total 10 over 6 months
    const enrolments = new Enrolments([
      ...citizens('jun', 2, '2026-06-10'),
      ...citizens('aug', 5, '2026-08-31'),
      ...citizens('oct', 3, '2026-10-01'),
      citizen('may', '2026-05-31'),
    ]);
    const r = highestMonthlyIntake(enrolments, { from: '2026-06-01', to: '2026-11-30' });
    expect(r).toEqual({ value: 5, basis: { intake: 10, months: 6 } });
    expect(rateValue(rule('monthly_intake'), r.value)).toBe(5);
    // Two more in August → 7 → rating 4 (≤ 9, not ≤ 6)
    const more = new Enrolments([...enrolments.all, ...citizens('aug-more', 2, '2026-08-15')]);
    expect(rateValue(rule('monthly_intake'), highestMonthlyIntake(more, { from: '2026-06-01', to: '2026-11-30' }).value)).toBe(4);
  });
});

describe('share of contacts in the community', () => {
  it('counts face-to-face contacts outside the office on days the citizen was enrolled', () => {
    // 10 face-to-face contacts: 7 at home/street/jobcenter, 3 at the office → 7 / 10 = 0.7 → rating 4
    // Not counted: 2 phone calls, and a home visit to c2 before c2 was enrolled.
    const enrolments = new Enrolments([citizen('c1', '2026-01-01'), citizen('c2', '2026-11-10')]);
    const places = ['home', 'home', 'street', 'jobcenter', 'home', 'drop_in_centre', 'home', 'office', 'office', 'office'] as const;
    const contacts = [
      ...places.map((place, i) => contact(i % 2 ? 'c1' : 'c2', `2026-11-${12 + i} 10:00`, 30, ['A'], { place })),
      contact('c1', '2026-11-12 12:00', 10, ['A'], { faceToFace: false, place: 'office' }),
      contact('c1', '2026-11-13 12:00', 10, ['A'], { faceToFace: false, place: 'other' }),
      contact('c2', '2026-11-05 10:00', 30, ['A'], { place: 'home' }),
    ];
    const r = communityContactShare(contacts, enrolments, { from: '2026-11-01', to: '2026-11-30' });
    expect(r).toEqual({ value: 0.7, basis: { faceToFaceContacts: 10, outsideOffice: 7 } });
    expect(rateValue(rule('community_share'), r.value)).toBe(4);
  });
});

describe('retention over twelve months', () => {
  it('counts endings in the window except moving away and death; a returning citizen is retained', () => {
    // Window 1 Dec 2025–30 Nov 2026.
    // 10 ongoing; f joined June 2026 (ongoing); d ended in February and came back in May → retained
    // a ended in March ("other") and g in June ("completed") → not retained
    // b moved away, c died → left out; e ended before the window → left out
    // base = 10 + f + d + a + g = 14; not retained = 2 → 12 / 14 = 0.857 → rating 4 (≥ 0.8, < 0.95)
    const enrolments = new Enrolments([
      ...citizens('c', 10, '2025-01-01'),
      citizen('f', '2026-06-01'),
      citizen('d', '2025-01-01', '2026-02-01'),
      citizen('d', '2026-05-01'),
      citizen('a', '2025-01-01', '2026-03-01', { endKind: 'other' }),
      citizen('g', '2025-01-01', '2026-06-15', { endKind: 'completed' }),
      citizen('b', '2025-01-01', '2026-04-01', { endKind: 'moved_away' }),
      citizen('c', '2025-01-01', '2026-05-01', { endKind: 'died' }),
      citizen('e', '2024-01-01', '2025-10-01', { endKind: 'other' }),
    ]);
    const r = retention(enrolments, { from: '2025-12-01', to: '2026-11-30' }, ['moved_away', 'died']);
    expect(r).toEqual({ value: 0.857, basis: { citizens: 14, ended: 2 } });
    expect(rateValue(rule('retention'), r.value)).toBe(4);
  });
});

describe('face-to-face minutes and contacts per citizen per week', () => {
  it('counts a week with the autumn DST change as 7 days and contacts by Copenhagen date', () => {
    // Week 19–25 Oct 2026 (169 hours long, still 7 days):
    //   c1 all week (7 days), c2 joined Thu 22 Oct (4 days), c3 left on Thu 22 Oct (3 days)
    //   citizen-days = 14 → 2 citizen-weeks
    // Face-to-face contacts counted:
    //   c1: 60 + 45 + 30 minutes
    //   c2: 90 minutes at 02:30 on Sunday 25 Oct (the hour that happens twice) and
    //       30 minutes at 23:30 on Sunday 25 Oct (22:30 UTC — still in the week)
    //   c3: 45 minutes on 21 Oct (the 60 minutes on 23 Oct, after c3 left, do not count)
    //   → 6 contacts, 135 + 120 + 45 = 300 minutes; a 20-minute phone call is not face to face
    // minutes: 300 × 7 / 14 = 150 per week → rating 5 (≥ 120)
    // contacts: 6 × 7 / 14 = 3.0 per week → rating 4 (≥ 3, < 4)
    const enrolments = new Enrolments([citizen('c1', '2026-01-01'), citizen('c2', '2026-10-22'), citizen('c3', '2026-01-01', '2026-10-22')]);
    const contacts = [
      contact('c1', '2026-10-19 10:00', 60, ['A']),
      contact('c1', '2026-10-21 10:00', 45, ['A']),
      contact('c1', '2026-10-23 10:00', 30, ['B']),
      contact('c1', '2026-10-24 10:00', 20, ['B'], { faceToFace: false }),
      contact('c2', '2026-10-25 02:30', 90, ['A']),
      contact('c2', '2026-10-25 23:30', 30, ['A']),
      contact('c3', '2026-10-21 10:00', 45, ['B']),
      contact('c3', '2026-10-23 10:00', 60, ['B']),
      contact('c1', '2026-10-26 00:30', 60, ['A']), // Monday of the next week (25 Oct 23:30 UTC)
    ];
    expect(contacts[4].start.toISOString()).toBe('2026-10-25T00:30:00.000Z'); // the first 02:30 (summer time)
    expect(contacts[5].start.toISOString()).toBe('2026-10-25T22:30:00.000Z');
    expect(contacts[8].start.toISOString()).toBe('2026-10-25T23:30:00.000Z');
    const minutes = faceToFaceMinutesPerWeek(contacts, enrolments, AUTUMN_DST_WEEK);
    expect(minutes).toEqual({ value: 150, basis: { minutes: 300, citizenDays: 14 } });
    expect(rateValue(rule('face_to_face_minutes'), minutes.value)).toBe(5);
    const count = faceToFaceContactsPerWeek(contacts, enrolments, AUTUMN_DST_WEEK);
    expect(count).toEqual({ value: 3, basis: { contacts: 6, citizenDays: 14 } });
    expect(rateValue(rule('face_to_face_contacts'), count.value)).toBe(4);
  });

  it('puts a late-Sunday contact in the right week across the spring DST change', () => {
    // Week 23–29 Mar 2026, one citizen all week (1 citizen-week).
    // Sunday 29 Mar 23:30 summer time = 21:30 UTC → in the week; Monday 30 Mar 00:30 = 22:30 UTC on
    // the 29th → next week (reading UTC+1 would wrongly put it on Sunday).
    // 2 contacts (Mon 10:00, Sun 23:30) × 7 / 7 = 2 per week; 40 + 50 = 90 minutes per week
    const enrolments = new Enrolments([citizen('c1', '2026-01-01')]);
    const contacts = [
      contact('c1', '2026-03-23 10:00', 40, ['A']),
      contact('c1', '2026-03-29 23:30', 50, ['A']),
      contact('c1', '2026-03-30 00:30', 70, ['A']),
    ];
    expect(contacts[1].start.toISOString()).toBe('2026-03-29T21:30:00.000Z');
    expect(contacts[2].start.toISOString()).toBe('2026-03-29T22:30:00.000Z');
    expect(contactsInWindow(contacts, enrolments, SPRING_DST_WEEK).map((c) => c.date)).toEqual(['2026-03-23', '2026-03-29']);
    expect(faceToFaceContactsPerWeek(contacts, enrolments, SPRING_DST_WEEK).value).toBe(2);
    expect(faceToFaceMinutesPerWeek(contacts, enrolments, SPRING_DST_WEEK).value).toBe(90);
  });

  it('has no value without citizens', () => {
    expect(faceToFaceMinutesPerWeek([], new Enrolments([]), AUTUMN_DST_WEEK).value).toBeNull();
  });
});

describe('contacts with the support network per month', () => {
  it('divides network contacts by citizen-months counted month by month', () => {
    // Window September–October 2026.
    // c1 both months = 2 citizen-months; c2 joined 16 Sep: 15/30 of September + all October = 1.5
    //   → 3.5 citizen-months. Network contacts: 7 (one of them with the citizen present, face to face)
    // 7 / 3.5 = 2.0 per month → rating 3 (≥ 2, < 3)
    const enrolments = new Enrolments([citizen('c1', '2026-01-01'), citizen('c2', '2026-09-16')]);
    const contacts = [
      ...['2026-09-03', '2026-09-20', '2026-10-02', '2026-10-20'].map((d) => contact('c1', `${d} 10:00`, 20, ['A'], { faceToFace: false, supportNetwork: true })),
      ...['2026-09-18', '2026-10-05'].map((d) => contact('c2', `${d} 10:00`, 20, ['A'], { faceToFace: false, supportNetwork: true })),
      contact('c2', '2026-10-30 10:00', 60, ['A'], { supportNetwork: true }),
      contact('c2', '2026-09-10 10:00', 20, ['A'], { faceToFace: false, supportNetwork: true }), // before c2 joined
      contact('c1', '2026-10-10 10:00', 60, ['A']), // not with the network
    ];
    const r = networkContactsPerMonth(contacts, enrolments, { from: '2026-09-01', to: '2026-10-31' });
    expect(r).toEqual({ value: 2, basis: { contacts: 7, citizenMonths: 3.5 } });
    expect(rateValue(rule('network_contacts'), r.value)).toBe(3);
  });
});

describe('substance-use treatment minutes per week', () => {
  it('counts treatment minutes for citizens with a substance use disorder per citizen-week', () => {
    // Window 2–29 Nov 2026 (4 weeks). s1 (substance use) all 28 days; s2 (substance use) from
    // 16 Nov: 14 days; n1 (no substance use) all month is not in the denominator.
    // substance-use citizen-days = 42 = 6 citizen-weeks
    // Treatment minutes: s1 4 × 30 = 120, s2 2 × 30 = 60 → 180
    //   (not: n1's 45 treatment minutes, s1's 60-minute visit about housing)
    // 180 × 7 / 42 = 30 per week → rating 5 (≥ 24)
    const enrolments = new Enrolments([
      citizen('s1', '2026-01-01', null, { substanceUseDisorder: true }),
      citizen('s2', '2026-11-16', null, { substanceUseDisorder: true }),
      citizen('n1', '2026-01-01'),
    ]);
    const treat = { substanceTreatment: true };
    const contacts = [
      ...['03', '10', '17', '24'].map((d) => contact('s1', `2026-11-${d} 10:00`, 30, ['S'], treat)),
      ...['18', '25'].map((d) => contact('s2', `2026-11-${d} 10:00`, 30, ['S'], treat)),
      contact('n1', '2026-11-11 10:00', 45, ['S'], treat),
      contact('s1', '2026-11-12 10:00', 60, ['A']),
    ];
    const r = substanceTreatmentMinutesPerWeek(contacts, enrolments, { from: '2026-11-02', to: '2026-11-29' });
    expect(r).toEqual({ value: 30, basis: { minutes: 180, citizenDays: 42 } });
    expect(rateValue(rule('substance_treatment_minutes'), r.value)).toBe(5);
  });
});

describe('group attendance', () => {
  it('weighs each citizen-month by the part the citizen was enrolled', () => {
    // Window September–October 2026; citizens with substance use:
    //   s1 both months; attended in September only → weight 2, attended 1
    //   s2 joined 16 Sep (15/30 = 0.5 of September); attended 20 Sep and in October → weight 1.5, attended 1.5
    //   s3 left on 11 Oct (10/31 of October); attended on 20 Oct, after leaving → weight 1 + 10/31, attended 0
    //   n1 (no substance use) attended; not counted
    // weight = 2 + 1.5 + 1.3226 = 4.8226; attended 2.5 → 2.5 / 4.8226 = 0.5184 → 0.518 → rating 5 (≥ 0.5)
    const sud = { substanceUseDisorder: true };
    const enrolments = new Enrolments([
      citizen('s1', '2026-01-01', null, sud),
      citizen('s2', '2026-09-16', null, sud),
      citizen('s3', '2026-01-01', '2026-10-11', { ...sud, endKind: 'other' }),
      citizen('n1', '2026-01-01'),
    ]);
    const sessions = [
      { start: at('2026-09-08 13:00'), attendeeCitizenIds: ['s1', 'n1'] },
      { start: at('2026-09-20 13:00'), attendeeCitizenIds: ['s2'] },
      { start: at('2026-10-20 13:00'), attendeeCitizenIds: ['s2', 's3', 'n1'] },
    ];
    const r = groupAttendanceShare(sessions, enrolments, { from: '2026-09-01', to: '2026-10-31' });
    expect(r).toEqual({ value: 0.518, basis: { citizenMonths: 4.823, attendedCitizenMonths: 2.5 } });
    expect(rateValue(rule('group_attendance'), r.value)).toBe(5);
  });
});
