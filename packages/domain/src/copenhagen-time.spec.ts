import {
  addDays,
  copenhagenDayBounds,
  copenhagenOffsetMinutes,
  copenhagenToday,
  copenhagenWallTimeToUtc,
  calendarDaysBetween,
  isIsoDate,
  isoWeekLabel,
  isoWeekStart,
  isoWeekday,
  toCopenhagenLocal,
} from './copenhagen-time';

describe('Copenhagen wall-clock time', () => {
  it('maps winter and summer times with their offsets', () => {
    expect(copenhagenWallTimeToUtc('2026-01-13', '10:00').toISOString()).toBe('2026-01-13T09:00:00.000Z');
    expect(copenhagenWallTimeToUtc('2026-07-14', '10:00').toISOString()).toBe('2026-07-14T08:00:00.000Z');
    expect(copenhagenOffsetMinutes(new Date('2026-01-13T09:00:00Z'))).toBe(60);
    expect(copenhagenOffsetMinutes(new Date('2026-07-14T08:00:00Z'))).toBe(120);
  });

  it('reads a time in the March gap with the offset before the gap (02:30 → 03:30 summer time)', () => {
    const instant = copenhagenWallTimeToUtc('2026-03-29', '02:30');
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(toCopenhagenLocal(instant)).toEqual({ date: '2026-03-29', time: '03:30' });
  });

  it('takes the first of a time that occurs twice in October (summer time)', () => {
    const instant = copenhagenWallTimeToUtc('2026-10-25', '02:30');
    expect(instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(toCopenhagenLocal(instant)).toEqual({ date: '2026-10-25', time: '02:30' });
  });

  it('has days of 23 and 25 hours at the changes', () => {
    const spring = copenhagenDayBounds('2026-03-29');
    const autumn = copenhagenDayBounds('2026-10-25');
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(23);
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(25);
    expect(spring.start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });

  it('counts calendar days, not 24-hour periods', () => {
    expect(calendarDaysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(calendarDaysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(calendarDaysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(calendarDaysBetween('2027-01-01', '2026-12-31')).toBe(-1);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('knows ISO weeks across year ends', () => {
    expect(isoWeekLabel('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeekLabel('2026-12-31')).toBe('2026-W53');
    expect(isoWeekLabel('2027-01-03')).toBe('2026-W53'); // Sunday, still the 2026 week
    expect(isoWeekLabel('2027-01-04')).toBe('2027-W01');
    expect(isoWeekLabel('2024-12-30')).toBe('2025-W01');
    expect(isoWeekStart('2026-11-29')).toBe('2026-11-23');
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isoWeekday('2026-11-30')).toBe(1);
  });

  it('gives today in Copenhagen, also just after midnight local time', () => {
    expect(copenhagenToday(new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30');
    expect(copenhagenToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });

  it('validates dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
    expect(() => copenhagenWallTimeToUtc('2026-01-01', '24:00')).toThrow(RangeError);
  });
});
