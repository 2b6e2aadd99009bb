import { formatRecurrenceRule, parseRecurrenceRule, toCopenhagenLocal } from '@act/domain';
import { type RuleDraft, defaultDraft, draftToRule, previewOccurrences, ruleToDraft, ruleToInput } from './rule-draft';

function rruleOf(draft: RuleDraft, startDate = '2027-01-15'): string {
  const result = draftToRule(draft, startDate);
  if (!result.ok) throw new Error(`not ok: ${JSON.stringify(result.errors)}`);
  return formatRecurrenceRule(result.rule);
}

describe('rule builder fields → recurrence rule', () => {
  // 2027-01-15 is a Friday, the third Friday of January.
  const base = defaultDraft('2027-01-15');

  it('starts from the start date: its weekday, its date, its place in the month', () => {
    expect(base).toMatchObject({ repeat: 'month1', weekdays: [5], monthDay: '15', nth: 3, nthWeekday: 5, end: 'never' });
    expect(defaultDraft('2027-01-29').nth).toBe(-1);
  });

  it.each<[string, Partial<RuleDraft>, string]>([
    ['every week on Monday and Thursday', { repeat: 'week1', weekdays: [4, 1] }, 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH'],
    ['every 2nd week on Monday', { repeat: 'week2', weekdays: [1] }, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'],
    ['every month on the 15th', { repeat: 'month1' }, 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15'],
    ['every month on the second Tuesday', { monthlyBy: 'weekday', nth: 2, nthWeekday: 2 }, 'FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU'],
    ['every month on the last Friday', { monthlyBy: 'weekday', nth: -1, nthWeekday: 5 }, 'FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR'],
    ['every quarter', { repeat: 'month3' }, 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15'],
    ['every half year', { repeat: 'month6', monthDay: ' 1 ' }, 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=1'],
    ['ending on a date', { end: 'until', until: '2027-12-31' }, 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15;UNTIL=20271231'],
    ['ending after 10 times', { end: 'count', count: '10' }, 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15;COUNT=10'],
    ['an end that is not chosen is ignored', { end: 'never', until: 'x', count: 'y' }, 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15'],
  ])('%s', (_name, patch, rrule) => {
    expect(rruleOf({ ...base, ...patch })).toBe(rrule);
  });

  it.each<[Partial<RuleDraft>, Record<string, string>]>([
    [{ repeat: 'week1', weekdays: [] }, { weekdays: 'weekdaysMissing' }],
    [{ monthDay: '' }, { monthDay: 'monthDayRange' }],
    [{ monthDay: '32' }, { monthDay: 'monthDayRange' }],
    [{ monthDay: '1.5' }, { monthDay: 'monthDayRange' }],
    [{ end: 'until', until: '' }, { until: 'untilMissing' }],
    [{ end: 'until', until: '2027-01-14' }, { until: 'untilBeforeStart' }],
    [{ end: 'count', count: '0' }, { count: 'countRange' }],
    [{ end: 'count', count: '521' }, { count: 'countRange' }],
    [{ repeat: 'week1', weekdays: [], end: 'count', count: 'ti' }, { weekdays: 'weekdaysMissing', count: 'countRange' }],
  ])('refuses %p with %p', (patch, errors) => {
    expect(draftToRule({ ...base, ...patch }, '2027-01-15')).toEqual({ ok: false, errors });
  });

  it('the last day may be the first meeting day itself', () => {
    expect(draftToRule({ ...base, end: 'until', until: '2027-01-15' }, '2027-01-15').ok).toBe(true);
  });

  it.each([
    'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,FR;COUNT=8',
    'FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU;UNTIL=20280101',
    'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=31',
    'FREQ=MONTHLY;INTERVAL=6;BYDAY=-1FR',
  ])('a stored rule %s comes back unchanged through the fields', (rrule) => {
    const draft = ruleToDraft(parseRecurrenceRule(rrule), '2027-01-15');
    expect(rruleOf(draft)).toBe(rrule);
  });

  it('a stored monthly rule without a day shows the start date as its date', () => {
    const draft = ruleToDraft(parseRecurrenceRule('FREQ=MONTHLY;INTERVAL=3'), '2027-02-09');
    expect(draft).toMatchObject({ repeat: 'month3', monthlyBy: 'date', monthDay: '9' });
  });
});

describe('preview of the next occurrences', () => {
  const local = (o: { start: Date }) => {
    const l = toCopenhagenLocal(o.start);
    return `${l.date} ${l.time}`;
  };

  it('gives the next five second Tuesdays at 13:00 local time, across the change to summer time', () => {
    const rule = parseRecurrenceRule('FREQ=MONTHLY;BYDAY=2TU');
    const next = previewOccurrences(rule, '2027-01-01', '13:00', 90, '2027-01-20');
    expect(next.map(local)).toEqual(['2027-02-09 13:00', '2027-03-09 13:00', '2027-04-13 13:00', '2027-05-11 13:00', '2027-06-08 13:00']);
    expect(next[0].end.getTime() - next[0].start.getTime()).toBe(90 * 60_000);
  });

  it('starts at the start date when that is later than today', () => {
    const rule = parseRecurrenceRule('FREQ=WEEKLY;BYDAY=MO,TH');
    expect(previewOccurrences(rule, '2027-03-04', '09:00', 60, '2027-01-01', 3).map(local)).toEqual([
      '2027-03-04 09:00',
      '2027-03-08 09:00',
      '2027-03-11 09:00',
    ]);
  });

  it('shows half-yearly days years ahead', () => {
    const rule = parseRecurrenceRule('FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=1');
    expect(previewOccurrences(rule, '2027-01-01', '09:00', 360, '2027-01-01', 5)).toHaveLength(5);
  });

  it('respects the count from the first occurrence, not from today', () => {
    const rule = parseRecurrenceRule('FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3');
    expect(previewOccurrences(rule, '2027-01-01', '10:00', 60, '2027-02-01').map(local)).toEqual(['2027-02-15 10:00', '2027-03-15 10:00']);
  });

  it('is empty until the start date and time are filled in', () => {
    const rule = parseRecurrenceRule('FREQ=MONTHLY;BYMONTHDAY=15');
    expect(previewOccurrences(rule, '', '10:00', 60, '2027-01-01')).toEqual([]);
    expect(previewOccurrences(rule, '2027-01-01', '', 60, '2027-01-01')).toEqual([]);
  });
});

describe('rule → API input', () => {
  it.each([
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', { frequency: 'WEEKLY', interval: 2, weekdays: [1, 4], monthDay: null, nth: null, weekday: null, until: null, count: null }],
    ['FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6', { frequency: 'MONTHLY', interval: 1, weekdays: null, monthDay: 15, nth: null, weekday: null, until: null, count: 6 }],
    ['FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR;UNTIL=20281231', { frequency: 'MONTHLY', interval: 3, weekdays: null, monthDay: null, nth: -1, weekday: 5, until: '2028-12-31', count: null }],
  ])('%s', (rrule, input) => {
    expect(ruleToInput(parseRecurrenceRule(rrule))).toEqual(input);
  });
});
