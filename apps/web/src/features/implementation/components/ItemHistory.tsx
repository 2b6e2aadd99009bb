import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { ChecklistItemHistoryDocument, PhaseHistoryDocument } from '../graphql/implementation';
import { HistoryList } from './HistoryList';

/** The item's history, fetched when opened. */
export function ItemHistory({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="impl-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('implementation.history.item')}</summary>
      {open && <ItemHistoryList itemId={itemId} />}
    </details>
  );
}

function ItemHistoryList({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ChecklistItemHistoryDocument, { variables: { itemId }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading label={t('implementation.history.loading')} />;
  if (!data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  return <HistoryList events={data.checklistItemHistory} showItem={false} />;
}

export function PhaseHistoryList({ phase }: { phase: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PhaseHistoryDocument, { variables: { phase: phase as never }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading label={t('implementation.history.loading')} />;
  if (!data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  return <HistoryList events={data.implementationPhaseHistory} showItem />;
}
