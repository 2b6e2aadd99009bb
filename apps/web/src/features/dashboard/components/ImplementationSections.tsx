import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/charts/BarChart';
import type { SteeringDashboardQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';
import { FigureTable } from './FigureTable';
import type { FigureText } from './figures';

type Dashboard = SteeringDashboardQuery['steeringDashboard'];

interface Props {
  dashboard: Dashboard;
  f: FigureText;
}

/** Progress of the four phases' checklists. */
export function PhasesSection({ dashboard: d, f }: Props) {
  const { t } = useTranslation();
  const recorded = d.phases.some((p) => p.items > 0);
  const header = [t('dashboard.phase'), t('dashboard.items'), t('dashboard.done'), t('dashboard.notRelevant'), t('dashboard.inProgress'), t('dashboard.progress')];
  const progress = (p: Dashboard['phases'][number]) => ({ value: p.progress ?? null, suppressed: false });
  return (
    <section aria-labelledby="dash-phases">
      <h2 id="dash-phases">{t('dashboard.phasesTitle')}</h2>
      {!recorded ? (
        <p>{t('dashboard.notRecorded')}</p>
      ) : (
        <>
          <p>{t('dashboard.phasesHelp')}</p>
          <BarChart
            title={t('dashboard.phasesChart')}
            categories={d.phases.map((p) => t(`dashboard.phaseName.${p.phase}`))}
            series={[{ name: t('dashboard.progress'), values: d.phases.map((p) => f.chart(progress(p), true)) }]}
            min={0}
            max={100}
            format={(v) => `${f.decimal(0)(v)} %`}
            emptyText={t('dashboard.notRecorded').toLowerCase()}
          />
          <FigureTable
            caption={t('dashboard.phasesCaption')}
            header={header}
            csvName={[t('dashboard.phasesFile')]}
            rows={d.phases.map((p) => [
              t(`dashboard.phaseName.${p.phase}`),
              String(p.items),
              String(p.done),
              String(p.notRelevant),
              String(p.inProgress),
              f.text(progress(p), f.share),
            ])}
            csvRows={d.phases.map((p) => [t(`dashboard.phaseName.${p.phase}`), p.items, p.done, p.notRelevant, p.inProgress, f.csv(progress(p), true)])}
          />
        </>
      )}
      <p>
        <Link to="/implementation">{t('dashboard.toImplementation')}</Link>
      </p>
    </section>
  );
}

/** The newest closed readiness round: mean per driver. */
export function ReadinessSection({ dashboard: d, f }: Props) {
  const { t, i18n } = useTranslation();
  const round = d.latestReadinessRound;
  const header = [t('dashboard.driver'), t('dashboard.mean')];
  return (
    <section aria-labelledby="dash-readiness">
      <h2 id="dash-readiness">{t('dashboard.readinessTitle')}</h2>
      {!round ? (
        <p>{t('dashboard.notRecorded')}</p>
      ) : (
        <>
          <p>
            {t('dashboard.readinessAbout', {
              title: round.title,
              from: formatDate(round.opensOn, i18n.language),
              to: formatDate(round.closesOn, i18n.language),
              submitted: round.submitted,
              invited: round.invited,
            })}
          </p>
          {round.suppressed && <p className="notice">{t('dashboard.readinessSuppressed', { count: d.minGroupSize })}</p>}
          <BarChart
            title={t('dashboard.readinessChart')}
            categories={round.drivers.map((x) => t(`dashboard.driverName.${x.driver}`))}
            series={[{ name: t('dashboard.mean'), values: round.drivers.map((x) => f.chart(x.mean)) }]}
            min={1}
            max={5}
            format={f.decimal(2)}
            emptyText={f.gapText(round.drivers.map((x) => x.mean))}
          />
          <FigureTable
            caption={t('dashboard.readinessCaption', { title: round.title })}
            header={header}
            csvName={[t('dashboard.readinessFile'), round.closesOn]}
            rows={round.drivers.map((x) => [t(`dashboard.driverName.${x.driver}`), f.text(x.mean, f.decimal(2))])}
            csvRows={round.drivers.map((x) => [t(`dashboard.driverName.${x.driver}`), f.csv(x.mean)])}
          />
        </>
      )}
      <p>
        <Link to="/readiness">{t('dashboard.toReadiness')}</Link>
      </p>
    </section>
  );
}
