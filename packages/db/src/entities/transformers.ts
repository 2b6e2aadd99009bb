import type { ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric as a string to keep precision; FTE has two decimals, so a number is safe. */
export const numericToNumber: ValueTransformer = {
  to: (value?: number | null) => value,
  from: (value?: string | null) => (value === null || value === undefined ? value : Number(value)),
};
