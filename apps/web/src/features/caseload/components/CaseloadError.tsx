import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { apiErrors } from '../../../lib/graphql-errors';

export const LIMIT_CODE = 'CASELOAD_LIMIT_EXCEEDED';

/** The API's refusal under the max-10 rule, if `error` is one. */
export function limitError(error: unknown): string | undefined {
  return apiErrors(error).find((e) => e.code === LIMIT_CODE)?.message;
}

/**
 * A refused change: the max-10 rule's refusal stands out (icon, heading, the API's Danish
 * message naming the member and numbers); other errors read as everywhere else in the app.
 */
export function CaseloadError({ error, id }: { error: unknown; id?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const limit = limitError(error);
  if (!limit) {
    const first = apiErrors(error)[0];
    // Caseload refusals other than the limit (e.g. "not on this team") come as Danish BAD_USER_INPUT.
    return first ? (
      <div id={id}>
        <ErrorMessage error={error} />
      </div>
    ) : null;
  }
  return (
    <div id={id} role="alert" className="notice notice--error notice--limit" data-code={LIMIT_CODE}>
      <p className="notice__title">
        <span aria-hidden="true" className="icon-warning">
          !
        </span>
        {t('caseload.limitTitle')}
      </p>
      <p>{limit}</p>
    </div>
  );
}
