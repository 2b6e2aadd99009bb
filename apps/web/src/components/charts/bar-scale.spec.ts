import { barScale } from './bar-scale';

describe('barScale', () => {
  it('starts at zero and rounds the top up to a tick', () => {
    const scale = barScale([3.2, 7.9, null]);
    expect(scale.min).toBe(0);
    expect(scale.max).toBe(8);
    expect(scale.ticks).toEqual([0, 2, 4, 6, 8]);
    expect(scale.share(4)).toBe(50);
  });

  it('keeps given bounds (a 1–5 answer scale)', () => {
    const scale = barScale([2.5, 4], { min: 1, max: 5 });
    expect(scale.ticks[0]).toBe(1);
    expect(scale.ticks[scale.ticks.length - 1]).toBe(5);
    expect(scale.share(3)).toBe(50);
    expect(scale.share(1)).toBe(0);
  });

  it('clamps values outside the scale', () => {
    const scale = barScale([], { min: 0, max: 10 });
    expect(scale.share(12)).toBe(100);
    expect(scale.share(-1)).toBe(0);
  });

  it('has a usable scale when there are no values or all are zero', () => {
    expect(barScale([]).max).toBe(1);
    expect(barScale([0, 0]).share(0)).toBe(0);
  });

  it('handles shares (0–1) and large counts', () => {
    expect(barScale([0.42, 0.8]).max).toBe(0.8);
    expect(barScale([1234]).max).toBe(1250);
  });
});
