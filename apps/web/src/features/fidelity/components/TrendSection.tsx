import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LineChart } from '../../../components/charts/LineChart';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { FidelityTrendDocument } from '../graphql/fidelity';
import { scoreText, shortDate } from '../format';

const WEEKS = 26;

/** The team's weekly total over the last half year (precomputed each week), as a line with its table. */
export function TrendSection({ teamId }: { teamId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(FidelityTrendDocument, { variables: { teamId, weeks: WEEKS } });
  const points = data?.fidelityTrend ?? [];
  return (
    <section aria-labelledby="fidelity-trend">
      <h2 id="fidelity-trend">{t('fidelity.trend.title')}</h2>
      <p>{t('fidelity.trend.help')}</p>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && points.length === 0 && <p className="muted">{t('fidelity.trend.none')}</p>}
      {points.length > 0 && (
        <LineChart
          title={t('fidelity.trend.chart')}
          labels={points.map((p) => t('fidelity.trend.week', { from: shortDate(p.from), to: shortDate(p.to) }))}
          axisLabels={points.map((p) => shortDate(p.to).replace(/\.\d{4}$/, ''))}
          values={points.map((p) => p.total.score ?? null)}
          valueName={t('fidelity.scores.total')}
          min={1}
          max={5}
          ticks={[1, 2, 3, 4, 5]}
          format={(v) => scoreText(t, i18n.language, v)}
          tickFormat={String}
          emptyText={t('fidelity.noScore')}
        />
      )}
    </section>
  );
}
