import { labelIndexes, lineSegments, xAt, yAt } from './line-scale';

const frame = { width: 340, height: 220, left: 40, right: 0, top: 20, bottom: 0, min: 1, max: 5 };

describe('line chart scale', () => {
  it('spreads points evenly and puts larger values higher', () => {
    expect(xAt(frame, 0, 4)).toBe(40);
    expect(xAt(frame, 3, 4)).toBe(340);
    expect(xAt(frame, 0, 1)).toBe(190);
    expect(yAt(frame, 5)).toBe(20);
    expect(yAt(frame, 1)).toBe(220);
    expect(yAt(frame, 3)).toBe(120);
    // Clamped to the scale.
    expect(yAt(frame, 9)).toBe(20);
    expect(yAt(frame, 0)).toBe(220);
  });

  it('breaks the line where a value is missing', () => {
    const segments = lineSegments([2, 3, null, 4, null, null, 5], frame);
    expect(segments.map((s) => s.map((p) => p.index))).toEqual([[0, 1], [3], [6]]);
    expect(lineSegments([null, null], frame)).toEqual([]);
  });

  it('labels as many points as fit, always the first and the last', () => {
    expect(labelIndexes(5, 400, 72)).toEqual([0, 1, 2, 3, 4]);
    expect(labelIndexes(26, 300, 72)).toEqual([0, 7, 14, 25]);
    expect(labelIndexes(1, 300, 72)).toEqual([0]);
    expect(labelIndexes(0, 300, 72)).toEqual([]);
  });
});
