import i18next, { type TFunction } from 'i18next';
import da from '../../i18n/da.json';
import { formatDuration, formatRemind } from './format';

let t: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { da: { translation: da } }, lng: 'da', interpolation: { escapeValue: false } });
  t = instance.getFixedT('da');
});

describe('lengths and reminders in words', () => {
  it.each([
    [30, '30 min.'],
    [60, '1 time'],
    [90, '1½ time'],
    [120, '2 timer'],
    [150, '2½ timer'],
    [135, '2 t. 15 min.'],
    [360, '6 timer'],
  ])('%i minutes last %s', (minutes, words) => {
    expect(formatDuration(minutes, t)).toBe(words);
  });

  it.each([
    [0, 'Når mødet begynder'],
    [45, '45 minutter før'],
    [60, '1 time før'],
    [180, '3 timer før'],
    [1440, '1 dag før'],
    [2880, '2 dage før'],
    [10080, '1 uge før'],
  ])('a reminder %i minutes before reads %s', (minutes, words) => {
    expect(formatRemind(minutes, t)).toBe(words);
  });
});
