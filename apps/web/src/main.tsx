import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router/dom';
import './i18n';
import './styles.css';
import { client, setMfaEnrolmentRequiredHandler, setUnauthenticatedHandler } from './app/apollo';
import { router } from './app/router';

// A session that ends mid-use (expiry, logout elsewhere, account disabled) leads back to login.
setUnauthenticatedHandler(() => {
  if (router.state.location.pathname === '/login') return;
  const from = router.state.location.pathname;
  void client.clearStore().then(() => router.navigate('/login', { replace: true, state: { expired: true, from } }));
});

// A session the municipality's policy now holds to two-step verification (policy or role changed,
// or an admin reset it): ask who is logged in again; the app shell then shows only the setup.
setMfaEnrolmentRequiredHandler(() => {
  void client.refetchQueries({ include: ['Me'] });
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
