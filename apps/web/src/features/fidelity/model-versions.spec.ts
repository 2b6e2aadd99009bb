import { cutoffInput, deriveOverrides, parseCutoff } from './model-versions';

const share = { itemId: 'retention', unit: 'share', rule: { direction: 'HIGHER_IS_BETTER', cutoffs: [0.1, 0.37, 0.64, 0.9] } };
const caseload = { itemId: 'caseload_ratio', unit: 'citizens_per_fte', rule: { direction: 'LOWER_IS_BETTER', cutoffs: [50, 35, 20, 10] } };
const manual = { itemId: 'dual_disorder_model', unit: 'rating', rule: null };
const untouched = {
  retention: { cutoffs: ['10', '37', '64', '90'], excluded: false },
  caseload_ratio: { cutoffs: ['50', '35', '20', '10'], excluded: false },
  dual_disorder_model: { cutoffs: [], excluded: false },
};

describe('fidelity model version drafts', () => {
  it('shows a share in per cent and other numbers with a decimal comma', () => {
    expect(cutoffInput('share', 0.645)).toBe('64,5');
    expect(cutoffInput('per_week', 2.5)).toBe('2,5');
    expect(parseCutoff('share', '64,5 %')).toBe(0.645);
    expect(parseCutoff('per_week', ' 2,5 ')).toBe(2.5);
    expect(parseCutoff('per_week', 'to')).toBeNull();
    expect(parseCutoff('per_week', '')).toBeNull();
  });

  it('sends only what changed: other cutoffs, or an item left out', () => {
    expect(deriveOverrides([share, caseload, manual], untouched)).toEqual({ overrides: [], problems: {} });
    const drafts = { ...untouched, caseload_ratio: { cutoffs: ['40', '30', '20', '12'], excluded: false }, dual_disorder_model: { cutoffs: [], excluded: true } };
    expect(deriveOverrides([share, caseload, manual], drafts)).toEqual({
      overrides: [
        { itemId: 'caseload_ratio', cutoffs: [40, 30, 20, 12] },
        { itemId: 'dual_disorder_model', excluded: true },
      ],
      problems: {},
    });
  });

  it('names an item whose cutoffs are not numbers or not in order (per direction)', () => {
    const drafts = {
      ...untouched,
      retention: { cutoffs: ['10', '37', 'x', '90'], excluded: false },
      caseload_ratio: { cutoffs: ['10', '20', '35', '50'], excluded: false },
    };
    expect(deriveOverrides([share, caseload, manual], drafts).problems).toEqual({ retention: 'number', caseload_ratio: 'order' });
  });
});
