import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UnreadNotificationsFieldsFragment } from '../../../gql/graphql';
import { StartSection } from './StartSection';

/** The newest unread notifications, each linking to where the user acts on it. */
export function UnreadNotifications({ connection }: { connection: UnreadNotificationsFieldsFragment }) {
  const { t } = useTranslation();
  const nodes = connection.edges.map((e) => e.node);
  return (
    <StartSection
      id="start-notifications"
      title={t('start.notifications', { count: connection.totalCount })}
      empty={nodes.length === 0}
      emptyText={t('notifications.noneUnread')}
      link={{ to: '/notifications', label: t('start.toNotifications') }}
    >
      <ul className="start-list">
        {nodes.map((n) => (
          <li key={n.id}>
            <strong>{n.title}</strong>
            <br />
            {n.link ? <Link to={n.link}>{n.text}</Link> : n.text}
          </li>
        ))}
      </ul>
    </StartSection>
  );
}
