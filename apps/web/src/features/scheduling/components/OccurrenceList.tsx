import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDanishTimeRange } from '@act/domain';
import type { OccurrenceFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';
import { StatusBadge } from './StatusBadge';

/** Occurrences as cards: what and when (a link to the occurrence), title, place and status in words. */
export function OccurrenceList({ occurrences, empty }: { occurrences: readonly OccurrenceFieldsFragment[]; empty: string }) {
  const { t, i18n } = useTranslation();
  if (occurrences.length === 0) return <p>{empty}</p>;
  return (
    <ul className="card-list">
      {occurrences.map((o) => (
        <li key={o.id} className="card occurrence-card">
          <p className="card__title">
            <Link to={`/occurrences/${o.id}`}>
              {t(`scheduling.kind.${o.kind}`)}: {formatDanishTimeRange(new Date(o.startsAt), new Date(o.endsAt))}
            </Link>
          </p>
          <p className="muted">
            {o.title !== t(`scheduling.kind.${o.kind}`) && <>{o.title} · </>}
            {o.place}
          </p>
          <p>
            <StatusBadge status={o.status} endsAt={o.endsAt} />
            {o.moved && <span className="muted"> {t('scheduling.occurrence.movedFrom', { date: formatDate(`${o.originalDate}T12:00:00Z`, i18n.language) })}</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
