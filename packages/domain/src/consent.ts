/**
 * Informed consent to share with a partner (jobcenter, regional psychiatry, a drop-in centre,
 * family …): which partner, for what purpose, from when to when, and when it was withdrawn.
 * Anything that shares or shows a citizen's data to a partner asks `hasActiveConsent` first.
 */

export interface ConsentRecord {
  partner: string;
  purpose: string;
  /** YYYY-MM-DD, first day the consent applies. */
  validFrom: string;
  /** YYYY-MM-DD, last day it applies; null = until withdrawn. */
  validTo: string | null;
  /** YYYY-MM-DD; from this day the consent no longer applies. */
  withdrawnOn: string | null;
}

export type ConsentState = 'active' | 'not-yet' | 'expired' | 'withdrawn';

/** Partners and purposes are compared without case, surrounding or repeated spaces. */
export function normaliseConsentText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('da-DK');
}

/** The consent's state on `date` (YYYY-MM-DD). Withdrawal wins over everything else. */
export function consentState(consent: ConsentRecord, date: string): ConsentState {
  if (consent.withdrawnOn !== null && consent.withdrawnOn <= date) return 'withdrawn';
  if (date < consent.validFrom) return 'not-yet';
  if (consent.validTo !== null && date > consent.validTo) return 'expired';
  return 'active';
}

/** True when one of `consents` lets the team share with `partner` for `purpose` on `date`. */
export function hasActiveConsent(consents: readonly ConsentRecord[], partner: string, purpose: string, date: string): boolean {
  const p = normaliseConsentText(partner);
  const q = normaliseConsentText(purpose);
  if (!p || !q) return false;
  return consents.some(
    (c) => normaliseConsentText(c.partner) === p && normaliseConsentText(c.purpose) === q && consentState(c, date) === 'active',
  );
}

/** Problems with a consent's dates, as field + Danish message. */
export function consentPeriodProblems(c: Pick<ConsentRecord, 'validFrom' | 'validTo' | 'withdrawnOn'>): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (c.validTo !== null && c.validTo < c.validFrom) {
    problems.push({ field: 'validTo', message: 'Slutdatoen ligger før startdatoen. Ret en af datoerne.' });
  }
  if (c.withdrawnOn !== null && c.withdrawnOn < c.validFrom) {
    problems.push({ field: 'withdrawnOn', message: 'Samtykket kan ikke trækkes tilbage, før det begynder at gælde. Vælg en senere dato.' });
  }
  return problems;
}
