import { useTranslation } from 'react-i18next';

interface Props {
  shown: number;
  total?: number;
  hasNextPage: boolean;
  loading: boolean;
  onMore: () => void;
}

/** "Vis flere" for a Relay connection, with a count read out when it changes. */
export function ShowMore({ shown, total, hasNextPage, loading, onMore }: Props) {
  const { t } = useTranslation();
  return (
    <div className="show-more">
      <p role="status" className="muted">
        {total === undefined ? t('common.shownCount', { count: shown }) : t('common.shownOf', { shown, total })}
      </p>
      {hasNextPage && (
        <button type="button" className="button button--secondary" onClick={onMore} disabled={loading}>
          {loading ? t('common.loading') : t('common.showMore')}
        </button>
      )}
    </div>
  );
}
