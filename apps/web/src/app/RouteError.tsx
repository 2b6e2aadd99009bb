import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/PageTitle';

/** Last resort: unknown address, or a page that failed to load (e.g. after a new release). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const title = notFound ? t('errors.pageNotFoundTitle') : t('errors.pageFailedTitle');
  usePageTitle(title);
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{title}</h1>
      <p>{notFound ? t('errors.pageNotFound') : t('errors.pageFailed')}</p>
      <p>
        <Link to="/">{t('errors.goHome')}</Link>
      </p>
    </main>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('errors.pageNotFoundTitle'));
  return (
    <>
      <h1>{t('errors.pageNotFoundTitle')}</h1>
      <p>{t('errors.pageNotFound')}</p>
      <p>
        <Link to="/">{t('errors.goHome')}</Link>
      </p>
    </>
  );
}
