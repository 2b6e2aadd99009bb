import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format-date';

interface Event {
  id: string;
  action: string;
  itemText?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  changedFields: string[];
  actorName: string;
  at: string;
}

/** Events newest first: who, when, what changed, and why. */
export function HistoryList({ events, showItem }: { events: Event[]; showItem: boolean }) {
  const { t } = useTranslation();
  if (!events.length) return <p>{t('implementation.history.none')}</p>;
  const what = (e: Event) => {
    switch (e.action) {
      case 'STATUS_CHANGED':
      case 'REOPENED':
        return t(`implementation.history.action.${e.action}`, {
          from: e.fromStatus ? t(`implementation.status.${e.fromStatus}`) : '',
          to: e.toStatus ? t(`implementation.status.${e.toStatus}`) : '',
        });
      case 'CHANGED':
        return t('implementation.history.action.CHANGED', { fields: e.changedFields.map((f) => t(`implementation.history.field.${f}`)).join(', ') });
      default:
        return t(`implementation.history.action.${e.action}`);
    }
  };
  return (
    <ol className="impl-history">
      {events.map((e) => (
        <li key={e.id}>
          <p>
            <strong>{what(e)}</strong>
            {showItem && e.itemText && <> – {e.itemText}</>}
          </p>
          {e.reason && <p>{t('implementation.history.reason', { reason: e.reason })}</p>}
          <p className="muted">{t('implementation.history.byWhen', { name: e.actorName, when: formatDateTime(e.at) })}</p>
        </li>
      ))}
    </ol>
  );
}
