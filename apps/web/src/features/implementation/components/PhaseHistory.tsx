import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PhaseHistoryList } from './ItemHistory';

/** The phase's history (its items and revisits), fetched when opened. */
export function PhaseHistory({ phase, title }: { phase: string; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="impl-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('implementation.history.phase', { title })}</summary>
      {open && <PhaseHistoryList phase={phase} />}
    </details>
  );
}
