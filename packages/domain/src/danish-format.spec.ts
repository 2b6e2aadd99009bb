import {
  formatDanishDate,
  formatDanishDateTime,
  formatDanishTime,
  formatDanishTimeRange,
  toCopenhagenIsoDate,
} from './danish-format';

describe('Danish date formatting in Europe/Copenhagen', () => {
  it('formats a winter date (UTC+1)', () => {
    const start = new Date('2026-11-10T12:00:00Z');
    expect(formatDanishDate(start)).toBe('tirsdag den 10. november 2026');
    expect(formatDanishDateTime(start)).toBe('tirsdag den 10. november 2026 kl. 13.00');
    expect(formatDanishTimeRange(start, new Date('2026-11-10T13:00:00Z'))).toBe(
      'tirsdag den 10. november kl. 13.00–14.00',
    );
  });

  it('formats a summer date (UTC+2)', () => {
    const start = new Date('2026-06-15T07:05:00Z');
    expect(formatDanishDateTime(start)).toBe('mandag den 15. juni 2026 kl. 09.05');
    expect(formatDanishTimeRange(start, new Date('2026-06-15T08:35:00Z'))).toBe('mandag den 15. juni kl. 09.05–10.35');
  });

  it('uses the Copenhagen day, not the UTC day', () => {
    const lateUtc = new Date('2026-11-09T23:30:00Z');
    expect(formatDanishDateTime(lateUtc)).toBe('tirsdag den 10. november 2026 kl. 00.30');
    expect(toCopenhagenIsoDate(lateUtc)).toBe('2026-11-10');
    expect(toCopenhagenIsoDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('handles the spring-forward day (29 March 2026: 02.00 → 03.00)', () => {
    expect(formatDanishDateTime(new Date('2026-03-29T00:59:00Z'))).toBe('søndag den 29. marts 2026 kl. 01.59');
    expect(formatDanishDateTime(new Date('2026-03-29T01:00:00Z'))).toBe('søndag den 29. marts 2026 kl. 03.00');
    // A 1-hour meeting across the gap: 01.30–03.30 local.
    expect(formatDanishTimeRange(new Date('2026-03-29T00:30:00Z'), new Date('2026-03-29T01:30:00Z'))).toBe(
      'søndag den 29. marts kl. 01.30–03.30',
    );
  });

  it('handles the fall-back day (25 October 2026: 03.00 → 02.00)', () => {
    expect(formatDanishTime(new Date('2026-10-25T00:30:00Z'))).toBe('02.30'); // summer time
    expect(formatDanishTime(new Date('2026-10-25T01:30:00Z'))).toBe('02.30'); // winter time, same wall clock
    expect(formatDanishDate(new Date('2026-10-25T22:59:00Z'))).toBe('søndag den 25. oktober 2026');
    expect(formatDanishDate(new Date('2026-10-25T23:00:00Z'))).toBe('mandag den 26. oktober 2026');
  });

  it('spells out an end on another day', () => {
    expect(formatDanishTimeRange(new Date('2026-11-10T22:00:00Z'), new Date('2026-11-11T00:00:00Z'))).toBe(
      'tirsdag den 10. november kl. 23.00 – onsdag den 11. november kl. 01.00',
    );
    expect(formatDanishTimeRange(new Date('2026-12-31T22:00:00Z'), new Date('2027-01-01T01:00:00Z'))).toBe(
      'torsdag den 31. december kl. 23.00 – fredag den 1. januar 2027 kl. 02.00',
    );
  });

  it('accepts a zero-length range and refuses a reversed one or an invalid date', () => {
    const at = new Date('2026-11-10T12:00:00Z');
    expect(formatDanishTimeRange(at, at)).toBe('tirsdag den 10. november kl. 13.00–13.00');
    expect(() => formatDanishTimeRange(at, new Date('2026-11-10T11:00:00Z'))).toThrow(RangeError);
    expect(() => formatDanishDate(new Date('nope'))).toThrow(RangeError);
  });
});
