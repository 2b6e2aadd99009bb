import { type PeriodPreset, copenhagenToday, periodProblem, presetPeriod } from '@act/domain';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { formatDate } from '../../../lib/format-date';
import { NowSection } from '../components/NowSection';
import { PeriodPicker } from '../components/PeriodPicker';
import { PhasesSection, ReadinessSection } from '../components/ImplementationSections';
import { CaseloadSection, ContactSection, MeetingsSection, TransitionsSection } from '../components/TeamSections';
import { figureText } from '../components/figures';
import { SteeringDashboardDocument } from '../graphql/dashboard';
import '../dashboard.css';

const DEFAULT_PRESET: PeriodPreset = 'weeks4';

/**
 * The steering group's dashboard: figures per team over a chosen period and the implementation's
 * state — aggregates only; a group smaller than the municipality's minimum is withheld. The
 * period lives in the address (?from=&to=), so a view can be reloaded and shared.
 */
export default function SteeringDashboardPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('steering.title'));
  const [params, setParams] = useSearchParams();
  const asked = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const period = periodProblem(asked) ? presetPeriod(DEFAULT_PRESET, copenhagenToday()) : asked;
  const { data, loading, error, refetch } = useQuery(SteeringDashboardDocument, { variables: period });
  const d = data?.steeringDashboard;
  const f = figureText(t, i18n.language, d?.minGroupSize ?? 5);

  return (
    <>
      <h1>{t('steering.title')}</h1>
      <p className="lead">{t('steering.intro')}</p>
      <PeriodPicker key={`${period.from}-${period.to}`} value={period} onChange={(p) => setParams({ from: p.from, to: p.to })} />
      {loading && !d && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {d && (
        <div className="dashboard">
          <p aria-live="polite">
            {t('dashboard.periodAbout', {
              from: formatDate(d.from, i18n.language),
              to: formatDate(d.to, i18n.language),
              days: d.days,
              count: d.minGroupSize,
            })}
          </p>
          <CaseloadSection dashboard={d} f={f} />
          <ContactSection dashboard={d} f={f} />
          <MeetingsSection dashboard={d} f={f} />
          <TransitionsSection dashboard={d} f={f} />
          <PhasesSection dashboard={d} f={f} />
          <ReadinessSection dashboard={d} f={f} />
        </div>
      )}
      <section aria-labelledby="caseload-summary-heading">
        <h2 id="caseload-summary-heading">{t('dashboard.nowTitle')}</h2>
        <NowSection f={f} />
      </section>
    </>
  );
}
