import { formatDanishTimeRange } from './danish-format';
import { copenhagenWallTimeToUtc } from './copenhagen-time';
import { isValidRhythm, meetingRhythmSeries, nextMeetingSlots } from './meeting-rhythm';
import { expandSeries } from './recurrence';

describe('meeting times through copenhagenWallTimeToUtc', () => {
  it('converts winter and summer wall-clock times', () => {
    expect(copenhagenWallTimeToUtc('2026-11-10', '13:00').toISOString()).toBe('2026-11-10T12:00:00.000Z');
    expect(copenhagenWallTimeToUtc('2026-06-10', '13:00').toISOString()).toBe('2026-06-10T11:00:00.000Z');
  });
  it('keeps the local time on the days daylight saving changes', () => {
    expect(copenhagenWallTimeToUtc('2026-03-29', '09:00').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(copenhagenWallTimeToUtc('2026-10-25', '09:00').toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });
});

describe('nextMeetingSlots', () => {
  const weekly = { cadence: 'weekly' as const, weekday: 2, startTime: '13:00', endTime: '14:30' };

  it('gives the next Tuesdays at 13.00–14.30 Copenhagen time', () => {
    const slots = nextMeetingSlots(weekly, new Date('2026-11-04T10:00:00Z'), 3);
    expect(slots.map((s) => s.date)).toEqual(['2026-11-10', '2026-11-17', '2026-11-24']);
    expect(formatDanishTimeRange(slots[0].startsAt, slots[0].endsAt)).toBe('tirsdag den 10. november kl. 13.00–14.30');
  });

  it('skips a meeting that has already started today', () => {
    const slots = nextMeetingSlots(weekly, new Date('2026-11-10T12:30:00Z'), 1);
    expect(slots[0].date).toBe('2026-11-17');
  });

  it('keeps 09.00 local time across the autumn change', () => {
    const slots = nextMeetingSlots({ ...weekly, weekday: 1, startTime: '09:00', endTime: '10:00' }, new Date('2026-10-15T00:00:00Z'), 3);
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([
      '2026-10-19T07:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
      '2026-11-02T08:00:00.000Z',
    ]);
  });

  it('keeps the weeks of a fortnightly rhythm from an earlier meeting', () => {
    const biweekly = { ...weekly, cadence: 'biweekly' as const };
    expect(nextMeetingSlots(biweekly, new Date('2026-11-04T10:00:00Z'), 2, '2026-11-03').map((s) => s.date)).toEqual([
      '2026-11-17',
      '2026-12-01',
    ]);
    expect(nextMeetingSlots(biweekly, new Date('2026-11-04T10:00:00Z'), 2, '2026-10-27').map((s) => s.date)).toEqual([
      '2026-11-10',
      '2026-11-24',
    ]);
  });

  it('refuses an invalid rhythm', () => {
    expect(isValidRhythm({ ...weekly, endTime: '12:00' })).toBe(false);
    expect(isValidRhythm({ ...weekly, weekday: 8 })).toBe(false);
    expect(isValidRhythm({ ...weekly, startTime: '25:00' })).toBe(false);
    expect(() => nextMeetingSlots({ ...weekly, weekday: 0 }, new Date(), 1)).toThrow(RangeError);
  });

  it.each(['weekly', 'biweekly'] as const)('as a series (%s), gives the same meetings as nextMeetingSlots across a year of DST changes', (cadence) => {
    const rhythm = { cadence, weekday: 4, startTime: '13:30', endTime: '15:00' };
    const series = meetingRhythmSeries('team-1', rhythm, '2026-01-08');
    expect(series.durationMinutes).toBe(90);
    const slots = nextMeetingSlots(rhythm, new Date('2026-01-07T23:00:00Z'), 52, '2026-01-08');
    const occurrences = expandSeries(series, '2026-01-01', slots[slots.length - 1].date);
    expect(occurrences.map((o) => ({ date: o.date, startsAt: o.start, endsAt: o.end }))).toEqual(slots);
    expect(() => meetingRhythmSeries('team-1', { ...rhythm, weekday: 0 }, '2026-01-08')).toThrow(RangeError);
  });
});
