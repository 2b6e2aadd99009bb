import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/charts/BarChart';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatMean } from '../format';
import { ReadinessComparisonDocument } from '../graphql/readiness';

/** Closed rounds over time: one chart per driver (rounds oldest first), each with its table. */
export function Development({ roundIds }: { roundIds: string[] }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ReadinessComparisonDocument, { variables: { input: { roundIds } } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const cmp = data.readinessComparison;
  return (
    <div className="readiness-development">
      {cmp.drivers.map((d) => (
        <BarChart
          key={d.driver}
          title={t('readiness.development.chartTitle', { driver: t(`readiness.driver.${d.driver}`) })}
          categories={cmp.rounds.map((r) => r.title)}
          series={[{ name: t('readiness.results.mean'), values: cmp.rounds.map((_, i) => d.means[i] ?? null) }]}
          min={0}
          max={5}
          format={formatMean}
          emptyText={t('readiness.results.hidden')}
        />
      ))}
    </div>
  );
}
