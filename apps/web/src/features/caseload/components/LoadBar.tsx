import { useTranslation } from 'react-i18next';

interface Props {
  load: number;
  capacity: number;
  allowed: number;
  overCapacity: boolean;
}

/**
 * A member's load against capacity, in words first ("8 af 10") and as a bar second; over
 * capacity is said in red text with an icon, never by colour alone.
 */
export function LoadBar({ load, capacity, allowed, overCapacity }: Props) {
  const { t } = useTranslation();
  const limit = Math.max(allowed, capacity);
  if (limit === 0 && load === 0) return <p className="muted">{t('caseload.noCaseload')}</p>;
  const scale = Math.max(limit, load, 1);
  const fill = Math.min(100, (load / scale) * 100);
  const capacityMark = (capacity / scale) * 100;
  const full = !overCapacity && load >= allowed;
  return (
    <div className="load">
      <p className="load__text">
        <strong>{t('caseload.loadOf', { load, capacity })}</strong>
        {allowed > capacity && <span> {t('caseload.withException', { allowed })}</span>}
        {overCapacity ? (
          <span className="load__over">
            <span aria-hidden="true" className="icon-warning">
              !
            </span>
            {t('caseload.overCapacity')}
          </span>
        ) : full ? (
          <span className="load__full"> – {t('caseload.full')}</span>
        ) : (
          <span className="muted"> – {t('caseload.freePlaces', { count: allowed - load })}</span>
        )}
      </p>
      <div className={overCapacity ? 'load__bar load__bar--over' : 'load__bar'} aria-hidden="true">
        <div className="load__fill" style={{ width: `${fill}%` }} />
        {capacity > 0 && capacity < scale && <div className="load__mark" style={{ left: `${capacityMark}%` }} />}
      </div>
    </div>
  );
}
