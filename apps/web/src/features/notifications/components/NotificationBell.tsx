import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UnreadNotificationCountDocument } from '../graphql/notifications';
import '../notifications.css';

/** How often the header asks for new notifications (the worker writes them in the background). */
const POLL_MS = 60_000;

/** The bell in the header: a link to the notifications with the unread count in its name. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: POLL_MS });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Link to="/notifications" className="bell" aria-label={t('notifications.bellLabel', { count })}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count > 0 && (
        <span className="bell__count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
