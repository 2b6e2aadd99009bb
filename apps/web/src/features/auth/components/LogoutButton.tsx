import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LogoutDocument } from '../graphql/viewer';

export function LogoutButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutDocument);
  const [busy, setBusy] = useState(false);

  async function onLogout() {
    setBusy(true);
    try {
      await logout();
    } catch {
      // The server session may already be gone; the local data is cleared regardless.
    }
    await client.clearStore();
    void navigate('/login', { replace: true, state: { loggedOut: true } });
  }

  return (
    <button type="button" className="button button--secondary button--small" onClick={() => void onLogout()} disabled={busy}>
      {busy ? t('auth.loggingOut') : t('auth.logout')}
    </button>
  );
}
