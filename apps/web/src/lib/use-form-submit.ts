import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clientErrors, fieldId, hasErrors, NO_ERRORS, serverErrors, type FieldIdOf, type FormErrors } from './form-errors';

/** A submitted form's values, read as text (an absent field or a file gives ''). */
export class FormValues {
  constructor(readonly data: FormData) {}

  static of(form: HTMLFormElement): FormValues {
    return new FormValues(new FormData(form));
  }

  text(name: string): string {
    const value = this.data.get(name);
    return typeof value === 'string' ? value : '';
  }

  /** A checkbox: ticked or not. */
  checked(name: string): boolean {
    return this.data.get(name) === 'on';
  }
}

/** The action a form runs on submit. Returning `false` means "not sent" (a client-side check failed). */
export type SubmitAction = (values: FormValues, form: HTMLFormElement) => unknown;

export interface FormSubmit {
  /** The last attempt's error from the API or the network, for `<ErrorMessage>`; undefined when none. */
  error: unknown;
  /** The same, but only when part of it is tied to none of `fields` (shown by the fields otherwise). */
  generalError: unknown;
  /** Messages by field and for `<ErrorSummary>`: the client checks', else the API's for `fields`. */
  errors: FormErrors;
  /** Counts the attempts, so `<ErrorSummary>` takes focus again on each one. */
  attempt: number;
  /** The last attempt went through. */
  done: boolean;
  /** The form's onSubmit: no page load, old errors cleared, `action` run, its error kept. */
  submit: (action: SubmitAction, options?: { reset?: boolean }) => (event: FormEvent<HTMLFormElement>) => void;
  /** A check inside an action: shows the messages (by field, and one for the whole form); true when there are none. */
  check: (byField: Record<string, string | undefined>, general?: string) => boolean;
  /** The same error handling for a button outside a form (e.g. "Fjern"). */
  run: (action: () => unknown) => void;
  /** For small forms without a summary: focus the first of `fields` that has a message. */
  focusFirst: (byField: Record<string, string | undefined>) => void;
}

/**
 * One submit cycle for every form: prevent the page load, count the attempt, clear the last
 * errors, check on the client, send, and keep the API's answer — per field where it names one
 * of `fields` (in that order in the summary), otherwise as a general error. Danish messages come
 * from the API or `errors.*`; the components (`ErrorSummary`, `ErrorMessage`, `TextField`) do
 * the focus and aria wiring.
 */
export function useFormSubmit(fields: readonly string[] = [], idOf: FieldIdOf = fieldId): FormSubmit {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);

  async function attemptWith(action: () => unknown, after?: () => void): Promise<void> {
    setAttempt((n) => n + 1);
    setErrors(NO_ERRORS);
    setError(undefined);
    setDone(false);
    try {
      if ((await action()) === false) return;
      after?.();
      setDone(true);
    } catch (e) {
      setError(e);
      setErrors(serverErrors(e, fields, t, idOf));
    }
  }

  return {
    error,
    generalError: errors.summary.some((item) => !item.fieldId) ? error : undefined,
    errors,
    attempt,
    done,
    submit: (action, { reset = false } = {}) => (event) => {
      event.preventDefault();
      const form = event.currentTarget;
      void attemptWith(
        () => action(FormValues.of(form), form),
        reset ? () => form.reset() : undefined,
      );
    },
    check: (byField, general) => {
      const messages = Object.fromEntries(Object.entries(byField).filter((e): e is [string, string] => Boolean(e[1])));
      const found = clientErrors(messages, fields, idOf);
      if (general) found.summary.push({ message: general });
      setErrors(found);
      return !hasErrors(found);
    },
    run: (action) => void attemptWith(action),
    focusFirst: (byField) => {
      const first = fields.find((field) => byField[field]);
      if (first) document.getElementById(idOf(first))?.focus();
    },
  };
}
