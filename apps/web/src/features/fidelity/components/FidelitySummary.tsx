import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatDate } from '../../../lib/format-date';
import { lowestRated, scoreText } from '../format';
import { FidelityReportDocument } from '../graphql/fidelity';

/**
 * The latest fidelity report in brief, for the evaluation and reflection day: the total, the
 * subscales and the lowest-rated items, with a link to the whole report (the 12 whole weeks
 * before today).
 */
export function FidelitySummary({ teamId }: { teamId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(FidelityReportDocument, { variables: { teamId } });
  const report = data?.fidelityReport;
  const lowest = report ? lowestRated(report.items, 3) : [];
  return (
    <section aria-labelledby="guide-fidelity" className="meeting-guide__section fidelity-summary">
      <h3 id="guide-fidelity">{t('fidelity.summary.title')}</h3>
      {loading && !report && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {report && (
        <>
          <p>
            {t('fidelity.summary.about', {
              from: formatDate(report.from, i18n.language),
              to: formatDate(report.to, i18n.language),
              label: report.modelVersionLabel,
            })}
          </p>
          <ul>
            <li>
              <strong>{t('fidelity.scores.total')}:</strong> {scoreText(t, i18n.language, report.total.score)}{' '}
              <span className="muted">{t('fidelity.scores.ratedOf', { rated: report.total.ratedItems, count: report.total.items })}</span>
            </li>
            {report.subscales.map((s) => (
              <li key={s.subscale}>
                {s.name}: {scoreText(t, i18n.language, s.score)}
              </li>
            ))}
          </ul>
          {lowest.length > 0 && (
            <>
              <p>{t('fidelity.summary.lowest')}</p>
              <ul>
                {lowest.map((item) => (
                  <li key={item.itemId}>{t('fidelity.summary.lowestItem', { name: item.name, rating: item.rating })}</li>
                ))}
              </ul>
            </>
          )}
          <p>
            <Link to={`/teams/${teamId}/fidelity?from=${report.from}&to=${report.to}`}>{t('fidelity.summary.open')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
