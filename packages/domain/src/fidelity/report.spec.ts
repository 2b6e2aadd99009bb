import { deriveFidelityModelVersion, type FidelityModelVersion } from './model';
import { fidelityReport } from './report';
import { STANDARD_FIDELITY_MODEL } from './standard-version';
import type { FidelityInput, ManualRating } from './types';
import { citizen, contact, member } from '../testing/fidelity-fixtures';

const PERIOD = { from: '2026-11-02', to: '2026-11-29' }; // 4 weeks, 28 days

// A small version: two staffing items, one organisational item and one manual, three service
// items of which two are manual.
const SMALL: FidelityModelVersion = deriveFidelityModelVersion(STANDARD_FIDELITY_MODEL, {
  versionId: 'test-small-1',
  label: 'Lille testmodel',
  omit: STANDARD_FIDELITY_MODEL.items
    .map((i) => i.id)
    .filter(
      (id) =>
        ![
          'caseload_ratio',
          'team_size',
          'monthly_intake',
          'admission_criteria',
          'face_to_face_contacts',
          'community_share',
          'dual_disorder_model',
          'assertive_engagement',
        ].includes(id),
    ),
});

const rating = (id: string, itemId: string, value: number, ratedOn: string): ManualRating => ({
  id,
  itemId,
  rating: value,
  note: 'Drøftet på teammødet',
  ratedOn,
  ratedBy: 'leader-1',
});

function input(): FidelityInput {
  // 20 citizens all period (two of them new in July): 20 × 28 = 560 citizen-days = 80 citizen-weeks.
  const people = Array.from({ length: 20 }, (_, i) => citizen(`c${i + 1}`, i < 2 ? '2026-07-15' : '2026-01-01'));
  // Each citizen seen face to face every Monday (4 contacts), at the office in the second week.
  const contacts = people.flatMap((p) =>
    ['02', '09', '16', '23'].map((d) => contact(p.citizenId, `2026-11-${d} 10:00`, 60, ['A'], { place: d === '09' ? 'office' : 'home' })),
  );
  return {
    staff: [
      member('A', 'social_pedagogy', 1, '2026-01-01'),
      member('B', 'nursing', 0.5, '2026-01-01'),
      member('L', 'social_pedagogy', 1, '2026-01-01', null, true),
    ],
    citizens: people,
    contacts,
    meetings: [],
    groupSessions: [],
    budget: [],
    manualRatings: [
      rating('r1', 'admission_criteria', 4, '2026-11-10'),
      rating('r2', 'dual_disorder_model', 3, '2026-06-01'),
      rating('r3', 'dual_disorder_model', 2, '2026-11-20'),
      rating('r4', 'dual_disorder_model', 5, '2026-12-02'), // after the period: not used
    ],
  };
}

describe('the fidelity report', () => {
  it('rates each item, states the version and thresholds, and scores subscales and total', () => {
    // caseload_ratio: FTE-days A 28 + B 0.5 × 28 + L 28 = 70; 560 / 70 = 8 → 5
    // team_size: 70 / 28 = 2.5 FTE → 2
    // monthly_intake: window 30 May–29 Nov; highest month July with 2 → 5
    // admission_criteria: manual 4 (rated 10 Nov)
    // face_to_face_contacts: 80 contacts × 7 / 560 = 1.0 per week → 2
    // community_share: 60 of 80 outside the office = 0.75 → 4
    // dual_disorder_model: latest rating on or before 29 Nov = 2 (20 Nov); 5 on 2 Dec is ignored
    // assertive_engagement: not rated → left out
    // Personale (5 + 2) / 2 = 3.5; Organisering (5 + 4) / 2 = 4.5; Indhold (2 + 4 + 2) / 3 = 2.67
    // Total (5 + 2 + 5 + 4 + 2 + 4 + 2) / 7 = 24 / 7 = 3.43
    const report = fidelityReport(input(), PERIOD, SMALL);
    expect(report.modelVersionId).toBe('test-small-1');
    const byId = Object.fromEntries(report.items.map((i) => [i.itemId, i]));
    expect(byId.caseload_ratio).toMatchObject({ value: 8, rating: 5, basis: { citizenDays: 560, fteDays: 70 }, window: PERIOD });
    expect(byId.caseload_ratio.rule).toEqual({ direction: 'lower_is_better', cutoffs: [49, 34, 20, 10] });
    expect(byId.team_size).toMatchObject({ value: 2.5, rating: 2 });
    expect(byId.monthly_intake).toMatchObject({ value: 2, rating: 5, window: { from: '2026-05-30', to: '2026-11-29' } });
    expect(byId.face_to_face_contacts).toMatchObject({ value: 1, rating: 2 });
    expect(byId.community_share).toMatchObject({ value: 0.75, rating: 4 });
    expect(byId.admission_criteria).toMatchObject({ kind: 'manual', rating: 4, value: null });
    expect(byId.dual_disorder_model.manualRating?.id).toBe('r3');
    expect(byId.dual_disorder_model.rating).toBe(2);
    expect(byId.assertive_engagement).toMatchObject({ rating: null, unratedReason: 'not_rated' });
    expect(report.subscales).toEqual({
      human_resources: { score: 3.5, ratedItems: 2, items: 2 },
      organisational_boundaries: { score: 4.5, ratedItems: 2, items: 2 },
      nature_of_services: { score: 2.67, ratedItems: 3, items: 4 },
    });
    expect(report.total).toEqual({ score: 3.43, ratedItems: 7, items: 8 });
    expect(report.unrated).toEqual([{ itemId: 'assertive_engagement', reason: 'not_rated' }]);
  });

  it('is deterministic: the same records in another order give the same report', () => {
    const a = fidelityReport(input(), PERIOD, SMALL);
    const shuffled = input();
    const reversed: FidelityInput = {
      ...shuffled,
      staff: [...shuffled.staff].reverse(),
      citizens: [...shuffled.citizens].reverse(),
      contacts: [...shuffled.contacts].reverse(),
      manualRatings: [...shuffled.manualRatings].reverse(),
    };
    const b = fidelityReport(reversed, PERIOD, SMALL);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('gives an old period the same answer after later records arrive', () => {
    const before = fidelityReport(input(), PERIOD, SMALL);
    const later = input();
    const after = fidelityReport(
      {
        ...later,
        citizens: [...later.citizens, citizen('december', '2026-12-01')],
        contacts: [...later.contacts, contact('c1', '2026-12-01 10:00', 600, ['A'], { place: 'office' })],
        manualRatings: [...later.manualRatings, rating('r5', 'assertive_engagement', 5, '2026-12-03')],
      },
      PERIOD,
      SMALL,
    );
    expect(after).toEqual(before);
  });

  it("uses the municipality's thresholds and names its version", () => {
    const own = deriveFidelityModelVersion(SMALL, {
      versionId: 'kommune-2027-1',
      label: 'Kommunens krav',
      items: { face_to_face_contacts: { rule: { direction: 'higher_is_better', cutoffs: [0.25, 0.5, 0.75, 1] } } },
    });
    const report = fidelityReport(input(), PERIOD, own);
    expect(report.modelVersionId).toBe('kommune-2027-1');
    expect(report.items.find((i) => i.itemId === 'face_to_face_contacts')?.rating).toBe(5);
    // total (5 + 2 + 5 + 4 + 5 + 4 + 2) / 7 = 27 / 7 = 3.857… → 3.86
    expect(report.total.score).toBe(3.86);
  });

  it('lists items without data and unrated manual items, and leaves them out of the scores', () => {
    const report = fidelityReport(input(), PERIOD, STANDARD_FIDELITY_MODEL);
    const unrated = Object.fromEntries(report.unrated.map((u) => [u.itemId, u.reason]));
    expect(unrated.staffing_vs_budget).toBe('no_data'); // no budget recorded
    expect(unrated.team_meeting_review_share).toBe('no_data'); // no meetings
    expect(unrated.peer_worker).toBe('not_rated');
    expect(unrated.admission_criteria).toBeUndefined();
    const rated = report.items.filter((i) => i.rating !== null);
    expect(report.total.ratedItems).toBe(rated.length);
    expect(report.total.items).toBe(STANDARD_FIDELITY_MODEL.items.length);
    expect(report.total.score).toBe(Math.round((rated.reduce((s, i) => s + i.rating!, 0) / rated.length) * 100) / 100);
  });

  it('rates an item that uses a source the platform does not record as no data, not as none (group sessions)', () => {
    // Two citizens with a substance use disorder: the group item has a denominator.
    const withSud = (): FidelityInput => ({ ...input(), citizens: input().citizens.map((c, i) => (i < 2 ? { ...c, substanceUseDisorder: true } : c)) });
    const known = fidelityReport(withSud(), PERIOD, STANDARD_FIDELITY_MODEL);
    // Without the flag, an empty list of sessions is "none held": attendance 0, rated 1.
    expect(known.items.find((i) => i.itemId === 'group_attendance')).toMatchObject({ value: 0, rating: 1 });
    const report = fidelityReport({ ...withSud(), unavailable: ['groupSessions'] }, PERIOD, STANDARD_FIDELITY_MODEL);
    expect(report.items.find((i) => i.itemId === 'group_attendance')).toMatchObject({ value: null, basis: null, rating: null, unratedReason: 'no_data' });
    expect(report.total.ratedItems).toBe(known.total.ratedItems - 1);
    // The other items are untouched.
    expect(report.items.find((i) => i.itemId === 'caseload_ratio')).toEqual(known.items.find((i) => i.itemId === 'caseload_ratio'));
  });

  it('refuses a reversed period and a broken version', () => {
    expect(() => fidelityReport(input(), { from: '2026-11-29', to: '2026-11-02' }, SMALL)).toThrow(RangeError);
    const broken = { ...SMALL, items: [...SMALL.items, SMALL.items[0]] };
    expect(() => fidelityReport(input(), PERIOD, broken)).toThrow(/to gange/);
  });
});
