/**
 * Danish phone numbers: 8 digits (first digit 2–9; numbers starting 0 or 1 are not subscriber
 * numbers), optionally prefixed +45 or 0045. Spaces, dashes, dots and parentheses are ignored.
 */

const SEPARATORS = /[\s\-.()]/g;
const DANISH_NUMBER = /^(?:\+45|0045)?([2-9]\d{7})$/;

/** The 8 national digits, or null when the input is not a Danish phone number. */
export function danishPhoneDigits(input: string): string | null {
  if (typeof input !== 'string') return null;
  const match = DANISH_NUMBER.exec(input.replace(SEPARATORS, ''));
  return match ? match[1] : null;
}

export function isValidDanishPhone(input: string): boolean {
  return danishPhoneDigits(input) !== null;
}

/** Stored form, E.164: "+4512345678"; null when invalid. */
export function normaliseDanishPhone(input: string): string | null {
  const digits = danishPhoneDigits(input);
  return digits === null ? null : `+45${digits}`;
}

/** Display form: "12 34 56 78"; null when invalid. */
export function formatDanishPhone(input: string): string | null {
  const digits = danishPhoneDigits(input);
  return digits === null ? null : digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}
