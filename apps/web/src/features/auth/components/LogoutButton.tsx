import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ViewerSsoDocument } from '../graphql/sso';
import { LogoutDocument } from '../graphql/viewer';

export function LogoutButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutDocument);
  const [busy, setBusy] = useState(false);
  const sso = useQuery(ViewerSsoDocument);

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

  // A single sign-on session is ended at the IdP too: the API ends ours and redirects there.
  if (sso.data?.me?.signedInWithSso) {
    return (
      <form method="post" action="/auth/sso/logout" onSubmit={() => setBusy(true)}>
        <button type="submit" className="button button--secondary button--small" disabled={busy}>
          {busy ? t('auth.loggingOut') : t('auth.logout')}
        </button>
      </form>
    );
  }

  return (
    <button type="button" className="button button--secondary button--small" onClick={() => void onLogout()} disabled={busy}>
      {busy ? t('auth.loggingOut') : t('auth.logout')}
    </button>
  );
}
