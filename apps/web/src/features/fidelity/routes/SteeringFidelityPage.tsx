import { copenhagenToday } from '@act/domain';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/charts/BarChart';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import type { SteeringFidelityQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';
import { FigureTable } from '../../dashboard/components/FigureTable';
import { PeriodPicker } from '../../dashboard/components/PeriodPicker';
import { SteeringTrendSection } from '../components/TrendSection';
import { defaultFidelityPeriod, ratingText, scoreText } from '../format';
import { SteeringFidelityDocument } from '../graphql/fidelity';
import { useFidelityPeriod } from '../period';
import '../../dashboard/dashboard.css';
import '../fidelity.css';

type Team = SteeringFidelityQuery['steeringFidelity'][number];

/**
 * The steering group's view of method fidelity: the total and subscale scores per team, and each
 * item's rating per team. Scores only — no records, no drill-down; a team with fewer citizens in
 * the period than the municipality's minimum group is withheld.
 */
export default function SteeringFidelityPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('fidelity.steering.title'));
  const { period, setPeriod } = useFidelityPeriod();
  const { data, loading, error, refetch } = useQuery(SteeringFidelityDocument, { variables: period });
  const teams = data?.steeringFidelity;
  const presets = [{ key: 'weeks12', label: t('fidelity.preset.weeks12'), period: defaultFidelityPeriod(copenhagenToday()) }];
  const withheld = t('fidelity.steering.withheld');

  return (
    <>
      <h1>{t('fidelity.steering.title')}</h1>
      <p className="lead">{t('fidelity.steering.intro')}</p>
      <p>
        <Link to="/fidelity/models">{t('fidelity.models.link')}</Link>
      </p>
      <PeriodPicker key={`${period.from}-${period.to}`} value={period} onChange={setPeriod} presets={presets} />
      {loading && !teams && <Loading label={t('fidelity.loading')} />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {teams && (
        <div className="dashboard">
          <p aria-live="polite">
            {t('fidelity.periodAbout', { from: formatDate(period.from, i18n.language), to: formatDate(period.to, i18n.language) })}
          </p>
          {teams.length === 0 ? <p>{t('fidelity.steering.noTeams')}</p> : <Scores teams={teams} period={period} withheld={withheld} />}
          {teams.length > 0 && <ItemRatings teams={teams} period={period} withheld={withheld} />}
          <SteeringTrendSection />
        </div>
      )}
    </>
  );
}

function Scores({ teams, period, withheld }: { teams: readonly Team[]; period: { from: string; to: string }; withheld: string }) {
  const { t, i18n } = useTranslation();
  const subscales = teams.find((x) => x.subscales?.length)?.subscales ?? [];
  const header = [t('dashboard.team'), t('fidelity.scores.total'), ...subscales.map((s) => s.name)];
  const score = (x: Team, subscale: string | null): number | null =>
    x.withheld ? null : ((subscale === null ? x.total?.score : x.subscales?.find((s) => s.subscale === subscale)?.score) ?? null);
  const text = (x: Team, subscale: string | null) => (x.withheld ? withheld : scoreText(t, i18n.language, score(x, subscale)));
  const csv = (x: Team, subscale: string | null) => (x.withheld ? withheld : (score(x, subscale) ?? t('fidelity.noScore')));
  const columns: (string | null)[] = [null, ...subscales.map((s) => s.subscale)];
  return (
    <section aria-labelledby="steering-fidelity-scores">
      <h2 id="steering-fidelity-scores">{t('fidelity.steering.scoresTitle')}</h2>
      <p>{t('fidelity.steering.scoresHelp')}</p>
      <BarChart
        title={t('fidelity.steering.chart')}
        categories={teams.map((x) => x.teamName)}
        series={[{ name: t('fidelity.scores.total'), values: teams.map((x) => score(x, null)) }]}
        min={0}
        max={5}
        format={(v) => scoreText(t, i18n.language, v)}
        emptyText={teams.some((x) => x.withheld) ? withheld.toLowerCase() : t('fidelity.noScore').toLowerCase()}
      />
      <FigureTable
        caption={t('fidelity.steering.scoresCaption')}
        header={header}
        csvName={[t('fidelity.steering.scoresFile'), period.from, period.to]}
        rows={teams.map((x) => [x.teamName, ...columns.map((c) => text(x, c))])}
        csvRows={teams.map((x) => [x.teamName, ...columns.map((c) => csv(x, c))])}
      />
    </section>
  );
}

function ItemRatings({ teams, period, withheld }: { teams: readonly Team[]; period: { from: string; to: string }; withheld: string }) {
  const { t } = useTranslation();
  const items = teams.find((x) => x.items?.length)?.items ?? [];
  if (!items.length) return null;
  const header = [t('fidelity.items.item'), ...teams.map((x) => x.teamName)];
  const cell = (x: Team, itemId: string) => {
    if (x.withheld) return withheld;
    const item = x.items?.find((i) => i.itemId === itemId);
    return item ? ratingText(t, item) : t('fidelity.noData');
  };
  return (
    <section aria-labelledby="steering-fidelity-items">
      <h2 id="steering-fidelity-items">{t('fidelity.steering.itemsTitle')}</h2>
      <p>{t('fidelity.steering.itemsHelp')}</p>
      <FigureTable
        caption={t('fidelity.steering.itemsCaption')}
        header={header}
        csvName={[t('fidelity.steering.itemsFile'), period.from, period.to]}
        rows={items.map((item) => [item.name, ...teams.map((x) => cell(x, item.itemId))])}
        csvRows={items.map((item) => [
          item.name,
          ...teams.map((x) => {
            const r = x.withheld ? null : x.items?.find((i) => i.itemId === item.itemId)?.rating;
            return r ?? cell(x, item.itemId);
          }),
        ])}
      />
    </section>
  );
}
