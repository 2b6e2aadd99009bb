import { findDoubleBookings, initialsOf, visitRangeProblem } from './visit-planning';

const slot = (id: string, start: string, end: string, memberIds: string[], cancelled = false) => ({
  id,
  start: new Date(`2026-12-01T${start}:00Z`),
  end: new Date(`2026-12-01T${end}:00Z`),
  memberIds,
  cancelled,
});

describe('visitRangeProblem', () => {
  it('accepts a normal visit and refuses empty, reversed, over-long and invalid ranges', () => {
    const d = (s: string) => new Date(s);
    expect(visitRangeProblem(d('2026-12-01T09:00:00Z'), d('2026-12-01T10:00:00Z'))).toBeNull();
    expect(visitRangeProblem(d('2026-12-01T09:00:00Z'), d('2026-12-01T09:00:00Z'))).toBe('end-before-start');
    expect(visitRangeProblem(d('2026-12-01T09:00:00Z'), d('2026-12-01T08:00:00Z'))).toBe('end-before-start');
    expect(visitRangeProblem(d('2026-12-01T09:00:00Z'), d('2026-12-01T21:01:00Z'))).toBe('too-long');
    expect(visitRangeProblem(d('nonsense'), d('2026-12-01T10:00:00Z'))).toBe('invalid');
  });
});

describe('findDoubleBookings', () => {
  it('finds a member booked on two overlapping visits, not touching or cancelled ones', () => {
    const result = findDoubleBookings([
      slot('a', '09:00', '10:00', ['anne', 'bo']),
      slot('b', '09:30', '10:30', ['bo']),
      slot('c', '10:00', '11:00', ['anne']), // touches a, overlaps b but no shared member
      slot('d', '09:15', '09:45', ['anne'], true), // cancelled
      slot('e', '10:45', '11:15', ['anne']), // overlaps c
    ]);
    expect(result).toEqual([
      { memberId: 'bo', visitIds: ['a', 'b'] },
      { memberId: 'anne', visitIds: ['c', 'e'] },
    ]);
  });

  it('is empty for an empty or single plan', () => {
    expect(findDoubleBookings([])).toEqual([]);
    expect(findDoubleBookings([slot('a', '09:00', '10:00', ['x'])])).toEqual([]);
  });
});

describe('initialsOf', () => {
  it.each([
    ['Anna Berg', 'A.B.'],
    ['Anne-Mette Holm Berg', 'A.M.H.B.'],
    ['  ørjan   åby ', 'Ø.Å.'],
    ['', '?'],
  ])('%p → %p', (name, expected) => {
    expect(initialsOf(name)).toBe(expected);
  });
});
