import { createHash, randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: recovery codes are read off paper and typed by hand. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;
export const RECOVERY_CODE_COUNT = 10;

/** A recovery code like `K7QM-3RTA-WX9P-2HNC` (16 symbols of 31, ~79 bits). */
export function newRecoveryCode(): string {
  const groups = Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/** Upper case without spaces and dashes, as typed codes are compared. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** The stored form: SHA-256 over the user id and the code (the code's own entropy is what protects it). */
export function hashRecoveryCode(userId: string, code: string): Buffer {
  return createHash('sha256').update(`${userId}:${normaliseRecoveryCode(code)}`).digest();
}

/** A 6-digit authenticator code (spaces allowed, as apps show "123 456"); anything else is a recovery code. */
export function asTotpCode(code: string): string | null {
  const digits = code.replace(/\s/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}
