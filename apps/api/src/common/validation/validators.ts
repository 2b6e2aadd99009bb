import { isPlausibleEmail, isValidDanishPhone, parseCpr } from '@act/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';

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

/** Text that is not only whitespace and carries no control characters. */
export const IsCleanText = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isCleanText',
      // eslint-disable-next-line no-control-regex
      validator: { validate: (v: unknown) => typeof v === 'string' && v.trim().length > 0 && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v) },
    },
    { message: 'Feltet skal udfyldes med almindelig tekst.', ...options },
  );
