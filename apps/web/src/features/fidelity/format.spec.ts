import i18next, { type TFunction } from 'i18next';
import da from '../../i18n/da.json';
import {
  basisLabel,
  defaultFidelityPeriod,
  formatItemValue,
  groupBySubscale,
  lowestRated,
  ratingText,
  reviewRows,
  scoreText,
  shortDate,
  thresholdText,
  unitNumber,
} from './format';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { da: { translation: da } }, lng: 'da', interpolation: { escapeValue: false } });
  t = i18n.t.bind(i18n);
});

describe('fidelity period', () => {
  it('defaults to the 12 whole weeks (Monday–Sunday) before the current week', () => {
    // Friday 4 December 2026: the current week starts Monday 30 November.
    expect(defaultFidelityPeriod('2026-12-04')).toEqual({ from: '2026-09-07', to: '2026-11-29' });
    // On a Monday the week just begun is left out too.
    expect(defaultFidelityPeriod('2026-11-30')).toEqual({ from: '2026-09-07', to: '2026-11-29' });
    // On a Sunday the current week is not whole yet.
    expect(defaultFidelityPeriod('2026-11-29')).toEqual({ from: '2026-08-31', to: '2026-11-22' });
  });

  it('writes short Danish dates', () => {
    expect(shortDate('2026-09-07')).toBe('7.9.2026');
  });
});

describe('fidelity values', () => {
  it('writes a value in its unit with Danish decimals', () => {
    expect(unitNumber('share', 0.637, 'da')).toBe('64 %');
    expect(formatItemValue(t, 'da', 'share', 0.637)).toBe('64 %');
    expect(formatItemValue(t, 'da', 'citizens_per_fte', 8.46)).toBe('8,5 borgere pr. årsværk');
    expect(formatItemValue(t, 'da', 'minutes_per_week', 84.6)).toBe('85 min. pr. uge');
    expect(formatItemValue(t, 'da', 'fte_per_100_citizens', 0.8)).toBe('0,8 årsværk pr. 100 borgere');
    expect(formatItemValue(t, 'da', 'per_week', 1.25)).toBe('1,25 pr. uge');
    expect(formatItemValue(t, 'da', 'fte', 7.5)).toBe('7,5 årsværk');
    expect(formatItemValue(t, 'da', 'citizens_per_month', 6)).toBe('6 borgere pr. måned');
    // The API may send the unit in capitals.
    expect(formatItemValue(t, 'da', 'PER_MONTH', 2)).toBe('2 pr. måned');
    // An unknown unit: the number alone.
    expect(formatItemValue(t, 'da', 'bananas', 1.5)).toBe('1,5');
  });

  it('states the thresholds from the best rating down, "at least" or "at most" by direction', () => {
    expect(thresholdText(t, 'da', 'share', { direction: 'HIGHER_IS_BETTER', cutoffs: [0.1, 0.37, 0.64, 0.9] })).toBe(
      '5 ved mindst 90 %, 4 ved mindst 64 %, 3 ved mindst 37 %, 2 ved mindst 10 %, ellers 1',
    );
    expect(thresholdText(t, 'da', 'citizens_per_fte', { direction: 'LOWER_IS_BETTER', cutoffs: [49, 34, 20, 10] })).toBe(
      '5 ved højst 10 borgere pr. årsværk, 4 ved højst 20 borgere pr. årsværk, 3 ved højst 34 borgere pr. årsværk, 2 ved højst 49 borgere pr. årsværk, ellers 1',
    );
  });

  it('never shows a missing rating as 1', () => {
    expect(ratingText(t, { rating: 3, kind: 'COMPUTED' })).toBe('3');
    expect(ratingText(t, { rating: null, unratedReason: 'NO_DATA', kind: 'COMPUTED' })).toBe('Ingen data');
    expect(ratingText(t, { rating: null, unratedReason: 'NOT_RATED', kind: 'MANUAL' })).toBe('Ikke vurderet endnu');
    // No reason given: by kind.
    expect(ratingText(t, { rating: null, kind: 'MANUAL' })).toBe('Ikke vurderet endnu');
    expect(ratingText(t, { kind: 'COMPUTED' })).toBe('Ingen data');
  });

  it('writes scores with two decimals, and says when there is none', () => {
    expect(scoreText(t, 'da', 3.4)).toBe('3,40');
    expect(scoreText(t, 'da', 4.125)).toBe('4,13');
    expect(scoreText(t, 'da', null)).toBe('Ikke beregnet');
  });

  it('names the basis numbers, and shows an unknown key as it is', () => {
    expect(basisLabel(t, 'citizenDays')).toBe('Borgerdage');
    expect(basisLabel(t, 'somethingNew')).toBe('somethingNew');
  });
});

describe('fidelity items', () => {
  const items = [
    { itemId: 'a', subscale: 'HUMAN_RESOURCES', name: 'A', kind: 'COMPUTED', rating: 4 },
    { itemId: 'b', subscale: 'NATURE_OF_SERVICES', name: 'B', kind: 'COMPUTED', rating: 2 },
    { itemId: 'c', subscale: 'HUMAN_RESOURCES', name: 'C', kind: 'MANUAL', rating: null, unratedReason: 'NOT_RATED' },
    { itemId: 'd', subscale: 'ORGANISATIONAL_BOUNDARIES', name: 'D', kind: 'COMPUTED', rating: 2 },
    { itemId: 'e', subscale: 'NATURE_OF_SERVICES', name: 'E', kind: 'COMPUTED', rating: 1 },
    { itemId: 'f', subscale: 'NATURE_OF_SERVICES', name: 'F', kind: 'COMPUTED', rating: null, unratedReason: 'NO_DATA' },
  ];
  const subscales = [
    { subscale: 'HUMAN_RESOURCES', name: 'Personale' },
    { subscale: 'ORGANISATIONAL_BOUNDARIES', name: 'Organisering' },
    { subscale: 'NATURE_OF_SERVICES', name: 'Indsatsens indhold' },
  ];

  it('finds the lowest-rated items, leaving out unrated ones; ties keep the report order', () => {
    expect(lowestRated(items, 3).map((i) => i.itemId)).toEqual(['e', 'b', 'd']);
    expect(lowestRated(items.slice(2, 3), 3)).toEqual([]);
  });

  it('groups items under their subscale in the subscales order', () => {
    const groups = groupBySubscale(items, subscales);
    expect(groups.map((g) => [g.subscale?.name, g.items.map((i) => i.itemId)])).toEqual([
      ['Personale', ['a', 'c']],
      ['Organisering', ['d']],
      ['Indsatsens indhold', ['b', 'e', 'f']],
    ]);
    expect(groupBySubscale([{ subscale: 'X', itemId: 'x' }], subscales)).toEqual([{ subscale: null, items: [{ subscale: 'X', itemId: 'x' }] }]);
  });

  it('pre-fills a reviewer form: value, basis, suggested rating and the leader note', () => {
    const rows = reviewRows(
      t,
      'da',
      [
        {
          itemId: 'community_share',
          subscale: 'NATURE_OF_SERVICES',
          name: 'Kontakter uden for kontoret',
          kind: 'COMPUTED',
          unit: 'share',
          value: 0.75,
          rating: 3,
          basis: [
            { key: 'faceToFaceContacts', value: 40 },
            { key: 'outsideOffice', value: 30 },
          ],
          rule: { direction: 'HIGHER_IS_BETTER', cutoffs: [0.2, 0.4, 0.6, 0.8] },
        },
        {
          itemId: 'peer_worker',
          subscale: 'HUMAN_RESOURCES',
          name: 'Peer-medarbejder',
          kind: 'MANUAL',
          unit: '',
          rating: 4,
          manualRating: { rating: 4, note: 'Ansat på 30 timer', ratedOn: '2026-11-02', ratedByName: 'Lise Leder' },
        },
        { itemId: 'time_unlimited', subscale: 'ORGANISATIONAL_BOUNDARIES', name: 'Tidsubegrænset indsats', kind: 'MANUAL', unit: '', rating: null, unratedReason: 'NOT_RATED' },
      ],
      subscales,
      (item) => (item.value === null || item.value === undefined ? '–' : String(item.value)),
    );
    expect(rows.map((r) => r.csv)).toEqual([
      ['Personale', 'Peer-medarbejder', '–', '', 4, 'Ansat på 30 timer (Lise Leder, 2.11.2026)', 'Teamlederen vurderer 1–5 ud fra beskrivelsen'],
      ['Organisering', 'Tidsubegrænset indsats', '–', '', 'Ikke vurderet endnu', '', 'Teamlederen vurderer 1–5 ud fra beskrivelsen'],
      [
        'Indsatsens indhold',
        'Kontakter uden for kontoret',
        '0.75',
        'Møder ansigt til ansigt: 40; Heraf uden for kontoret: 30',
        3,
        '',
        '5 ved mindst 80 %, 4 ved mindst 60 %, 3 ved mindst 40 %, 2 ved mindst 20 %, ellers 1',
      ],
    ]);
  });
});
