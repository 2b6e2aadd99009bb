import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LineChart } from '../../../components/charts/LineChart';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { FidelityTrendDocument, SteeringFidelityTrendDocument } from '../graphql/fidelity';
import { scoreText, shortDate } from '../format';

const WEEKS = 26;

interface TrendPoint {
  from: string;
  to: string;
  total: { score?: number | null };
}

interface TrendViewProps {
  id: string;
  title: string;
  help: string;
  points: readonly TrendPoint[];
  loaded: boolean;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** A weekly total over the last half year as a line, with the same numbers as a table. */
function TrendView({ id, title, help, points, loaded, loading, error, onRetry }: TrendViewProps) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{help}</p>
      {loading && !loaded && <Loading />}
      {error !== undefined && <ErrorMessage error={error} onRetry={onRetry} />}
      {loaded && points.length === 0 && <p className="muted">{t('fidelity.trend.none')}</p>}
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

/** The team's weekly total over the last half year (precomputed each week), as a line with its table. */
export function TrendSection({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(FidelityTrendDocument, { variables: { teamId, weeks: WEEKS } });
  return (
    <TrendView
      id="fidelity-trend"
      title={t('fidelity.trend.title')}
      help={t('fidelity.trend.help')}
      points={data?.fidelityTrend ?? []}
      loaded={!!data}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
    />
  );
}

/** All teams together per week (the mean of the teams' weekly scores; small teams left out), for the steering group. */
export function SteeringTrendSection() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SteeringFidelityTrendDocument, { variables: { weeks: WEEKS } });
  return (
    <TrendView
      id="steering-fidelity-trend"
      title={t('fidelity.trend.title')}
      help={t('fidelity.steering.trendHelp')}
      points={data?.steeringFidelityTrend ?? []}
      loaded={!!data}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
    />
  );
}
