import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyReadinessRoundFieldsFragment } from '../../../gql/graphql';
import { RoundDates } from './RoundDates';

/** The rounds the viewer is invited to, with what to do next. */
export function MyInvitations({ rounds }: { rounds: readonly MyReadinessRoundFieldsFragment[] }) {
  const { t } = useTranslation();
  if (!rounds.length) return <p>{t('readiness.mine.none')}</p>;
  return (
    <ul className="card-list">
      {rounds.map((r) => (
        <li key={r.roundId} className="card">
          <h3>
            <Link to={`/readiness/${r.roundId}/answer`}>{r.title}</Link>
          </h3>
          <p className="muted">
            <RoundDates opensOn={r.opensOn} closesOn={r.closesOn} /> · {t(`readiness.status.${r.status}`)}
          </p>
          <p>
            {r.submittedAt
              ? t('readiness.mine.submitted')
              : r.status === 'OPEN'
                ? t('readiness.mine.progress', { answered: r.answered, count: r.statementCount })
                : r.status === 'UPCOMING'
                  ? t('readiness.mine.upcoming')
                  : t('readiness.mine.missed')}
          </p>
        </li>
      ))}
    </ul>
  );
}
