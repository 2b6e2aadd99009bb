import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { VisitFieldsFragment } from '../../../gql/graphql';
import { clockRange } from '../format';
import { OutcomeForm } from './OutcomeForm';
import { OutcomeBadge, PlaceText } from './VisitBits';

/** One visit on a phone screen: when, who, where (with the address), and a quick way to log it. */
export function VisitCard({ visit, conflict, showDate }: { visit: VisitFieldsFragment; conflict?: boolean; showDate?: string }) {
  const { t } = useTranslation();
  const [logging, setLogging] = useState(false);
  const { citizen } = visit;
  const headingId = `visit-${visit.id}-heading`;
  return (
    <li className={`visit-card${visit.outcome ? ' visit-card--logged' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="visit-card__title">
        <span className="visit-card__time">
          {showDate ? `${showDate} ` : ''}
          {clockRange(visit.plannedStart, visit.plannedEnd)}
        </span>{' '}
        <Link to={`/citizens/${citizen.id}`}>{citizen.name}</Link>
      </h3>
      <p className="visit-card__place">
        <PlaceText kind={visit.placeKind} text={visit.placeText} />
        {visit.placeKind === 'HOME' && citizen.address && (
          <>
            {' · '}
            <span className="visit-card__address">
              {citizen.address.street}, {citizen.address.postalCode} {citizen.address.city}
            </span>
          </>
        )}
      </p>
      {visit.placeKind === 'HOME' && citizen.address?.accessNote && <p className="muted">{citizen.address.accessNote}</p>}
      {visit.purpose && <p>{visit.purpose}</p>}
      <p className="muted">
        {t('visits.with', { names: visit.participants.map((p) => p.name).join(', ') })}
        {visit.seriesId && ` · ${t('visits.recurring')}`}
      </p>
      {conflict && <p className="visit-card__warning">{t('visits.doubleBookedHere')}</p>}
      {visit.outcome ? (
        <p>
          <OutcomeBadge outcome={visit.outcome} />
          {visit.actualMinutes ? ` ${t('visits.minutesShort', { count: visit.actualMinutes })}` : ''}
        </p>
      ) : logging ? (
        <OutcomeForm visit={visit} onDone={() => setLogging(false)} onCancel={() => setLogging(false)} />
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setLogging(true)} aria-describedby={headingId}>
            {t('visits.log')}
          </button>
          <Link className="button button--secondary" to={`/visits/${visit.id}`} aria-describedby={headingId}>
            {t('visits.details')}
          </Link>
          {citizen.phone && (
            <a className="button button--secondary" href={`tel:${citizen.phone.replace(/\s/g, '')}`} aria-describedby={headingId}>
              {t('visits.call')}
            </a>
          )}
        </div>
      )}
    </li>
  );
}
