import { consentPeriodProblems, consentState, type ConsentRecord, hasActiveConsent, normaliseConsentText } from './consent';

const jobcenter: ConsentRecord = {
  partner: 'Jobcenter Silkeborg',
  purpose: 'Koordinere afklaring af job',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  withdrawnOn: null,
};

describe('consentState', () => {
  it.each([
    ['2025-12-31', 'not-yet'],
    ['2026-01-01', 'active'],
    ['2026-06-15', 'active'],
    ['2026-12-31', 'active'],
    ['2027-01-01', 'expired'],
  ] as const)('on %s the consent is %s', (date, state) => {
    expect(consentState(jobcenter, date)).toBe(state);
  });

  it('has no end when validTo is empty', () => {
    expect(consentState({ ...jobcenter, validTo: null }, '2040-01-01')).toBe('active');
  });

  it('is withdrawn from the day of withdrawal, not before', () => {
    const withdrawn = { ...jobcenter, withdrawnOn: '2026-06-10' };
    expect(consentState(withdrawn, '2026-06-09')).toBe('active');
    expect(consentState(withdrawn, '2026-06-10')).toBe('withdrawn');
    expect(consentState(withdrawn, '2027-06-10')).toBe('withdrawn');
  });
});

describe('hasActiveConsent', () => {
  const consents = [jobcenter, { ...jobcenter, partner: 'Regionspsykiatrien', purpose: 'Udskrivning', validTo: null, withdrawnOn: '2026-03-01' }];

  it('is true for the right partner and purpose inside the window, ignoring case and spaces', () => {
    expect(hasActiveConsent(consents, 'Jobcenter Silkeborg', 'Koordinere afklaring af job', '2026-05-01')).toBe(true);
    expect(hasActiveConsent(consents, '  jobcenter   silkeborg ', 'KOORDINERE afklaring af job', '2026-05-01')).toBe(true);
  });

  it('is false outside the window, after withdrawal, for another partner or another purpose', () => {
    expect(hasActiveConsent(consents, 'Jobcenter Silkeborg', 'Koordinere afklaring af job', '2027-01-01')).toBe(false);
    expect(hasActiveConsent(consents, 'Jobcenter Silkeborg', 'Koordinere afklaring af job', '2025-12-31')).toBe(false);
    expect(hasActiveConsent(consents, 'Regionspsykiatrien', 'Udskrivning', '2026-02-28')).toBe(true);
    expect(hasActiveConsent(consents, 'Regionspsykiatrien', 'Udskrivning', '2026-03-01')).toBe(false);
    expect(hasActiveConsent(consents, 'Jobcenter Aarhus', 'Koordinere afklaring af job', '2026-05-01')).toBe(false);
    expect(hasActiveConsent(consents, 'Jobcenter Silkeborg', 'Dele helbredsoplysninger', '2026-05-01')).toBe(false);
  });

  it('is false with no consents or an empty partner or purpose', () => {
    expect(hasActiveConsent([], 'Jobcenter Silkeborg', 'x', '2026-05-01')).toBe(false);
    expect(hasActiveConsent([{ ...jobcenter, partner: ' ' }], ' ', jobcenter.purpose, '2026-05-01')).toBe(false);
  });

  it('normalises text', () => {
    expect(normaliseConsentText('  Æblegården   Værested ')).toBe('æblegården værested');
  });
});

describe('consentPeriodProblems', () => {
  it('refuses an end before the start and a withdrawal before the start', () => {
    expect(consentPeriodProblems({ validFrom: '2026-02-01', validTo: '2026-01-31', withdrawnOn: '2026-01-01' }).map((p) => p.field)).toEqual([
      'validTo',
      'withdrawnOn',
    ]);
    expect(consentPeriodProblems({ validFrom: '2026-02-01', validTo: '2026-02-01', withdrawnOn: null })).toEqual([]);
  });
});
