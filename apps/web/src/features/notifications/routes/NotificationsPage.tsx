import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { ShowMore } from '../../../components/ShowMore';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../graphql/notifications';
import '../notifications.css';

const PAGE = 20;

/** The viewer's notifications, newest first: open the thing it is about, mark read, mark all read. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [status, setStatus] = useState('');
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsDocument, {
    variables: { first: PAGE, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const count = useQuery(UnreadNotificationCountDocument);
  // The header's bell shows the count: refetch it (an active query) after every change.
  const [markAll, markingAll] = useMutation(MarkAllNotificationsReadDocument, { refetchQueries: [UnreadNotificationCountDocument], awaitRefetchQueries: true });
  const { error: actionError, run } = useFormSubmit();
  const connection = data?.notifications;
  const nodes = connection?.edges.map((e) => e.node) ?? [];
  const unread = count.data?.unreadNotificationCount ?? 0;

  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <p className="lead">{t('notifications.unread', { count: unread })}</p>
      <div className="button-row">
        {unread > 0 && (
          <button
            type="button"
            className="button button--secondary"
            disabled={markingAll.loading}
            onClick={() =>
              run(async () => {
                const res = await markAll();
                await refetch();
                setStatus(t('notifications.allMarked', { count: res.data?.markAllNotificationsRead ?? 0 }));
              })
            }
          >
            {t('notifications.markAll')}
          </button>
        )}
        <Link className="button button--secondary" to="/notifications/settings">
          {t('notifications.settingsLink')}
        </Link>
      </div>
      <div className="checkbox">
        <input id="unread-only" type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
        <label htmlFor="unread-only">{t('notifications.unreadOnly')}</label>
      </div>
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {actionError !== undefined && <ErrorMessage error={actionError} />}
      {loading && !data && <Loading />}
      {!data && error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && nodes.length === 0 && <p>{unreadOnly ? t('notifications.noneUnread') : t('notifications.none')}</p>}
      {nodes.length > 0 && (
        <ul className="notification-list" aria-label={t('notifications.title')}>
          {nodes.map((n) => (
            <NotificationItem key={n.id} notification={n} run={run} />
          ))}
        </ul>
      )}
      {connection && (
        <ShowMore
          shown={nodes.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          loading={loading}
          onMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        />
      )}
    </>
  );
}

function NotificationItem({ notification: n, run }: { notification: NotificationFieldsFragment; run: (action: () => unknown) => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [markRead, marking] = useMutation(MarkNotificationReadDocument, { refetchQueries: [UnreadNotificationCountDocument], awaitRefetchQueries: true });
  const headingId = `notification-${n.id}`;
  const read = () => markRead({ variables: { id: n.id } });
  return (
    <li className={`notification${n.readAt ? '' : ' notification--unread'}`} aria-labelledby={headingId}>
      <p id={headingId} className="notification__title">
        {n.title}
        {!n.readAt && <span className="visually-hidden"> ({t('notifications.unreadMark')})</span>}
      </p>
      <p className="notification__text">{n.text}</p>
      <p className="muted">{t('notifications.received', { when: formatDateTime(n.createdAt, i18n.language) })}</p>
      <div className="button-row">
        {n.link && (
          <Link
            className="button button--small"
            to={n.link}
            aria-describedby={headingId}
            onClick={(event) => {
              if (n.readAt) return;
              event.preventDefault();
              run(async () => {
                await read();
                await navigate(n.link!);
              });
            }}
          >
            {t('notifications.open')}
          </Link>
        )}
        {!n.readAt && (
          <button type="button" className="button button--secondary button--small" disabled={marking.loading} aria-describedby={headingId} onClick={() => run(read)}>
            {t('notifications.markRead')}
          </button>
        )}
      </div>
    </li>
  );
}
