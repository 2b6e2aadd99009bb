import { toCopenhagenLocal } from './copenhagen-time';
import { RecurrenceError, expandWeeklySeries, formatWeeklyRule, parseWeeklyRule, type WeeklySeries } from './weekly-recurrence';

const tuesdays: WeeklySeries = {
  rule: parseWeeklyRule('FREQ=WEEKLY;BYDAY=TU'),
  startDate: '2026-03-17',
  startTime: '10:00',
  durationMinutes: 60,
};

describe('parseWeeklyRule / formatWeeklyRule', () => {
  it('reads the supported subset and writes it back in one form', () => {
    const rule = parseWeeklyRule('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,TU,TU;UNTIL=20270630');
    expect(rule).toEqual({ intervalWeeks: 2, weekdays: [2, 4], until: '2027-06-30', count: null });
    expect(formatWeeklyRule(rule)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630');
    expect(parseWeeklyRule('FREQ=WEEKLY', '2026-12-01').weekdays).toEqual([2]);
    expect(parseWeeklyRule('freq=weekly;count=3;byday=mo').count).toBe(3);
  });

  it.each([
    'FREQ=DAILY',
    'FREQ=WEEKLY;BYDAY=XX',
    'FREQ=WEEKLY;BYDAY=MO;INTERVAL=0',
    'FREQ=WEEKLY;BYDAY=MO;INTERVAL=5',
    'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260231',
    'FREQ=WEEKLY;BYDAY=MO;COUNT=0',
    'FREQ=WEEKLY;BYDAY=MO;COUNT=3;UNTIL=20270101',
    'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9',
    'FREQ=WEEKLY;FREQ=WEEKLY;BYDAY=MO',
    'FREQ=WEEKLY;BYDAY=',
    '',
  ])('refuses %p', (text) => {
    expect(() => parseWeeklyRule(text, '2026-01-05')).toThrow(RecurrenceError);
  });
});

describe('expandWeeklySeries in Europe/Copenhagen', () => {
  it('keeps "every Tuesday 10–11" at 10:00 local time across the March change', () => {
    const occurrences = expandWeeklySeries(tuesdays, '2026-03-17', '2026-04-07');
    expect(occurrences.map((o) => o.date)).toEqual(['2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07']);
    expect(occurrences.map((o) => toCopenhagenLocal(o.start).time)).toEqual(['10:00', '10:00', '10:00', '10:00']);
    expect(occurrences.map((o) => o.start.toISOString())).toEqual([
      '2026-03-17T09:00:00.000Z',
      '2026-03-24T09:00:00.000Z',
      '2026-03-31T08:00:00.000Z',
      '2026-04-07T08:00:00.000Z',
    ]);
    expect(occurrences.every((o) => o.end.getTime() - o.start.getTime() === 3_600_000)).toBe(true);
  });

  it('keeps 10:00 across the October change', () => {
    const series = { ...tuesdays, startDate: '2026-10-13' };
    const occurrences = expandWeeklySeries(series, '2026-10-13', '2026-11-03');
    expect(occurrences.map((o) => `${o.date} ${toCopenhagenLocal(o.start).time}`)).toEqual([
      '2026-10-13 10:00',
      '2026-10-20 10:00',
      '2026-10-27 10:00',
      '2026-11-03 10:00',
    ]);
    expect(occurrences[1].start.toISOString()).toBe('2026-10-20T08:00:00.000Z');
    expect(occurrences[2].start.toISOString()).toBe('2026-10-27T09:00:00.000Z');
  });

  it('gives exactly one 09:00 occurrence every week across every transition 2026–2035 (Sundays, the change days)', () => {
    const series: WeeklySeries = { rule: parseWeeklyRule('FREQ=WEEKLY;BYDAY=SU'), startDate: '2026-01-04', startTime: '09:00', durationMinutes: 45 };
    const occurrences = expandWeeklySeries(series, '2026-01-01', '2035-12-31');
    const weeks = Math.floor((Date.UTC(2035, 11, 31) - Date.UTC(2026, 0, 4)) / (7 * 86_400_000)) + 1;
    expect(occurrences).toHaveLength(weeks);
    expect(new Set(occurrences.map((o) => o.date)).size).toBe(weeks);
    for (const o of occurrences) expect(toCopenhagenLocal(o.start)).toEqual({ date: o.date, time: '09:00' });
    // Each transition Sunday is in the series (last Sunday of March and of October).
    expect(occurrences.find((o) => o.date === '2030-03-31')!.start.toISOString()).toBe('2030-03-31T07:00:00.000Z');
    expect(occurrences.find((o) => o.date === '2030-10-27')!.start.toISOString()).toBe('2030-10-27T08:00:00.000Z');
  });

  it('puts a 02:30 series on the March change day at 03:30 and keeps 02:30 elsewhere', () => {
    const series: WeeklySeries = { rule: parseWeeklyRule('FREQ=WEEKLY;BYDAY=SU'), startDate: '2026-03-22', startTime: '02:30', durationMinutes: 30 };
    const [before, change, after] = expandWeeklySeries(series, '2026-03-22', '2026-04-05');
    expect(toCopenhagenLocal(before.start).time).toBe('02:30');
    expect(toCopenhagenLocal(change.start).time).toBe('03:30');
    expect(toCopenhagenLocal(after.start).time).toBe('02:30');
  });

  it('expands several weekdays, every second week, until a date (inclusive)', () => {
    const series: WeeklySeries = {
      rule: parseWeeklyRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20261210'),
      startDate: '2026-11-05', // a Thursday: the Monday of that week is before the start
      startTime: '09:00',
      durationMinutes: 60,
    };
    expect(expandWeeklySeries(series, '2026-11-01', '2027-01-31').map((o) => o.date)).toEqual([
      '2026-11-05',
      '2026-11-16',
      '2026-11-19',
      '2026-11-30',
      '2026-12-03',
    ]);
  });

  it('counts COUNT from the first occurrence, also for a later window', () => {
    const series = { ...tuesdays, rule: parseWeeklyRule('FREQ=WEEKLY;BYDAY=TU;COUNT=3') };
    expect(expandWeeklySeries(series, '2026-01-01', '2026-12-31').map((o) => o.date)).toEqual(['2026-03-17', '2026-03-24', '2026-03-31']);
    expect(expandWeeklySeries(series, '2026-03-25', '2026-12-31').map((o) => o.date)).toEqual(['2026-03-31']);
  });

  it('gives the same dates for a window far ahead as a full expansion (the skip ahead is exact)', () => {
    const series = { ...tuesdays, rule: parseWeeklyRule('FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,FR') };
    const full = expandWeeklySeries(series, '2026-03-17', '2031-12-31').filter((o) => o.date >= '2030-05-01').map((o) => o.date);
    expect(expandWeeklySeries(series, '2030-05-01', '2031-12-31').map((o) => o.date)).toEqual(full);
  });

  it('is empty for windows before the start or after UNTIL, and refuses bad series', () => {
    expect(expandWeeklySeries(tuesdays, '2026-01-01', '2026-03-16')).toEqual([]);
    const ended = { ...tuesdays, rule: parseWeeklyRule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20260331') };
    expect(expandWeeklySeries(ended, '2026-04-01', '2026-12-31')).toEqual([]);
    expect(() => expandWeeklySeries({ ...tuesdays, startTime: '25:00' }, '2026-01-01', '2026-02-01')).toThrow(RecurrenceError);
    expect(() => expandWeeklySeries({ ...tuesdays, durationMinutes: 0 }, '2026-01-01', '2026-02-01')).toThrow(RecurrenceError);
  });
});
