import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/charts/BarChart';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatMean } from '../format';
import { ReadinessComparisonDocument } from '../graphql/readiness';

/** This round next to the one before: a chart per driver (with its table) and the statements that line up. */
export function Comparison({ previousId, roundId }: { previousId: string; roundId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ReadinessComparisonDocument, { variables: { input: { roundIds: [previousId, roundId] } } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const cmp = data.readinessComparison;
  const cell = (v: number | null) => (v === null ? t('readiness.results.hidden') : formatMean(v));
  const change = (a: number | null, b: number | null) => (a === null || b === null ? '–' : `${b - a > 0 ? '+' : b - a < 0 ? '−' : '±'}${formatMean(Math.abs(b - a))}`);
  return (
    <>
      <BarChart
        title={t('readiness.compare.chartTitle', { previous: cmp.rounds[0].title, current: cmp.rounds[1].title })}
        categories={cmp.drivers.map((d) => t(`readiness.driver.${d.driver}`))}
        series={cmp.rounds.map((r, i) => ({ name: r.title, values: cmp.drivers.map((d) => d.means[i] ?? null) }))}
        min={0}
        max={5}
        format={formatMean}
        emptyText={t('readiness.results.hidden')}
      />
      {cmp.statements.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
          <table>
            <caption id="compare-caption">{t('readiness.compare.statementsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('readiness.results.statement')}</th>
                <th scope="col" className="num">{cmp.rounds[0].title}</th>
                <th scope="col" className="num">{cmp.rounds[1].title}</th>
                <th scope="col" className="num">{t('readiness.compare.change')}</th>
              </tr>
            </thead>
            <tbody>
              {cmp.statements.map((s) => (
                <tr key={s.statementId}>
                  <th scope="row">
                    <span className="muted">{t(`readiness.driver.${s.driver}`)}: </span>
                    {s.text}
                  </th>
                  <td className="num">{cell(s.means[0] ?? null)}</td>
                  <td className="num">{cell(s.means[1] ?? null)}</td>
                  <td className="num">{change(s.means[0] ?? null, s.means[1] ?? null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
