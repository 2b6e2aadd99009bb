import { copenhagenToday } from '@act/domain';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { formatDate, formatDateTime } from '../../../lib/format-date';
import { PeriodPicker } from '../../dashboard/components/PeriodPicker';
import { ItemTables } from '../components/ItemTables';
import { ScoreTable } from '../components/ScoreTable';
import { TrendSection } from '../components/TrendSection';
import { defaultFidelityPeriod } from '../format';
import { FidelityReportDocument } from '../graphql/fidelity';
import { useFidelityPeriod } from '../period';
import '../../dashboard/dashboard.css';
import '../fidelity.css';

/**
 * A team's method fidelity for a period: the total and subscale scores, every item with its value,
 * rating and thresholds (an item opens its records and how the number is computed, or its manual
 * rating), and the weekly total over time. Team staff only; the period lives in the address.
 */
export default function TeamFidelityPage() {
  const { t, i18n } = useTranslation();
  const teamId = useParams().teamId!;
  const { period, setPeriod, search } = useFidelityPeriod();
  const { data, loading, error, refetch } = useQuery(FidelityReportDocument, { variables: { teamId, ...period } });
  const report = data?.fidelityReport;
  usePageTitle(report ? t('fidelity.teamTitle', { team: report.teamName }) : t('fidelity.title'));
  const presets = [{ key: 'weeks12', label: t('fidelity.preset.weeks12'), period: defaultFidelityPeriod(copenhagenToday()) }];
  const csvName = report ? [report.teamName, report.from, report.to] : [];

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/teams/${teamId}`}>{report?.teamName ?? t('teams.teamTitle')}</Link>
      </p>
      <h1>{report ? t('fidelity.teamTitle', { team: report.teamName }) : t('fidelity.title')}</h1>
      <p className="lead">{t('fidelity.intro')}</p>
      <PeriodPicker key={`${period.from}-${period.to}`} value={period} onChange={setPeriod} presets={presets} />
      {loading && !report && <Loading label={t('fidelity.loading')} />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {report && (
        <div className="dashboard">
          <p aria-live="polite">
            {t('fidelity.periodAbout', { from: formatDate(report.from, i18n.language), to: formatDate(report.to, i18n.language) })}
          </p>
          <p className="fidelity-version">
            {t('fidelity.version', { label: report.modelVersionLabel })}{' '}
            <span className="muted">{t('fidelity.computedAt', { when: formatDateTime(report.computedAt, i18n.language) })}</span>
          </p>
          <p>
            <Link to={`/teams/${teamId}/fidelity/export${search}`}>{t('fidelity.export.link')}</Link>
          </p>
          <section aria-labelledby="fidelity-scores">
            <h2 id="fidelity-scores">{t('fidelity.scores.title')}</h2>
            <p>{t('fidelity.scores.help')}</p>
            <ScoreTable total={report.total} subscales={report.subscales} csvName={csvName} />
          </section>
          <section aria-labelledby="fidelity-items">
            <h2 id="fidelity-items">{t('fidelity.items.title')}</h2>
            <p>{t('fidelity.items.help')}</p>
            <ItemTables
              items={report.items}
              subscales={report.subscales}
              itemHref={(itemId) => `/teams/${teamId}/fidelity/items/${encodeURIComponent(itemId)}${search}`}
              csvName={csvName}
            />
          </section>
          <TrendSection teamId={teamId} />
        </div>
      )}
    </>
  );
}
