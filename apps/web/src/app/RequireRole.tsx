import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/PageTitle';
import { useViewer, type Role } from './viewer';

/** Shows a page only to the roles it is for; the API checks access again on every request. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const viewer = useViewer();
  return roles.includes(viewer.role) ? children : <Forbidden />;
}

function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t('errors.forbiddenTitle'));
  return (
    <>
      <h1>{t('errors.forbiddenTitle')}</h1>
      <p>{t('errors.FORBIDDEN')}</p>
    </>
  );
}
