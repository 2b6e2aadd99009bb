import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title ("Team Nord – ACT") for screen reader users and browser tabs. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} – ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
