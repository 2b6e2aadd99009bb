import i18next, { type TFunction } from 'i18next';
import { parseRecurrenceRule } from '@act/domain';
import da from '../../i18n/da.json';
import en from '../../i18n/en.json';
import { describeRule, describeRuleText } from './rule-words';

let t: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { da: { translation: da }, en: { translation: en } }, lng: 'da', interpolation: { escapeValue: false } });
  t = instance.getFixedT('da');
  tEn = instance.getFixedT('en');
});

describe('a rule in plain Danish', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=MO', 'Hver uge om mandagen'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', 'Hver 2. uge om mandagen og torsdagen'],
    ['FREQ=WEEKLY;BYDAY=MO,WE,FR', 'Hver uge om mandagen, onsdagen og fredagen'],
    ['FREQ=MONTHLY;BYMONTHDAY=15', 'Hver måned den 15.'],
    ['FREQ=MONTHLY;BYDAY=2TU', 'Hver måned den anden tirsdag'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'Hver måned den sidste fredag'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1', 'Hvert kvartal den 1.'],
    ['FREQ=MONTHLY;INTERVAL=6;BYDAY=1MO', 'Hvert halve år den første mandag'],
    ['FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=5', 'Hver 2. måned den 5.'],
    ['FREQ=MONTHLY;INTERVAL=3', 'Hvert kvartal den 9.'],
    ['FREQ=MONTHLY;BYMONTHDAY=15;COUNT=10', 'Hver måned den 15., 10 gange i alt'],
    ['FREQ=MONTHLY;BYMONTHDAY=15;COUNT=1', 'Hver måned den 15., kun én gang'],
    ['FREQ=WEEKLY;BYDAY=TH;UNTIL=20270630', 'Hver uge om torsdagen, til og med onsdag den 30. juni 2027'],
  ])('%s → %s', (rrule, words) => {
    expect(describeRule(parseRecurrenceRule(rrule), '2027-02-09', t)).toBe(words);
  });

  it('in English too', () => {
    expect(describeRule(parseRecurrenceRule('FREQ=MONTHLY;BYDAY=2TU;COUNT=4'), '2027-02-09', tEn, 'en')).toBe(
      'Every month on the second Tuesday, 4 times in all',
    );
    expect(describeRule(parseRecurrenceRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH'), '2027-02-09', tEn, 'en')).toBe(
      'Every 2nd week on Mondays and Thursdays',
    );
  });

  it('stored text it cannot read is shown as it is', () => {
    expect(describeRuleText('FREQ=DAILY', '2027-02-09', t)).toBe('FREQ=DAILY');
    expect(describeRuleText('FREQ=MONTHLY;BYDAY=2TU', '2027-02-09', t)).toBe('Hver måned den anden tirsdag');
  });
});
