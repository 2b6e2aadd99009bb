import { useTranslation } from 'react-i18next';
import type { OccurrenceStatus } from '../../../gql/graphql';
import { useNow } from '../use-now';

/** The status in words (never colour alone); a planned meeting that is over asks to be recorded. */
export function StatusBadge({ status, endsAt }: { status: OccurrenceStatus; endsAt: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const overdue = status === 'PLANNED' && new Date(endsAt).getTime() < now;
  const key = overdue ? 'NEEDS_RECORDING' : status;
  return <span className={`status-badge status-badge--${key}`}>{t(`scheduling.status.${key}`)}</span>;
}
