import { cooperationAgreementProblems, agreementReviewState } from './agreements';

describe('agreementReviewState', () => {
  const today = '2026-12-03';
  it.each([
    ['2026-12-02', 'overdue'],
    ['2026-12-03', 'due-soon'],
    ['2027-01-02', 'due-soon'],
    ['2027-01-03', 'planned'],
  ] as const)('a signed agreement reviewed on %s is %s', (reviewOn, state) => {
    expect(agreementReviewState({ status: 'signed', reviewOn }, today)).toBe(state);
  });

  it('is none without a review date, for a draft and for an ended agreement', () => {
    expect(agreementReviewState({ status: 'signed', reviewOn: null }, today)).toBe('none');
    expect(agreementReviewState({ status: 'draft', reviewOn: '2026-12-01' }, today)).toBe('none');
    expect(agreementReviewState({ status: 'ended', reviewOn: '2026-12-01' }, today)).toBe('none');
  });
});

describe('cooperationAgreementProblems', () => {
  const today = '2026-12-03';
  const fields = (...args: Parameters<typeof cooperationAgreementProblems>) => cooperationAgreementProblems(...args).map((p) => p.field);

  it('accepts a draft without dates, a signing today and a review after it', () => {
    expect(fields({ status: 'draft', signedOn: null, reviewOn: null }, null, today)).toEqual([]);
    expect(fields({ status: 'signed', signedOn: today, reviewOn: '2027-12-01' }, 'draft', today)).toEqual([]);
    expect(fields({ status: 'ended', signedOn: '2025-01-01', reviewOn: null }, 'signed', today)).toEqual([]);
  });

  it('needs a signing date for a signed or ended agreement, not in the future', () => {
    expect(fields({ status: 'signed', signedOn: null, reviewOn: null }, 'draft', today)).toEqual(['signedOn']);
    expect(fields({ status: 'signed', signedOn: '2026-12-04', reviewOn: null }, null, today)).toEqual(['signedOn']);
  });

  it('refuses a review before the signing', () => {
    expect(fields({ status: 'signed', signedOn: '2026-06-01', reviewOn: '2026-05-31' }, 'draft', today)).toEqual(['reviewOn']);
    expect(fields({ status: 'draft', signedOn: null, reviewOn: '2020-01-01' }, 'draft', today)).toEqual([]);
  });

  it('keeps the order draft → signed → ended', () => {
    expect(fields({ status: 'draft', signedOn: '2026-01-01', reviewOn: null }, 'signed', today)).toEqual(['status']);
    expect(fields({ status: 'ended', signedOn: '2026-01-01', reviewOn: null }, 'draft', today)).toEqual(['status']);
    expect(fields({ status: 'ended', signedOn: '2026-01-01', reviewOn: null }, null, today)).toEqual(['status']);
  });
});
