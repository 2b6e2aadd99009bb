import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** id of the input to jump to; absent for errors not tied to a field. */
  fieldId?: string;
  message: string;
}

/**
 * Lists a form's errors at the top and takes focus, so keyboard and screen reader users
 * learn at once what to fix; each item moves focus to its field.
 */
export function ErrorSummary({ items, attempt }: { items: SummaryItem[]; attempt: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [attempt, items.length]);
  if (!items.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="notice notice--error error-summary" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('form.errorSummaryTitle')}</h2>
      <ul>
        {items.map((item, index) =>
          item.fieldId ? (
            <li key={index}>
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.fieldId!)?.focus();
                }}
              >
                {item.message}
              </a>
            </li>
          ) : (
            <li key={index}>{item.message}</li>
          ),
        )}
      </ul>
    </div>
  );
}
