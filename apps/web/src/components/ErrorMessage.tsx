import { useTranslation } from 'react-i18next';
import { apiErrors } from '../lib/graphql-errors';

const KNOWN = new Set([
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'NETWORK',
  'SERVER',
]);

/** One error, in plain Danish, with what to do next. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const first = apiErrors(error)[0];
  if (!first) return null;
  const code = KNOWN.has(first.code) ? first.code : 'UNKNOWN';
  // The API writes Danish messages for input and conflicts; show those as they are.
  const apiText = code === 'BAD_USER_INPUT' || code === 'CONFLICT' ? first.message : undefined;
  return (
    <div role="alert" className="notice notice--error">
      <p>{apiText ?? t(`errors.${code}`)}</p>
      {onRetry && (code === 'NETWORK' || code === 'SERVER' || code === 'UNKNOWN') && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
