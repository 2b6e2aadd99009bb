import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format-date';
import { MyReadinessRoundsDocument } from '../graphql/readiness';

/** On the start page: a notice for each open readiness round the viewer has not answered yet. */
export function ReadinessInvitation() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(MyReadinessRoundsDocument, { fetchPolicy: 'cache-and-network' });
  const open = (data?.myReadinessRounds ?? []).filter((r) => r.status === 'OPEN' && !r.submittedAt);
  if (!open.length) return null;
  return (
    <>
      {open.map((r) => (
        <p key={r.roundId} className="notice">
          {t('readiness.invitation.text', { title: r.title, date: formatDate(`${r.closesOn}T12:00:00Z`, i18n.language) })}{' '}
          <Link to={`/readiness/${r.roundId}/answer`}>{t('readiness.invitation.link')}</Link>
        </p>
      ))}
    </>
  );
}
