import { formatMean, formatShare, previousRound } from './format';

describe('readiness formatting', () => {
  it('writes means with a decimal comma and shares in percent', () => {
    expect(formatMean(3.5)).toBe('3,5');
    expect(formatMean(4)).toBe('4,0');
    expect(formatShare(0.333)).toBe('33 %');
  });

  it('compares with the latest closed round that opened before', () => {
    const rounds = [
      { id: 'c', opensOn: '2026-11-01', status: 'OPEN' },
      { id: 'b', opensOn: '2026-09-01', status: 'CLOSED' },
      { id: 'a', opensOn: '2025-12-01', status: 'CLOSED' },
    ];
    expect(previousRound(rounds, 'c')?.id).toBe('b');
    expect(previousRound(rounds, 'b')?.id).toBe('a');
    expect(previousRound(rounds, 'a')).toBeNull();
  });
});
