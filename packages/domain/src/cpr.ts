/**
 * CPR numbers (Danish personal identification numbers): DDMMYY-SSSS.
 *
 * The seventh digit together with YY gives the century (rule published by the CPR office):
 *   0–3        → 1900–1999
 *   4 and 9    → 2000–2036 when YY ≤ 36, else 1937–1999
 *   5–8        → 2000–2057 when YY ≤ 57, else 1858–1899
 * The last digit is odd for men and even for women.
 *
 * Modulus 11 is NOT required: since 2007 the CPR office issues numbers that fail it (for birth
 * dates where the modulus-11 numbers ran out), so rejecting them would lock out real people.
 * `passesModulus11` is exported for the fictional-number rule below.
 *
 * Never log, put in URLs or in job payloads the values handled here.
 */
import { Prng } from './prng';

export type Sex = 'female' | 'male';

export type CprParseResult =
  | { ok: true; value: string; birthDate: string; sex: Sex }
  | { ok: false; reason: 'format' | 'date' };

const CPR_PATTERN = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/;
const MODULUS_11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/** The ten digits of a well-formed CPR ("DDMMYYSSSS" or "DDMMYY-SSSS", surrounding spaces ignored), else null. */
function digitsOf(input: string): string | null {
  if (typeof input !== 'string') return null;
  const match = CPR_PATTERN.exec(input.trim());
  return match ? `${match[1]}${match[2]}${match[3]}${match[4]}` : null;
}

/** Full birth year from YY and the seventh digit, per the CPR office's table. */
export function centuryYear(yy: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + yy;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function parseCpr(input: string): CprParseResult {
  const digits = digitsOf(input);
  if (digits === null) return { ok: false, reason: 'format' };
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const year = centuryYear(yy, Number(digits[6]));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'date' };
  }
  return {
    ok: true,
    value: digits,
    birthDate: `${year}-${pad2(month)}-${pad2(day)}`,
    sex: Number(digits[9]) % 2 === 1 ? 'male' : 'female',
  };
}

export function isValidCpr(input: string): boolean {
  return parseCpr(input).ok;
}

/** True when the weighted digit sum (4,3,2,7,6,5,4,3,2,1) is divisible by 11. False for malformed input. */
export function passesModulus11(cpr: string): boolean {
  const digits = digitsOf(cpr);
  if (digits === null) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * MODULUS_11_WEIGHTS[i];
  return sum % 11 === 0;
}

/** "DDMMYY-****". Malformed input is masked entirely, so nothing leaks. */
export function maskCpr(cpr: string): string {
  const digits = digitsOf(cpr);
  return digits === null ? '******-****' : `${digits.slice(0, 6)}-****`;
}

/** "DDMMYY-SSSS". Throws RangeError (without echoing the input) when malformed. */
export function formatCpr(cpr: string): string {
  const digits = digitsOf(cpr);
  if (digits === null) throw new RangeError('Invalid CPR number format');
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/** Calendar date in Europe/Copenhagen as YYYY-MM-DD (a string date is returned as given). */
function calendarDate(date: Date | string): string {
  if (typeof date === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError('Expected a date as YYYY-MM-DD');
    return date;
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date');
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/**
 * Age in whole years on `date` (a Date, read as its calendar day in Europe/Copenhagen, or
 * "YYYY-MM-DD"). Someone born 29 February turns a year older on 1 March in common years.
 * Throws RangeError for an invalid CPR number.
 */
export function ageOn(cpr: string, date: Date | string): number {
  const parsed = parseCpr(cpr);
  if (!parsed.ok) throw new RangeError('Invalid CPR number');
  const [by, bm, bd] = parsed.birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = calendarDate(date).split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/*
 * Fictional CPR numbers for demo and test data.
 *
 * Why no real person can have one: the CPR office issues numbers that fail modulus 11 only for
 * certain birth dates that are all 1 January (dates where the modulus-11 series ran out; people
 * with an unknown birth date are also registered on 1 January). Every other birth date only has
 * numbers that pass modulus 11. A number that is valid by `parseCpr`, is NOT dated 1 January and
 * FAILS modulus 11 has therefore never been issued. (Revisit if the CPR office widens that practice.)
 */

export interface FictionalCprOptions {
  sex?: Sex;
}

/**
 * Deterministic fictional CPR number ("DDMMYYSSSS") for an adult born 1960–1999, never on
 * 1 January, failing modulus 11 — see the comment above for why it cannot belong to anyone.
 */
export function fictionalCpr(seed: number, options: FictionalCprOptions = {}): string {
  if (!Number.isFinite(seed)) throw new RangeError('Seed must be a finite number');
  const prng = new Prng(Math.trunc(seed) ^ 0x5eed);
  const pick = (n: number): number => Math.floor(prng.next() * n);

  const year = 1960 + pick(40);
  const yearDays = isLeapYear(year) ? 366 : 365;
  let dayOfYear = 1 + pick(yearDays - 1); // 1..yearDays-1 → skipping 1 January (day 0)
  let month = 1;
  while (dayOfYear >= daysInMonth(year, month)) {
    dayOfYear -= daysInMonth(year, month);
    month++;
  }
  const day = dayOfYear + 1;

  // Seventh digit 0–3 means 1900s for every YY, so parseCpr gives back the same year.
  const serialPrefix = `${pick(4)}${pick(10)}${pick(10)}`;
  const sex: Sex = options.sex ?? (pick(2) === 0 ? 'female' : 'male');
  const base = `${pad2(day)}${pad2(month)}${pad2(year % 100)}${serialPrefix}`;

  // Last digit has weight 1, so at most one of the five digits of the right parity passes modulus 11.
  const parity = sex === 'male' ? 1 : 0;
  const candidates = [0, 2, 4, 6, 8]
    .map((d) => d + parity)
    .filter((last) => !passesModulus11(`${base}${last}`));
  return `${base}${candidates[pick(candidates.length)]}`;
}

/** True when the number is valid, not dated 1 January, and fails modulus 11 (see above). */
export function isFictionalCpr(cpr: string): boolean {
  const parsed = parseCpr(cpr);
  if (!parsed.ok) return false;
  if (parsed.birthDate.endsWith('-01-01')) return false;
  return !passesModulus11(parsed.value);
}
