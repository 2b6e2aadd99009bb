import { useTranslation } from 'react-i18next';

/** Progress text in a polite live region, so screen readers hear "Henter …" too. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {label ?? t('common.loading')}
    </p>
  );
}
