import {
  fteToHundredths,
  isOverCapacity,
  isTeamRatioWithinLimit,
  isValidFte,
  primaryCapacity,
  teamRatio,
  utilisation,
} from './caseload';

describe('primaryCapacity', () => {
  it.each([
    [1, 10],
    [0.8, 8],
    [0.7, 7],
    [0.55, 5],
    [0.5, 5],
    [0.3, 3],
    [0.29, 2],
    [0.1, 1],
    [0.09, 0],
    [0.01, 0],
  ])('floor(10 × %p) = %p', (fte, expected) => {
    expect(primaryCapacity(fte)).toBe(expected);
  });

  it('survives float sums such as 0.1 + 0.2 and 0.7 written as 0.35 × 2', () => {
    expect(primaryCapacity(0.1 + 0.2)).toBe(3);
    expect(primaryCapacity(0.35 * 2)).toBe(7);
    expect(primaryCapacity(0.58)).toBe(5); // 0.58 * 10 = 5.8 but 0.58 * 100 = 57.99999…
  });

  it('is 0 for members without a caseload', () => {
    expect(primaryCapacity(1, false)).toBe(0);
  });

  it.each([0, -0.5, 1.01, 0.555, Number.NaN, Number.POSITIVE_INFINITY])('refuses invalid FTE %p', (fte) => {
    expect(() => primaryCapacity(fte)).toThrow(RangeError);
  });
});

describe('isValidFte', () => {
  it('accepts 0 < fte ≤ 1 with two decimals', () => {
    for (const fte of [1, 0.01, 0.5, 0.55, 0.99, 0.58, 0.1 + 0.2]) expect(isValidFte(fte)).toBe(true);
  });
  it('refuses the rest', () => {
    for (const fte of [0, -0.1, 1.0001, 2, 0.555, 0.001, Number.NaN, '0.5' as unknown as number]) {
      expect(isValidFte(fte)).toBe(false);
    }
  });
});

describe('fteToHundredths', () => {
  it('rounds to integer hundredths', () => {
    expect(fteToHundredths(0.58)).toBe(58);
    expect(fteToHundredths(0.1 + 0.2 + 0.4)).toBe(70);
    expect(fteToHundredths(0)).toBe(0);
    expect(() => fteToHundredths(-1)).toThrow(RangeError);
  });
});

describe('teamRatio', () => {
  it('divides active citizens by primary-contact FTE', () => {
    expect(teamRatio(50, 5)).toBe(10);
    expect(teamRatio(45, 4.5)).toBe(10);
    expect(teamRatio(46, 4.5)).toBe(10.22);
    expect(teamRatio(0, 3.3)).toBe(0);
    expect(teamRatio(33, 0.1 + 0.2 + 3)).toBe(10);
  });
  it('is null without primary FTE', () => {
    expect(teamRatio(4, 0)).toBeNull();
  });
  it('refuses negative or fractional counts', () => {
    expect(() => teamRatio(-1, 1)).toThrow(RangeError);
    expect(() => teamRatio(1.5, 1)).toThrow(RangeError);
  });
});

describe('isTeamRatioWithinLimit', () => {
  it('compares exactly', () => {
    expect(isTeamRatioWithinLimit(33, 0.1 + 0.2 + 3)).toBe(true);
    expect(isTeamRatioWithinLimit(34, 3.3)).toBe(false);
    expect(isTeamRatioWithinLimit(0, 0)).toBe(true);
    expect(isTeamRatioWithinLimit(1, 0)).toBe(false);
  });
});

describe('utilisation', () => {
  it('is load over capacity', () => {
    expect(utilisation(5, 10)).toBe(0.5);
    expect(utilisation(10, 10)).toBe(1);
    expect(utilisation(6, 5)).toBe(1.2);
    expect(utilisation(2, 3)).toBe(0.67);
  });
  it('is null when capacity is 0', () => {
    expect(utilisation(0, 0)).toBeNull();
    expect(utilisation(1, 0)).toBeNull();
  });
  it('flags over capacity', () => {
    expect(isOverCapacity(11, 10)).toBe(true);
    expect(isOverCapacity(10, 10)).toBe(false);
    expect(isOverCapacity(1, 0)).toBe(true);
  });
});
