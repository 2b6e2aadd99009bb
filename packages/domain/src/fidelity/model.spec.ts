import {
  COMPUTED_ITEM_IDS,
  FIDELITY_SUBSCALES,
  deriveFidelityModelVersion,
  fidelityModelProblems,
  isManualItem,
  rateValue,
  type ComputedItemDefinition,
  type RatingRule,
} from './model';
import { STANDARD_FIDELITY_MODEL } from './standard-version';
import { personDays } from '../steering-figures';
import { addMonths, mergedDays, monthParts, periodMonths, trailingWindow } from './windows';

describe('rating rules', () => {
  const higher: RatingRule = { direction: 'higher_is_better', cutoffs: [1, 2, 3, 4] };
  const lower: RatingRule = { direction: 'lower_is_better', cutoffs: [49, 34, 20, 10] };

  it('higher is better: a cutoff reached gives the next rating', () => {
    expect([0, 0.99, 1, 1.99, 2, 3, 3.99, 4, 40].map((v) => rateValue(higher, v))).toEqual([1, 1, 2, 2, 3, 4, 4, 5, 5]);
  });

  it('lower is better: staying within a cutoff gives the next rating', () => {
    expect([60, 49.5, 49, 34, 20.01, 20, 10.01, 10, 0].map((v) => rateValue(lower, v))).toEqual([1, 1, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('gives no rating without a value', () => {
    expect(rateValue(higher, null)).toBeNull();
    expect(rateValue(higher, Number.NaN)).toBeNull();
  });
});

describe('the standard model', () => {
  it('is a usable version with every computed item once, in three subscales', () => {
    expect(fidelityModelProblems(STANDARD_FIDELITY_MODEL)).toEqual([]);
    const computed = STANDARD_FIDELITY_MODEL.items.filter((i) => i.kind === 'computed').map((i) => i.id);
    expect([...computed].sort()).toEqual([...COMPUTED_ITEM_IDS].sort());
    for (const s of FIDELITY_SUBSCALES) expect(STANDARD_FIDELITY_MODEL.items.some((i) => i.subscale === s)).toBe(true);
  });

  it('flags what the data cannot show for a human rating', () => {
    const manual = STANDARD_FIDELITY_MODEL.items.filter(isManualItem).map((i) => i.id);
    expect(manual).toEqual(expect.arrayContaining(['dual_disorder_model', 'assertive_engagement', 'admission_criteria']));
    expect(manual.some((id) => (COMPUTED_ITEM_IDS as readonly string[]).includes(id))).toBe(false);
  });

  it('looks back two years for turnover and twelve months for staffing and retention', () => {
    const windowOf = (id: string) => (STANDARD_FIDELITY_MODEL.items.find((i) => i.id === id) as ComputedItemDefinition).windowMonths;
    expect([windowOf('staff_turnover'), windowOf('staffing_vs_budget'), windowOf('retention'), windowOf('caseload_ratio')]).toEqual([24, 12, 12, null]);
  });
});

describe("a municipality's own version", () => {
  it('changes thresholds in a new version and leaves the base alone', () => {
    const before = JSON.stringify(STANDARD_FIDELITY_MODEL);
    const own = deriveFidelityModelVersion(STANDARD_FIDELITY_MODEL, {
      versionId: 'kommune-2027-1',
      label: 'Vores minimumskrav 2027',
      items: { team_meeting_frequency: { rule: { direction: 'higher_is_better', cutoffs: [0.25, 0.5, 1, 2] } } },
      settings: { hoursPerFteWeek: 37.5 },
      omit: ['group_attendance'],
    });
    expect(own.basedOn).toBe('standard-2026-1');
    expect(own.settings.hoursPerFteWeek).toBe(37.5);
    expect(own.items.some((i) => i.id === 'group_attendance')).toBe(false);
    const meetings = own.items.find((i) => i.id === 'team_meeting_frequency') as ComputedItemDefinition;
    expect(rateValue(meetings.rule, 1)).toBe(4);
    expect(JSON.stringify(STANDARD_FIDELITY_MODEL)).toBe(before);
  });

  it('refuses cutoffs out of order, a reused id, unknown items and a computed id rated by hand', () => {
    const derive = (change: Partial<Parameters<typeof deriveFidelityModelVersion>[1]>) => () =>
      deriveFidelityModelVersion(STANDARD_FIDELITY_MODEL, { versionId: 'k-1', label: 'K', ...change });
    expect(derive({ items: { nurse_fte: { rule: { direction: 'higher_is_better', cutoffs: [2, 1.4, 0.8, 0.2] } } } })).toThrow(/rækkefølge/);
    expect(derive({ versionId: 'standard-2026-1' })).toThrow(/eget id/);
    expect(derive({ items: { nonsense: {} } })).toThrow(/Ukendte/);
    expect(derive({ items: { retention: { windowMonths: 0 } } })).toThrow(/1–36/);
    expect(
      derive({ addManual: [{ id: 'retention', kind: 'manual', subscale: 'nature_of_services', nameDa: 'X', definitionDa: 'Y', guideDa: 'Z' }] }),
    ).toThrow(/to gange/);
    expect(
      derive({ addManual: [{ id: 'housing_first', kind: 'manual', subscale: 'nature_of_services', nameDa: 'Bolig først', definitionDa: 'Y', guideDa: 'Z' }] }),
    ).not.toThrow();
  });
});

describe('windows', () => {
  it('moves by calendar months, clamping the day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonths('2026-12-01', -24)).toBe('2024-12-01');
  });

  it('takes the trailing months ending with the period', () => {
    expect(trailingWindow({ from: '2026-12-01', to: '2026-12-31' }, 24)).toEqual({ from: '2025-01-01', to: '2026-12-31' });
    expect(trailingWindow({ from: '2026-11-23', to: '2026-11-29' }, 6)).toEqual({ from: '2026-05-30', to: '2026-11-29' });
  });

  it('counts months month by month', () => {
    expect(periodMonths({ from: '2026-01-01', to: '2026-06-30' })).toBe(6);
    expect(periodMonths({ from: '2026-10-19', to: '2026-10-25' })).toBeCloseTo(7 / 31, 10);
    expect(monthParts({ from: '2026-09-16', to: '2026-10-10' }).map((p) => [p.month, p.fraction])).toEqual([
      ['2026-09', 0.5],
      ['2026-10', 10 / 31],
    ]);
  });

  it('counts covered days like the steering figures, overlaps and gaps included', () => {
    const november = { from: '2026-11-01', to: '2026-11-30' };
    const cases = [
      [],
      [{ startDate: '2026-01-01', endDate: null }],
      [{ startDate: '2026-11-05', endDate: '2026-11-10' }, { startDate: '2026-11-08', endDate: '2026-11-20' }], // overlap: 5th–19th = 15
      [{ startDate: '2026-11-05', endDate: '2026-11-10' }, { startDate: '2026-11-10', endDate: '2026-11-12' }], // back to back: 7
      [{ startDate: '2026-10-01', endDate: '2026-11-03' }, { startDate: '2026-11-25', endDate: '2027-02-01' }], // 2 + 6 = 8
      [{ startDate: '2026-12-01', endDate: null }, { startDate: '2026-09-01', endDate: '2026-11-01' }], // none
    ];
    expect(cases.map((c) => mergedDays(c, november))).toEqual([0, 30, 15, 7, 8, 0]);
    for (const c of cases) expect(mergedDays(c, november)).toBe(personDays(c, november));
  });
});
