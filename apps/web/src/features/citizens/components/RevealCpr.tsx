import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { CitizenCprDocument } from '../graphql/citizens';

/**
 * Shows the full CPR number only when asked. The API logs each such read, so the user is told
 * before pressing; the number lives in this component's state only (never in the Apollo cache).
 */
export function RevealCpr({ citizenId, masked }: { citizenId: string; masked: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [cpr, setCpr] = useState<string>();
  const [busy, setBusy] = useState(false);
  const { error, run } = useFormSubmit();

  const reveal = () =>
    run(async () => {
      setBusy(true);
      try {
        const { data } = await client.query({
          query: CitizenCprDocument,
          variables: { id: citizenId },
          fetchPolicy: 'no-cache',
        });
        setCpr(data?.citizenCpr);
      } finally {
        setBusy(false);
      }
    });

  return (
    <div className="reveal-cpr">
      <p className="mono cpr-value" aria-live="polite">
        {cpr ? (
          <>
            <span className="visually-hidden">{t('citizens.fullCpr')}: </span>
            {cpr}
          </>
        ) : (
          masked
        )}
      </p>
      {cpr ? (
        <button type="button" className="button button--secondary button--small" onClick={() => setCpr(undefined)}>
          {t('citizens.hideCpr')}
        </button>
      ) : (
        <>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={reveal}
            disabled={busy}
            aria-describedby="cpr-logged-note"
          >
            {busy ? t('common.loading') : t('citizens.revealCpr')}
          </button>
          <p id="cpr-logged-note" className="field__hint">
            {t('citizens.revealCprNote')}
          </p>
        </>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
    </div>
  );
}
