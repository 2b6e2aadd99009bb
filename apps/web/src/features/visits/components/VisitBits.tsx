import { useTranslation } from 'react-i18next';
import type { VisitOutcome, VisitPlace } from '../../../gql/graphql';

export interface DoubleBooking {
  memberId: string;
  memberName: string;
  visitIds: string[];
}

export function PlaceText({ kind, text }: { kind: VisitPlace; text?: string | null }) {
  const { t } = useTranslation();
  return <>{kind === 'OTHER' && text ? text : t(`visits.place.${kind}`)}</>;
}

export function OutcomeBadge({ outcome }: { outcome: VisitOutcome | null | undefined }) {
  const { t } = useTranslation();
  const kind = outcome ?? 'PLANNED';
  return <span className={`badge visit-badge visit-badge--${kind.toLowerCase()}`}>{t(`visits.outcome.${kind}`)}</span>;
}

/** "Anne Holm er booket to steder samtidig …" — a warning, never a refusal. */
export function DoubleBookingNotice({ bookings }: { bookings: DoubleBooking[] }) {
  const { t } = useTranslation();
  if (!bookings.length) return null;
  const names = [...new Set(bookings.map((b) => b.memberName))];
  return (
    <div role="status" className="notice notice--warning">
      <p>{t('visits.doubleBooked', { names: names.join(', '), count: names.length })}</p>
    </div>
  );
}
