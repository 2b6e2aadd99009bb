import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatDateTime } from '../../../lib/format-date';
import { CreateCalendarFeedDocument, MyCalendarFeedDocument, RevokeCalendarFeedDocument } from '../graphql/visits';

/**
 * The personal calendar feed: a secret address a phone calendar can subscribe to. The address
 * is shown once, when made; making a new one or stopping it makes the old one useless.
 */
export function CalendarFeedPanel() {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(MyCalendarFeedDocument);
  const [url, setUrl] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateCalendarFeedDocument, { refetchQueries: [MyCalendarFeedDocument] });
  const [revoke, revoking] = useMutation(RevokeCalendarFeedDocument, { refetchQueries: [MyCalendarFeedDocument] });
  const feed = data?.myCalendarFeed;
  const makeNew = async () => {
    const result = await create().catch(() => null);
    const path = result?.data?.createCalendarFeed.path;
    if (path) setUrl(`${window.location.origin}${path}`);
  };
  return (
    <section aria-labelledby="feed-heading" className="panel">
      <h2 id="feed-heading">{t('visits.feed.title')}</h2>
      <p>{t('visits.feed.intro')}</p>
      {error && <ErrorMessage error={error} />}
      {url && (
        <div className="notice notice--success" role="status">
          <p>{t('visits.feed.created')}</p>
          <label htmlFor="feed-url">{t('visits.feed.address')}</label>
          <input id="feed-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      {feed?.active && !url && (
        <p>
          {t('visits.feed.active', { when: feed.createdAt ? formatDateTime(feed.createdAt, i18n.language) : '' })}
          {feed.lastUsedAt && ` ${t('visits.feed.lastUsed', { when: formatDateTime(feed.lastUsedAt, i18n.language) })}`}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={creating.loading} onClick={() => void makeNew()}>
          {feed?.active ? t('visits.feed.renew') : t('visits.feed.create')}
        </button>
        {feed?.active && (
          <button
            type="button"
            className="button button--secondary"
            disabled={revoking.loading}
            onClick={() => void revoke().then(() => setUrl(null))}
          >
            {t('visits.feed.revoke')}
          </button>
        )}
      </div>
      {(creating.error || revoking.error) && <ErrorMessage error={creating.error ?? revoking.error} />}
    </section>
  );
}
