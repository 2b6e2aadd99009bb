import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CsvButton } from '../../../components/CsvButton';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { formatDate, formatDateTime } from '../../../lib/format-date';
import { useValueText } from '../components/ItemTables';
import { reviewRows, scoreText } from '../format';
import { FidelityReportDocument } from '../graphql/fidelity';
import { useFidelityPeriod } from '../period';
import '../fidelity.css';

/**
 * The report as an external reviewer's starting point, for printing or as CSV: every item with
 * our value, the numbers behind it, a suggested rating (the computed one, or the team leader's
 * for a manual item, with the note) and the thresholds — and an empty column for the reviewer.
 */
export default function FidelityExportPage() {
  const { t, i18n } = useTranslation();
  const teamId = useParams().teamId!;
  const { period, search } = useFidelityPeriod();
  const id = useId();
  const { data, loading, error, refetch } = useQuery(FidelityReportDocument, { variables: { teamId, ...period } });
  const report = data?.fidelityReport;
  const valueText = useValueText();
  usePageTitle(report ? t('fidelity.export.title', { team: report.teamName }) : t('fidelity.title'));

  if (loading && !report) return <Loading label={t('fidelity.loading')} />;
  if (!report) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const rows = reviewRows(t, i18n.language, report.items, report.subscales, valueText);
  const header = [
    t('fidelity.export.subscale'),
    t('fidelity.items.item'),
    t('fidelity.export.ourValue'),
    t('fidelity.export.basis'),
    t('fidelity.export.suggested'),
    t('fidelity.export.note'),
    t('fidelity.items.threshold'),
    t('fidelity.export.reviewer'),
  ];
  const caption = t('fidelity.export.caption');
  const periodText = t('fidelity.item.periodText', { from: formatDate(report.from, i18n.language), to: formatDate(report.to, i18n.language) });
  return (
    <div className="fidelity-export">
      <p className="breadcrumb no-print">
        <Link to={`/teams/${teamId}/fidelity${search}`}>{t('fidelity.backTo', { team: report.teamName })}</Link>
      </p>
      <h1>{t('fidelity.export.title', { team: report.teamName })}</h1>
      <p className="no-print">{t('fidelity.export.intro')}</p>
      <dl className="facts">
        <div>
          <dt>{t('fidelity.export.team')}</dt>
          <dd>{report.teamName}</dd>
        </div>
        <div>
          <dt>{t('fidelity.item.period')}</dt>
          <dd>{periodText}</dd>
        </div>
        <div>
          <dt>{t('fidelity.item.version')}</dt>
          <dd>
            {report.modelVersionLabel} <span className="muted">({report.modelVersionId})</span>
          </dd>
        </div>
        <div>
          <dt>{t('fidelity.export.computed')}</dt>
          <dd>{formatDateTime(report.computedAt, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('fidelity.scores.total')}</dt>
          <dd>
            {scoreText(t, i18n.language, report.total.score)}{' '}
            <span className="muted">{t('fidelity.scores.ratedOf', { rated: report.total.ratedItems, count: report.total.items })}</span>
          </dd>
        </div>
        {report.subscales.map((s) => (
          <div key={s.subscale}>
            <dt>{s.name}</dt>
            <dd>{scoreText(t, i18n.language, s.score)}</dd>
          </div>
        ))}
      </dl>
      <div className="button-row no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('common.print')}
        </button>
        <CsvButton
          name={[t('fidelity.export.file'), report.teamName, report.from, report.to]}
          header={[...header.slice(0, 7), t('fidelity.export.versionColumn'), t('fidelity.export.periodColumn')]}
          rows={rows.map((r) => [...r.csv, report.modelVersionLabel, `${report.from} – ${report.to}`])}
          label={caption}
        />
      </div>
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="fidelity-review">
          <caption id={id}>{caption}</caption>
          <thead>
            <tr>
              {header.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.itemId}>
                <td>{r.subscale}</td>
                <th scope="row">{r.name}</th>
                <td>{r.value}</td>
                <td>{r.basis}</td>
                <td>{r.suggested}</td>
                <td>{r.note}</td>
                <td>{r.threshold}</td>
                <td className="fidelity-review__blank" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
