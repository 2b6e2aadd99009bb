import { useTranslation } from 'react-i18next';
import { formatDay } from '../../care-plans/format';

/** The review date, with its state in words (not colour only) when it is due soon or past. */
export function ReviewFlag({ reviewOn, reviewState }: { reviewOn: string | null; reviewState: string }) {
  const { t, i18n } = useTranslation();
  if (!reviewOn) return <span className="muted">{t('agreements.noReview')}</span>;
  const flagged = reviewState === 'DUE_SOON' || reviewState === 'OVERDUE';
  return (
    <>
      {formatDay(reviewOn, i18n.language)}
      {flagged && (
        <>
          {' '}
          <strong className={`review-flag review-flag--${reviewState.toLowerCase()}`}>{t(`agreements.reviewState.${reviewState}`)}</strong>
        </>
      )}
    </>
  );
}
