import { COMMON_PASSWORDS } from './common-passwords';

/** Password policy: 12–256 characters, not a common password. Hashing (argon2id) is the API's job. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordPolicyResult = { ok: true } | { ok: false; reason: 'too_short' | 'too_long' | 'common' };

const COMMON = new Set(COMMON_PASSWORDS.map((pw) => pw.normalize('NFC').toLowerCase()));
const PADDED_WORD = /^\d*(password|kodeord)\d*$/;
const ONE_REPEATED_CHARACTER = /^(.)\1*$/su;

/** Length in characters as a person counts them (code points, NFC), not UTF-16 units. */
function characterCount(pw: string): number {
  return [...pw.normalize('NFC')].length;
}

export function checkPasswordPolicy(pw: string): PasswordPolicyResult {
  if (typeof pw !== 'string') return { ok: false, reason: 'too_short' };
  const length = characterCount(pw);
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, reason: 'too_short' };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, reason: 'too_long' };
  if (isCommonPassword(pw)) return { ok: false, reason: 'common' };
  return { ok: true };
}

/** Case-insensitive match against the common list, one repeated character, or "password"/"kodeord" padded with digits. */
export function isCommonPassword(pw: string): boolean {
  const normalised = pw.normalize('NFC').toLowerCase();
  const trimmed = normalised.trim();
  return (
    COMMON.has(normalised) ||
    COMMON.has(trimmed) ||
    ONE_REPEATED_CHARACTER.test(normalised) ||
    PADDED_WORD.test(trimmed)
  );
}
