import { Suspense, useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MeDocument } from '../features/auth/graphql/viewer';
import { LogoutButton } from '../features/auth/components/LogoutButton';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { activeNavItem, navigationFor } from './navigation';
import { ViewerContext } from './viewer';

const MFA_SETUP_PATH = '/mfa/setup';

/** Header, role-based navigation and main landmark around every logged-in page. */
export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(MeDocument);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page like a full page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  if (loading && !data) {
    return (
      <main id="main" className="page">
        <Loading />
      </main>
    );
  }
  if (error) {
    return (
      <main id="main" className="page">
        <h1>{t('app.name')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </main>
    );
  }
  const viewer = data?.me;
  if (!viewer) {
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  }
  // The municipality requires two-step verification and none is set up: only its setup page.
  if (viewer.mfaEnrolmentRequired) {
    if (location.pathname !== MFA_SETUP_PATH) return <Navigate to={MFA_SETUP_PATH} replace />;
    return (
      <ViewerContext value={viewer}>
        <a className="skip-link" href="#main">
          {t('app.skipLink')}
        </a>
        <header className="site-header">
          <div className="site-header__top">
            <p className="site-header__brand">
              {t('app.name')}
              <span className="site-header__tenant">{viewer.tenantName}</span>
            </p>
            <div className="site-header__user">
              <span>
                <span className="visually-hidden">{t('app.loggedInAs')} </span>
                {viewer.name}
              </span>
              <LogoutButton />
            </div>
          </div>
        </header>
        <main id="main" ref={mainRef} tabIndex={-1} className="page">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </ViewerContext>
    );
  }
  const navItems = navigationFor(viewer.role);
  const activeItem = activeNavItem(navItems, location.pathname);

  return (
    <ViewerContext value={viewer}>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__top">
          <p className="site-header__brand">
            {t('app.name')}
            <span className="site-header__tenant">{viewer.tenantName}</span>
          </p>
          <div className="site-header__user">
            <NotificationBell />
            <Link to="/account" aria-current={location.pathname === '/account' ? 'page' : undefined}>
              <span className="visually-hidden">{t('app.loggedInAs')} </span>
              {viewer.name}
              <span className="visually-hidden">{t('account.linkSuffix')}</span>
            </Link>
            <Link to="/sessions" className="site-header__link" aria-current={location.pathname === '/sessions' ? 'page' : undefined}>
              {t('sessions.menuLink')}
            </Link>
            <LogoutButton />
          </div>
        </div>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            {navItems.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item.to === activeItem ? 'page' : undefined}>
                  {t(item.labelKey)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="page">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </ViewerContext>
  );
}
