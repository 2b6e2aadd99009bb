import type { TFunction } from 'i18next';
import type { SummaryItem } from '../components/ErrorSummary';
import { apiErrors, fieldErrors } from './graphql-errors';

export interface FormErrors {
  /** Messages keyed by the API's input field name ("cpr", "address.street"). */
  byField: Record<string, string>;
  summary: SummaryItem[];
}

export const NO_ERRORS: FormErrors = { byField: {}, summary: [] };

/** Field id in the DOM for an API field name: "address.street" → "address-street". */
export const fieldId = (field: string): string => field.replace(/\./g, '-');

/** How a form names the DOM id of a field (default: `fieldId`). */
export type FieldIdOf = (field: string) => string;

function summarise(byField: Record<string, string>, order: readonly string[], idOf: FieldIdOf): SummaryItem[] {
  return order.filter((f) => byField[f]).map((f) => ({ fieldId: idOf(f), message: byField[f] }));
}

/** Errors found before sending (e.g. an empty required field). */
export function clientErrors(byField: Record<string, string>, order: readonly string[], idOf: FieldIdOf = fieldId): FormErrors {
  return { byField, summary: summarise(byField, order, idOf) };
}

/** Errors from the API: per field where it names one, otherwise a general message. */
export function serverErrors(error: unknown, order: readonly string[], t: TFunction, idOf: FieldIdOf = fieldId): FormErrors {
  const { byField, other } = fieldErrors(error, order);
  const general = other.map((e) => ({
    message: e.code === 'BAD_USER_INPUT' || e.code === 'CONFLICT' ? e.message : t(`errors.${knownCode(e.code)}`),
  }));
  return { byField, summary: [...summarise(byField, order, idOf), ...general] };
}

const CODES = ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'NETWORK', 'SERVER'];
function knownCode(code: string): string {
  return CODES.includes(code) ? code : 'UNKNOWN';
}

export const hasErrors = (errors: FormErrors): boolean => errors.summary.length > 0;
export { apiErrors };
