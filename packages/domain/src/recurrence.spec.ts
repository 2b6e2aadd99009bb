import { rrulestr } from 'rrule';
import { copenhagenOffsetMinutes, toCopenhagenLocal } from './copenhagen-time';
import { Prng } from './prng';
import {
  type OccurrenceException,
  type RecurrenceRule,
  type RecurringSeries,
  applyExceptions,
  expandSeries,
  formatRecurrenceRule,
  occurrenceKey,
  parseRecurrenceRule,
} from './recurrence';
import { RecurrenceError, expandWeeklySeries, parseWeeklyRule } from './weekly-recurrence';

const DAY = 86_400_000;

function series(rule: string, startDate: string, startTime: string, durationMinutes = 60, id = 's1'): RecurringSeries {
  return { id, rule: parseRecurrenceRule(rule, startDate), startDate, startTime, durationMinutes };
}

/** Independent of the code under test: Date.UTC arithmetic only. */
function utcDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}
function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function weekdayOf(date: string): number {
  return ((new Date(utcDay(date)).getUTCDay() + 6) % 7) + 1;
}
function lastSunday(year: number, month: number): string {
  let ms = Date.UTC(year, month, 0);
  while (new Date(ms).getUTCDay() !== 0) ms -= DAY;
  return dateOf(ms);
}
function localOf(o: { start: Date }): string {
  const l = toCopenhagenLocal(o.start);
  return `${l.date} ${l.time}`;
}

describe('parseRecurrenceRule / formatRecurrenceRule', () => {
  it.each([
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630'],
    ['RRULE:freq=monthly;byday=2tu', 'FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU'],
    ['FREQ=MONTHLY;BYDAY=-1FR;COUNT=12', 'FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR;COUNT=12'],
    ['FREQ=MONTHLY;BYDAY=+1MO', 'FREQ=MONTHLY;INTERVAL=1;BYDAY=1MO'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15'],
    ['FREQ=MONTHLY;INTERVAL=6', 'FREQ=MONTHLY;INTERVAL=6'],
  ])('reads %p and writes it back as %p', (text, stored) => {
    const rule = parseRecurrenceRule(text, '2026-01-13');
    expect(formatRecurrenceRule(rule)).toBe(stored);
    expect(parseRecurrenceRule(stored, '2026-01-13')).toEqual(rule);
  });

  it('gives the monthly parts their meaning', () => {
    expect(parseRecurrenceRule('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20271231')).toEqual({
      freq: 'MONTHLY',
      intervalMonths: 1,
      day: { kind: 'nthWeekday', nth: -1, weekday: 5 },
      until: '2027-12-31',
      count: null,
    });
    expect(parseRecurrenceRule('FREQ=WEEKLY', '2026-12-01')).toEqual({ freq: 'WEEKLY', intervalWeeks: 1, weekdays: [2], until: null, count: null });
  });

  it.each([
    ['', /FREQ must be WEEKLY or MONTHLY/],
    ['FREQ=DAILY', /FREQ must be WEEKLY or MONTHLY/],
    ['FREQ=YEARLY;BYMONTH=3', /FREQ must be WEEKLY or MONTHLY/],
    ['FREQ=MONTHLY;INTERVAL=0', /INTERVAL must be 1–12/],
    ['FREQ=MONTHLY;INTERVAL=13', /INTERVAL must be 1–12/],
    ['FREQ=MONTHLY;INTERVAL=x', /Bad INTERVAL/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', /BYMONTHDAY must be 1–31/],
    ['FREQ=MONTHLY;BYMONTHDAY=32', /BYMONTHDAY must be 1–31/],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', /Bad BYMONTHDAY/],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15', /Bad BYMONTHDAY/],
    ['FREQ=MONTHLY;BYDAY=TU', /Bad BYDAY for FREQ=MONTHLY/],
    ['FREQ=MONTHLY;BYDAY=2TU,4TU', /Bad BYDAY for FREQ=MONTHLY/],
    ['FREQ=MONTHLY;BYDAY=2XX', /Bad BYDAY for FREQ=MONTHLY/],
    ['FREQ=MONTHLY;BYDAY=0MO', /position must be 1–5/],
    ['FREQ=MONTHLY;BYDAY=6MO', /position must be 1–5/],
    ['FREQ=MONTHLY;BYDAY=2TU;BYMONTHDAY=10', /cannot both be set/],
    ['FREQ=MONTHLY;COUNT=3;UNTIL=20270101', /UNTIL and COUNT cannot both be set/],
    ['FREQ=MONTHLY;COUNT=0', /COUNT must be 1–520/],
    ['FREQ=MONTHLY;COUNT=521', /COUNT must be 1–520/],
    ['FREQ=MONTHLY;UNTIL=20260231', /Bad UNTIL/],
    ['FREQ=MONTHLY;UNTIL=2026-12-31', /Bad UNTIL/],
    ['FREQ=MONTHLY;BYSETPOS=1', /Unsupported rule part: BYSETPOS/],
    ['FREQ=MONTHLY;FREQ=MONTHLY', /Bad rule part/],
    ['FREQ=MONTHLY;INTERVAL', /Bad rule part/],
    ['FREQ=WEEKLY;BYDAY=MO;INTERVAL=5', /INTERVAL must be 1–4/],
    ['FREQ=WEEKLY;BYDAY=2TU', /Bad BYDAY/],
  ])('refuses %p with a clear error', (text, message) => {
    expect(() => parseRecurrenceRule(text, '2026-01-05')).toThrow(RecurrenceError);
    expect(() => parseRecurrenceRule(text, '2026-01-05')).toThrow(message);
  });

  it('refuses bad series fields when expanding', () => {
    const ok = series('FREQ=MONTHLY;BYDAY=2TU', '2026-01-01', '13:00');
    expect(() => expandSeries({ ...ok, id: '' }, '2026-01-01', '2026-12-31')).toThrow(/needs an id/);
    expect(() => expandSeries({ ...ok, startTime: '24:00' }, '2026-01-01', '2026-12-31')).toThrow(/Bad start time/);
    expect(() => expandSeries({ ...ok, startDate: '2026-02-30' }, '2026-01-01', '2026-12-31')).toThrow(/Bad start date/);
    expect(() => expandSeries({ ...ok, durationMinutes: 0 }, '2026-01-01', '2026-12-31')).toThrow(/Duration/);
    expect(() => expandSeries(ok, '2026-01-01', '20261231')).toThrow(/Bad window/);
    const badRule: RecurrenceRule = { freq: 'MONTHLY', intervalMonths: 1, day: { kind: 'nthWeekday', nth: 2, weekday: 8 }, until: null, count: null };
    expect(() => expandSeries({ ...ok, rule: badRule }, '2026-01-01', '2026-12-31')).toThrow(/weekday/);
  });
});

describe('expandSeries: the intended local time across every Copenhagen DST change 2026–2035', () => {
  const transitions = Array.from({ length: 10 }, (_, i) => [lastSunday(2026 + i, 3), lastSunday(2026 + i, 10)]).flat();

  function offsetChanges(occurrences: { start: Date }[]): number {
    let changes = 0;
    for (let i = 1; i < occurrences.length; i++) {
      if (copenhagenOffsetMinutes(occurrences[i].start) !== copenhagenOffsetMinutes(occurrences[i - 1].start)) changes++;
    }
    return changes;
  }

  it('a weekly Monday 09:00 series: exactly one occurrence at 09:00 every week', () => {
    const all = expandSeries(series('FREQ=WEEKLY;BYDAY=MO', '2026-01-05', '09:00', 90), '2026-01-01', '2035-12-31');
    // 2026-01-05 … 2035-12-31: every Monday, counted by UTC day arithmetic.
    const mondays = Math.floor((utcDay('2035-12-31') - utcDay('2026-01-05')) / (7 * DAY)) + 1;
    expect(all).toHaveLength(mondays);
    all.forEach((o, i) => {
      expect(localOf(o)).toBe(`${dateOf(utcDay('2026-01-05') + i * 7 * DAY)} 09:00`);
      expect(o.end.getTime() - o.start.getTime()).toBe(90 * 60_000);
    });
    expect(offsetChanges(all)).toBe(transitions.length);
    // The weeks that contain a change: the Monday after each change is still at 09:00.
    for (const sunday of transitions) expect(all.map(localOf)).toContain(`${dateOf(utcDay(sunday) + DAY)} 09:00`);
  });

  it('a monthly "second Tuesday 13:00" series: one per month, always the second Tuesday at 13:00', () => {
    const all = expandSeries(series('FREQ=MONTHLY;BYDAY=2TU', '2026-01-01', '13:00', 120), '2026-01-01', '2035-12-31');
    expect(all).toHaveLength(120);
    all.forEach((o, i) => {
      expect(o.date.slice(0, 7)).toBe(`${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
      expect(weekdayOf(o.date)).toBe(2);
      expect(Number(o.date.slice(8))).toBeGreaterThanOrEqual(8);
      expect(Number(o.date.slice(8))).toBeLessThanOrEqual(14);
      expect(localOf(o)).toBe(`${o.date} 13:00`);
    });
    expect(all.slice(0, 12).map((o) => Number(o.date.slice(8)))).toEqual([13, 10, 10, 14, 12, 9, 14, 11, 8, 13, 10, 8]);
    expect(offsetChanges(all)).toBe(transitions.length);
  });

  it('a quarterly series (INTERVAL=3, the 15th at 10:00): January, April, July, October, always 10:00', () => {
    const all = expandSeries(series('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', '2026-01-15', '10:00', 360), '2026-01-01', '2035-12-31');
    expect(all).toHaveLength(40);
    all.forEach((o, i) => {
      expect(localOf(o)).toBe(`${2026 + Math.floor(i / 4)}-${String((i % 4) * 3 + 1).padStart(2, '0')}-15 10:00`);
    });
    // Winter (Jan) → summer (Apr, Jul, Oct 15) → winter next Jan: 10 springs and 9 falls crossed.
    expect(offsetChanges(all)).toBe(19);
  });

  it('a half-yearly series (INTERVAL=6) on the start date\'s day of month', () => {
    const all = expandSeries(series('FREQ=MONTHLY;INTERVAL=6', '2026-03-20', '08:30'), '2026-01-01', '2028-12-31');
    expect(all.map(localOf)).toEqual([
      '2026-03-20 08:30',
      '2026-09-20 08:30',
      '2027-03-20 08:30',
      '2027-09-20 08:30',
      '2028-03-20 08:30',
      '2028-09-20 08:30',
    ]);
  });
});

describe('expandSeries: monthly days, bounds and the DST gap and overlap', () => {
  it('BYMONTHDAY=31 skips the months without a 31st (not moved to the 30th)', () => {
    const all = expandSeries(series('FREQ=MONTHLY;BYMONTHDAY=31', '2026-01-01', '09:00'), '2026-01-01', '2026-12-31');
    expect(all.map((o) => o.date)).toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-08-31', '2026-10-31', '2026-12-31']);
    const leap = expandSeries(series('FREQ=MONTHLY;BYMONTHDAY=29', '2027-01-01', '09:00'), '2027-01-01', '2028-03-31');
    expect(leap.map((o) => o.date).filter((d) => d.slice(5, 7) === '02')).toEqual(['2028-02-29']);
  });

  it('-1FR is the last Friday of each month; 5TH skips months with four Thursdays', () => {
    const lastFridays = expandSeries(series('FREQ=MONTHLY;BYDAY=-1FR', '2026-01-01', '14:00'), '2026-01-01', '2026-12-31');
    expect(lastFridays.map((o) => Number(o.date.slice(8)))).toEqual([30, 27, 27, 24, 29, 26, 31, 28, 25, 30, 27, 25]);
    const fifth = expandSeries(series('FREQ=MONTHLY;BYDAY=5TH', '2026-01-01', '14:00'), '2026-01-01', '2026-12-31');
    expect(fifth.map((o) => o.date)).toEqual(['2026-01-29', '2026-04-30', '2026-07-30', '2026-10-29', '2026-12-31']);
  });

  it('COUNT counts from the first occurrence, whatever the window', () => {
    const s = series('FREQ=MONTHLY;BYDAY=2TU;COUNT=5', '2026-02-11', '13:00');
    // 2026-02-10 is before the start date: the first is March.
    expect(expandSeries(s, '2026-01-01', '2030-12-31').map((o) => o.date)).toEqual(['2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09', '2026-07-14']);
    expect(expandSeries(s, '2026-05-01', '2030-12-31').map((o) => o.date)).toEqual(['2026-05-12', '2026-06-09', '2026-07-14']);
    expect(expandSeries(s, '2026-08-01', '2030-12-31')).toEqual([]);
    const skipping = series('FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3', '2026-01-01', '09:00');
    expect(expandSeries(skipping, '2026-01-01', '2030-12-31').map((o) => o.date)).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
  });

  it('UNTIL is an inclusive local date', () => {
    const s = series('FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20260615', '2026-01-15', '23:30');
    expect(expandSeries(s, '2026-01-01', '2030-12-31').map((o) => o.date)).toEqual(['2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15', '2026-05-15', '2026-06-15']);
    const before = series('FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20260614', '2026-01-15', '23:30');
    expect(expandSeries(before, '2026-01-01', '2030-12-31').at(-1)?.date).toBe('2026-05-15');
  });

  it('02:30 on the spring-forward Sunday does not exist: it is read as 03:30 summer time (RFC 5545)', () => {
    const s = series('FREQ=MONTHLY;BYDAY=-1SU', '2026-02-01', '02:30', 60);
    const [feb, mar, apr] = expandSeries(s, '2026-02-01', '2026-04-30');
    expect(localOf(feb)).toBe('2026-02-22 02:30');
    expect(mar.date).toBe('2026-03-29');
    expect(mar.start.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(localOf(mar)).toBe('2026-03-29 03:30');
    expect(mar.end.getTime() - mar.start.getTime()).toBe(60 * 60_000);
    expect(localOf(apr)).toBe('2026-04-26 02:30');
  });

  it('02:30 on the fall-back Sunday exists twice: the first one, summer time (RFC 5545)', () => {
    const s = series('FREQ=WEEKLY;BYDAY=SU', '2026-10-18', '02:30', 60);
    const [before, change, after] = expandSeries(s, '2026-10-18', '2026-11-01');
    expect(localOf(before)).toBe('2026-10-18 02:30');
    expect(change.start.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(copenhagenOffsetMinutes(change.start)).toBe(120);
    expect(localOf(change)).toBe('2026-10-25 02:30');
    // One hour of real time still, even though the wall clock shows 02:30–02:30.
    expect(change.end.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(localOf(after)).toBe('2026-11-01 02:30');
  });

  it('weekly rules give exactly what the visit-series expansion gives, keyed by series and date', () => {
    const rule = 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=30';
    const weekly = expandWeeklySeries({ rule: parseWeeklyRule(rule), startDate: '2026-03-03', startTime: '10:00', durationMinutes: 45 }, '2026-04-01', '2027-01-01');
    const unified = expandSeries(series(rule, '2026-03-03', '10:00', 45, 'visit-7'), '2026-04-01', '2027-01-01');
    expect(unified).toEqual(weekly.map((o) => ({ seriesId: 'visit-7', originalDate: o.date, date: o.date, start: o.start, end: o.end, moved: false })));
  });
});

describe('applyExceptions', () => {
  const s = series('FREQ=MONTHLY;BYDAY=2TU', '2026-01-01', '13:00', 120, 'sup-1');
  const occurrences = expandSeries(s, '2026-01-01', '2026-06-30');

  it('drops a cancelled occurrence and moves one without breaking the series', () => {
    const exceptions: OccurrenceException[] = [
      { seriesId: 'sup-1', originalDate: '2026-02-10', kind: 'cancelled' },
      // April's supervision moved after Easter, to the Monday of the following week (not a DST issue: both summer time).
      { seriesId: 'sup-1', originalDate: '2026-04-14', kind: 'moved', date: '2026-04-20', startTime: '09:00', durationMinutes: 90 },
      // March moved into the winter side of the change: its instant follows the new date's offset.
      { seriesId: 'sup-1', originalDate: '2026-03-10', kind: 'moved', date: '2026-03-27', startTime: '13:00', durationMinutes: 120 },
      { seriesId: 'other', originalDate: '2026-05-12', kind: 'cancelled' },
      { seriesId: 'sup-1', originalDate: '2026-05-13', kind: 'cancelled' },
    ];
    const result = applyExceptions(occurrences, exceptions);
    expect(result.map((o) => [o.originalDate, localOf(o), o.moved])).toEqual([
      ['2026-01-13', '2026-01-13 13:00', false],
      ['2026-03-10', '2026-03-27 13:00', true],
      ['2026-04-14', '2026-04-20 09:00', true],
      ['2026-05-12', '2026-05-12 13:00', false],
      ['2026-06-09', '2026-06-09 13:00', false],
    ]);
    const moved = result[2];
    expect(moved.date).toBe('2026-04-20');
    expect(moved.end.getTime() - moved.start.getTime()).toBe(90 * 60_000);
    expect(occurrenceKey(moved)).toBe('sup-1/2026-04-14');
    expect(occurrences).toHaveLength(6); // the input is not changed
    expect(occurrences[1].date).toBe('2026-02-10');
  });

  it('sorts by the new start when a move passes the next occurrence', () => {
    const result = applyExceptions(occurrences, [{ seriesId: 'sup-1', originalDate: '2026-01-13', kind: 'moved', date: '2026-02-20', startTime: '08:00', durationMinutes: 60 }]);
    expect(result.slice(0, 2).map((o) => o.originalDate)).toEqual(['2026-02-10', '2026-01-13']);
  });

  it('refuses a move to a date or time that does not exist', () => {
    expect(() => applyExceptions(occurrences, [{ seriesId: 'sup-1', originalDate: '2026-01-13', kind: 'moved', date: '2026-02-30', startTime: '08:00', durationMinutes: 60 }])).toThrow(RecurrenceError);
    expect(() => applyExceptions(occurrences, [{ seriesId: 'sup-1', originalDate: '2026-01-13', kind: 'moved', date: '2026-02-20', startTime: '8:00', durationMinutes: 60 }])).toThrow(RecurrenceError);
    expect(() => applyExceptions(occurrences, [{ seriesId: 'sup-1', originalDate: '2026-01-13', kind: 'moved', date: '2026-02-20', startTime: '08:00', durationMinutes: 0 }])).toThrow(RecurrenceError);
  });
});

describe('expandSeries over random valid rules (seeded Prng; a failure prints its seed)', () => {
  const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

  function randomDate(prng: Prng, fromYear: number, toYear: number): string {
    return dateOf(Date.UTC(prng.int(fromYear, toYear), prng.int(0, 11), prng.int(1, 28)));
  }

  function randomSeries(prng: Prng): { text: string; s: RecurringSeries } {
    const parts: string[] = [];
    if (prng.chance(0.4)) {
      parts.push('FREQ=WEEKLY', `INTERVAL=${prng.int(1, 4)}`, `BYDAY=${prng.shuffle(CODES).slice(0, prng.int(1, 3)).join(',')}`);
    } else {
      parts.push('FREQ=MONTHLY', `INTERVAL=${prng.pick([1, 1, 2, 3, 6, 12])}`);
      const which = prng.int(0, 2);
      if (which === 0) parts.push(`BYMONTHDAY=${prng.int(1, 31)}`);
      if (which === 1) parts.push(`BYDAY=${prng.pick([1, 2, 3, 4, 5, -1, -2, -5])}${prng.pick(CODES)}`);
    }
    const startDate = randomDate(prng, 2026, 2033);
    const bound = prng.int(0, 2);
    if (bound === 1) parts.push(`COUNT=${prng.int(1, 40)}`);
    if (bound === 2) parts.push(`UNTIL=${dateOf(utcDay(startDate) + prng.int(0, 900) * DAY).replace(/-/g, '')}`);
    // Every fourth series sits in the night hours of the DST changes.
    const hour = prng.chance(0.25) ? prng.int(1, 3) : prng.int(0, 23);
    const startTime = `${String(hour).padStart(2, '0')}:${String(prng.pick([0, 15, 30, 45])).padStart(2, '0')}`;
    const text = prng.shuffle(parts).join(';');
    return { text, s: { id: 'p', rule: parseRecurrenceRule(text, startDate), startDate, startTime, durationMinutes: prng.int(1, 48) * 15 } };
  }

  /** A deliberately naive oracle: walk every day from the start and test it against the rule text's meaning. */
  function oracleDates(s: RecurringSeries, to: string): string[] {
    const rule = s.rule;
    const last = rule.until !== null && rule.until < to ? rule.until : to;
    const dates: string[] = [];
    const startMonday = utcDay(s.startDate) - (weekdayOf(s.startDate) - 1) * DAY;
    for (let ms = utcDay(s.startDate); ms <= utcDay(last); ms += DAY) {
      const d = new Date(ms);
      const date = dateOf(ms);
      let match: boolean;
      if (rule.freq === 'WEEKLY') {
        const weeks = Math.round((ms - (weekdayOf(date) - 1) * DAY - startMonday) / (7 * DAY));
        match = rule.weekdays.includes(weekdayOf(date)) && weeks % rule.intervalWeeks === 0;
      } else {
        const months = (d.getUTCFullYear() - Number(s.startDate.slice(0, 4))) * 12 + d.getUTCMonth() + 1 - Number(s.startDate.slice(5, 7));
        const dayOfMonth = d.getUTCDate();
        const monthLength = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
        const day = rule.day ?? { kind: 'monthDay' as const, day: Number(s.startDate.slice(8)) };
        match =
          months % rule.intervalMonths === 0 &&
          (day.kind === 'monthDay'
            ? dayOfMonth === day.day
            : weekdayOf(date) === day.weekday &&
              (day.nth > 0 ? Math.ceil(dayOfMonth / 7) === day.nth : Math.floor((monthLength - dayOfMonth) / 7) + 1 === -day.nth));
      }
      if (match) dates.push(date);
      if (rule.count !== null && dates.length === rule.count) break;
    }
    return dates;
  }

  it('matches the naive oracle and keeps the wall-clock time on 400 random rules', () => {
    const springForward = new Set(Array.from({ length: 12 }, (_, i) => lastSunday(2026 + i, 3)));
    let occurrencesChecked = 0;
    let gapShifts = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const prng = new Prng(seed);
      const { text, s } = randomSeries(prng);
      const from = dateOf(utcDay(s.startDate) + prng.int(-60, 400) * DAY);
      const to = dateOf(utcDay(from) + prng.int(0, 1100) * DAY);
      const context = `seed ${seed}: ${text} from ${s.startDate} ${s.startTime}, window ${from}..${to}`;
      const got = expandSeries(s, from, to);
      expect({ context, dates: got.map((o) => o.date) }).toEqual({ context, dates: oracleDates(s, to).filter((d) => d >= from) });
      for (let i = 0; i < got.length; i++) {
        const o = got[i];
        if (i > 0 && !(o.start.getTime() > got[i - 1].start.getTime())) throw new Error(`not strictly increasing, ${context}`);
        if (o.date < from || o.date > to || o.originalDate !== o.date || o.moved) throw new Error(`outside the window, ${context}`);
        if (o.end.getTime() - o.start.getTime() !== s.durationMinutes * 60_000) throw new Error(`wrong duration, ${context}`);
        const inGap = springForward.has(o.date) && s.startTime.startsWith('02:');
        const expected = inGap ? `${o.date} 03:${s.startTime.slice(3)}` : `${o.date} ${s.startTime}`;
        if (localOf(o) !== expected) throw new Error(`${localOf(o)} should be ${expected}, ${context}`);
        if (inGap) gapShifts++;
        occurrencesChecked++;
      }
    }
    // The generator must actually reach many occurrences and the DST gap, or the test proves little.
    expect(occurrencesChecked).toBeGreaterThan(5000);
    expect(gapShifts).toBeGreaterThan(0);
  });

  it('gives the same dates as the rrule library (an independent implementation) on 1,200 random rules', () => {
    // rrule sees the local dates as floating UTC midnights, so its own TZID handling plays no part:
    // it checks which dates a rule gives; the wall-clock instants are checked above.
    const at = (date: string) => new Date(utcDay(date));
    let compared = 0;
    for (let seed = 1001; seed <= 2200; seed++) {
      const prng = new Prng(seed);
      const { text, s } = randomSeries(prng);
      const from = dateOf(utcDay(s.startDate) + prng.int(-60, 400) * DAY);
      const to = dateOf(utcDay(from) + prng.int(0, 1100) * DAY);
      const reference = rrulestr(`DTSTART:${s.startDate.replace(/-/g, '')}T000000Z\nRRULE:${text}`)
        .between(at(from), at(to), true)
        .map((d) => dateOf(d.getTime()));
      const context = `seed ${seed}: ${text} from ${s.startDate}, window ${from}..${to}`;
      expect({ context, dates: expandSeries(s, from, to).map((o) => o.date) }).toEqual({ context, dates: reference });
      compared += reference.length;
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
