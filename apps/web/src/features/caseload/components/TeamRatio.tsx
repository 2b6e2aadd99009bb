import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../format';
import type { TeamCaseloadData } from '../types';

/** "7,8 borgere pr. årsværk — grænsen er 10", with the verdict in words. */
export function TeamRatio({ caseload }: { caseload: TeamCaseloadData }) {
  const { t, i18n } = useTranslation();
  const { ratio, ratioWithinLimit, activeCitizens, primaryFte } = caseload;
  return (
    <div className={ratioWithinLimit ? 'ratio' : 'ratio ratio--over'}>
      {ratio === null || ratio === undefined ? (
        <p className="ratio__value">{t('caseload.noRatio')}</p>
      ) : (
        <p className="ratio__value">
          {t('caseload.ratio', { ratio: formatDecimal(ratio, i18n.language) })}{' '}
          {ratioWithinLimit ? (
            <span className="ratio__verdict">{t('caseload.ratioWithin')}</span>
          ) : (
            <span className="ratio__verdict ratio__verdict--over">
              <span aria-hidden="true" className="icon-warning">
                !
              </span>
              {t('caseload.ratioOver')}
            </span>
          )}
        </p>
      )}
      <p className="muted">
        {t('caseload.ratioBasis', { count: activeCitizens, fte: formatDecimal(primaryFte, i18n.language, 2) })}
      </p>
    </div>
  );
}
