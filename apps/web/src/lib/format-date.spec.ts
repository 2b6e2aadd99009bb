import { formatDate, formatDateTime } from './format-date';

describe('Danish date formatting', () => {
  it('formats a winter time instant in Copenhagen local time', () => {
    expect(formatDateTime('2026-11-10T12:00:00Z')).toBe('tirsdag den 10. november 2026 kl. 13.00');
  });

  it('formats a summer time instant in Copenhagen local time', () => {
    expect(formatDateTime('2026-06-30T22:05:00Z')).toBe('onsdag den 1. juli 2026 kl. 00.05');
  });

  it('formats a date without time', () => {
    expect(formatDate('2026-11-10T12:00:00Z')).toBe('tirsdag den 10. november 2026');
  });

  it('formats in English when asked', () => {
    expect(formatDateTime('2026-11-10T12:00:00Z', 'en')).toBe('Tuesday 10 November 2026 at 13:00');
  });
});
