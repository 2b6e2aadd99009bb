import { isIsoDate, isPlausibleEmail, isUuid, isValidDanishPhone, parseCpr } from '@act/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** An id: a UUID (the domain's rule, as ParseIdPipe uses it); anything else is bad input, never a database error. */
export const IsId = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isId', validator: { validate: (v: unknown) => isUuid(v) } }, { message: 'Ukendt id.', ...options });

export const DATE_MESSAGE = 'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-12-01.';

/**
 * A real calendar day written YYYY-MM-DD (the domain's `isIsoDate`, as ParseOptionalDatePipe
 * uses it), optionally within `years` (inclusive).
 */
export const IsIsoDate = ({ years, ...options }: ValidationOptions & { years?: readonly [number, number] } = {}) =>
  ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (v: unknown) =>
          typeof v === 'string' && isIsoDate(v) && (!years || (Number(v.slice(0, 4)) >= years[0] && Number(v.slice(0, 4)) <= years[1])),
      },
    },
    { message: DATE_MESSAGE, ...options },
  );

/** A Danish CPR number (DDMMYY-SSSS or ten digits) with a real date. */
export const IsCpr = (options?: ValidationOptions) =>
  ValidateBy(
    { name: 'isCpr', validator: { validate: (v: unknown) => typeof v === 'string' && parseCpr(v).ok } },
    { message: 'CPR-nummeret er ikke gyldigt. Skriv det som 10 cifre, fx 010190-1234.', ...options },
  );

export const IsDanishPhone = (options?: ValidationOptions) =>
  ValidateBy(
    { name: 'isDanishPhone', validator: { validate: (v: unknown) => typeof v === 'string' && isValidDanishPhone(v) } },
    { message: 'Telefonnummeret skal have 8 cifre, fx 20 12 34 56.', ...options },
  );

export const IsPlausibleEmail = (options?: ValidationOptions) =>
  ValidateBy(
    { name: 'isPlausibleEmail', validator: { validate: (v: unknown) => typeof v === 'string' && isPlausibleEmail(v) } },
    { message: 'E-mailadressen ser forkert ud. Skriv den som navn@domæne.dk.', ...options },
  );

/** Control characters other than tab, line feed and carriage return: never part of typed text. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Text that is not only whitespace and carries no control characters. */
export const IsCleanText = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isCleanText',
      validator: { validate: (v: unknown) => typeof v === 'string' && v.trim().length > 0 && !CONTROL_CHARACTERS.test(v) },
    },
    { message: 'Feltet skal udfyldes med almindelig tekst.', ...options },
  );

/** Text (possibly empty) without control characters. */
export const IsPlainText = (options?: ValidationOptions) =>
  ValidateBy(
    { name: 'isPlainText', validator: { validate: (v: unknown) => typeof v === 'string' && !CONTROL_CHARACTERS.test(v) } },
    { message: 'Feltet må kun indeholde almindelig tekst.', ...options },
  );

/**
 * A finite number with at most `places` decimals — for every number JSON can carry. Written
 * here instead of class-validator's `maxDecimalPlaces`, which reads `String(value)` and throws a
 * TypeError on exponent notation (1e-7, 5e-324), so a tiny number became an internal error.
 */
export function hasAtMostDecimals(value: unknown, places: number): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  // toFixed never throws for a finite number; equal again only when nothing was rounded away.
  return Number(value.toFixed(places)) === value;
}

export const FTE_MESSAGE = 'Normering skal være mellem 0,01 og 1,0 (37 timer om ugen = 1,0) med højst to decimaler.';

/** A member's FTE: 0.01–1.0 with at most two decimals (37 hours a week = 1.0). */
export const IsFte = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isFte',
      validator: { validate: (v: unknown) => hasAtMostDecimals(v, 2) && v >= 0.01 && v <= 1 },
    },
    { message: FTE_MESSAGE, ...options },
  );


/**
 * No two items of a list are the same: scalars by value, objects by `identity` (items without
 * one, e.g. a new goal without a key, are not compared). A repeated item would be written twice
 * (ON CONFLICT affecting a row twice, a unique violation) or silently once; both are wrong.
 */
export const UniqueItems = (identity: string | null, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'uniqueItems',
      constraints: [identity],
      validator: {
        validate: (v: unknown) => {
          if (!Array.isArray(v)) return true; // the list's own type checks report this
          const seen = new Set<unknown>();
          for (const item of v as unknown[]) {
            const key = identity === null ? item : (item as Record<string, unknown> | null)?.[identity];
            if (key === null || key === undefined) continue;
            if (seen.has(key)) return false;
            seen.add(key);
          }
          return true;
        },
      },
    },
    { message: 'Det samme er valgt to gange. Fjern det ene, og prøv igen.', ...options },
  );
