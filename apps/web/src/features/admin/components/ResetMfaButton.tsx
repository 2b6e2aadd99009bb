import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ResetUserMfaDocument } from '../graphql/admin';

/**
 * Admin: remove a user's two-step verification (a lost phone), after a second click to confirm.
 * The user's sessions end; where the policy requires it, the next login sets it up again.
 */
export function ResetMfaButton({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const [reset, { loading, error }] = useMutation(ResetUserMfaDocument);

  const confirm = async () => {
    const { data } = await reset({ variables: { input: { userId } } });
    if (data) {
      setAsking(false);
      setDone(true);
    }
  };

  return (
    <div className="reset-mfa">
      {!asking && (
        <button type="button" className="button button--secondary" onClick={() => { setDone(false); setAsking(true); }}>
          {t('admin.resetMfa')}
          <span className="visually-hidden"> {t('admin.forUser', { name })}</span>
        </button>
      )}
      {asking && (
        <div role="group" aria-label={t('admin.resetMfaConfirmLabel', { name })}>
          <p>{t('admin.resetMfaConfirm', { name })}</p>
          <div className="button-row">
            <button type="button" className="button" disabled={loading} onClick={() => void confirm().catch(() => undefined)}>
              {t('admin.resetMfaYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
      <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
        {done ? t('admin.resetMfaDone', { name }) : ''}
      </p>
    </div>
  );
}
