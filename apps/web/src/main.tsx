import { StrictMode, isValidElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router/dom';
import './i18n';
import './styles.css';
import { client, setMfaEnrolmentRequiredHandler, setUnauthenticatedHandler } from './app/apollo';
import { router, type RouteHandle } from './app/router';
import { MeDocument } from './features/auth/graphql/viewer';

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

/** Starts the code of a route's element (a lazy page, possibly inside RequireRole) now. */
function preloadElement(node: ReactNode): void {
  if (!isValidElement(node)) return;
  (node.type as { preload?: () => void }).preload?.();
  preloadElement((node.props as { children?: ReactNode }).children);
}

// Start-up (issue 16): the session, the first page's code with the pages' words, and the first
// page's own query all start now, in parallel, instead of one after the other as each rendered
// component asked for the next. The components take the answers (lazy-page.ts, prefetch.ts).
// Me as the app shell asks for it (cache-first): it joins this request or reads its answer.
if (router.state.location.pathname !== '/login') void client.query({ query: MeDocument }).catch(() => undefined);
const search = new URLSearchParams(router.state.location.search);
// The page's query first: the server's time is the longest wait.
for (const match of router.state.matches) (match.route.handle as RouteHandle | undefined)?.prefetch?.(match.params, search);
for (const match of router.state.matches) preloadElement(match.route.element);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
