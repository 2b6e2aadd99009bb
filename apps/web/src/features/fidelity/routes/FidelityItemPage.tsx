import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../app/viewer';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import type { FidelityDrillDownQuery, FidelityItemFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';
import { useValueText } from '../components/ItemTables';
import { ManualRatingForm } from '../components/ManualRatingForm';
import { basisLabel, basisNumber, ratingText, thresholdText } from '../format';
import { FidelityDrillDownDocument, FidelityReportDocument } from '../graphql/fidelity';
import { useFidelityPeriod } from '../period';
import '../fidelity.css';

/**
 * One item of the team's report. A computed item shows how its number is worked out (the basis
 * numbers) and the records behind it, each linked to its citizen, visit or meeting; a manual item
 * shows its latest rating, and the team leader rates it here.
 */
export default function FidelityItemPage() {
  const { t, i18n } = useTranslation();
  const { teamId, itemId } = useParams() as { teamId: string; itemId: string };
  const { period, search } = useFidelityPeriod();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(FidelityReportDocument, { variables: { teamId, ...period } });
  const report = data?.fidelityReport;
  const item = report?.items.find((i) => i.itemId === itemId);
  usePageTitle(item ? `${item.name} – ${report!.teamName}` : t('fidelity.title'));
  const valueText = useValueText();
  const back = `/teams/${teamId}/fidelity${search}`;
  const leads = viewer.role === 'TEAM_LEADER' && viewer.teams.some((x) => x.id === teamId && x.isTeamLeader);

  if (loading && !report) return <Loading label={t('fidelity.loading')} />;
  if (!report || !item) {
    return (
      <>
        <p className="breadcrumb">
          <Link to={back}>{t('fidelity.back')}</Link>
        </p>
        <h1>{t('fidelity.title')}</h1>
        {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : <p>{t('fidelity.itemNotFound')}</p>}
      </>
    );
  }
  const manual = item.kind === 'MANUAL';
  const otherWindow = item.windowFrom && item.windowTo && (item.windowFrom !== report.from || item.windowTo !== report.to);
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{t('fidelity.backTo', { team: report.teamName })}</Link>
      </p>
      <h1>{item.name}</h1>
      <p className="lead">{item.definition}</p>
      <dl className="facts">
        <div>
          <dt>{t('fidelity.items.value')}</dt>
          <dd>{valueText(item)}</dd>
        </div>
        <div>
          <dt>{t('fidelity.items.rating')}</dt>
          <dd>{ratingText(t, item)}</dd>
        </div>
        <div>
          <dt>{t('fidelity.items.threshold')}</dt>
          <dd>{manual ? t('fidelity.items.manualThreshold') : item.rule ? thresholdText(t, i18n.language, item.unit, item.rule) : ''}</dd>
        </div>
        <div>
          <dt>{t('fidelity.item.period')}</dt>
          <dd>
            {t('fidelity.item.periodText', {
              from: formatDate(otherWindow ? item.windowFrom! : report.from, i18n.language),
              to: formatDate(otherWindow ? item.windowTo! : report.to, i18n.language),
            })}
            {otherWindow && <span className="muted"> {t('fidelity.item.ownWindow')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('fidelity.item.version')}</dt>
          <dd>{report.modelVersionLabel}</dd>
        </div>
      </dl>
      {manual ? (
        <ManualSection teamId={teamId} item={item} leads={leads} onSaved={() => void refetch()} />
      ) : (
        <DrillDown teamId={teamId} itemId={itemId} period={period} item={item} />
      )}
    </>
  );
}

function ManualSection({ teamId, item, leads, onSaved }: { teamId: string; item: FidelityItemFieldsFragment; leads: boolean; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const r = item.manualRating;
  return (
    <>
      <section aria-labelledby="fidelity-latest">
        <h2 id="fidelity-latest">{t('fidelity.rate.latest')}</h2>
        {r ? (
          <>
            <p>
              {t('fidelity.rate.latestText', {
                rating: r.rating,
                who: r.ratedByName ?? t('fidelity.rate.unknownRater'),
                date: formatDate(r.ratedOn, i18n.language),
              })}
            </p>
            <blockquote className="fidelity-note">{r.note}</blockquote>
          </>
        ) : (
          <p>{t('fidelity.rate.none')}</p>
        )}
      </section>
      {leads ? (
        <ManualRatingForm teamId={teamId} itemId={item.itemId} itemName={item.name} onSaved={onSaved} />
      ) : (
        <p className="muted">{t('fidelity.rate.leaderOnly')}</p>
      )}
    </>
  );
}

type DrillRow = FidelityDrillDownQuery['fidelityDrillDown']['rows'][number];

function recordLinks(row: DrillRow): { to: string; key: string }[] {
  const links: { to: string; key: string }[] = [];
  if (row.citizenId) links.push({ to: `/citizens/${row.citizenId}`, key: 'citizen' });
  if (row.visitId) links.push({ to: `/visits/${row.visitId}`, key: 'visit' });
  if (row.meetingId) links.push({ to: `/meetings/${row.meetingId}`, key: 'meeting' });
  return links;
}

function DrillDown({
  teamId,
  itemId,
  period,
  item,
}: {
  teamId: string;
  itemId: string;
  period: { from: string; to: string };
  item: FidelityItemFieldsFragment;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { data, loading, error, refetch } = useQuery(FidelityDrillDownDocument, { variables: { teamId, itemId, ...period } });
  const drill = data?.fidelityDrillDown;
  const basis = drill?.basis ?? item.basis ?? [];
  const withLinks = drill?.rows.some((r) => recordLinks(r).length > 0) ?? false;
  return (
    <>
      <section aria-labelledby="fidelity-how">
        <h2 id="fidelity-how">{t('fidelity.item.howTitle')}</h2>
        <p>{t(`fidelity.how.${item.unit.toLowerCase()}`, { defaultValue: t('fidelity.how.default') })}</p>
        {basis.length > 0 ? (
          <dl className="facts">
            {basis.map((b) => (
              <div key={b.key}>
                <dt>{basisLabel(t, b.key)}</dt>
                <dd>{basisNumber(b.value, i18n.language)}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="muted">{t('fidelity.noData')}</p>
        )}
      </section>
      <section aria-labelledby="fidelity-records">
        <h2 id="fidelity-records">{t('fidelity.item.recordsTitle')}</h2>
        <p>{t('fidelity.item.recordsHelp')}</p>
        {loading && !drill && <Loading />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {drill && drill.rows.length === 0 && <p className="muted">{t('fidelity.item.noRecords')}</p>}
        {drill && drill.rows.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
            <table>
              <caption id={id}>{t('fidelity.item.recordsCaption', { name: drill.name, count: drill.rows.length })}</caption>
              <thead>
                <tr>
                  {drill.columns.map((c) => (
                    <th scope="col" key={c}>
                      {c}
                    </th>
                  ))}
                  {withLinks && <th scope="col">{t('fidelity.item.open')}</th>}
                </tr>
              </thead>
              <tbody>
                {drill.rows.map((row, index) => (
                  <tr key={index}>
                    {row.cells.map((cell, i) =>
                      i === 0 ? (
                        <th scope="row" key={i}>
                          {cell}
                        </th>
                      ) : (
                        <td key={i}>{cell}</td>
                      ),
                    )}
                    {withLinks && (
                      <td>
                        <ul className="fidelity-links">
                          {recordLinks(row).map((l) => (
                            <li key={l.key}>
                              <Link to={l.to}>
                                {t(`fidelity.item.link.${l.key}`)}
                                <span className="visually-hidden"> – {row.cells[0]}</span>
                              </Link>
                            </li>
                          ))}
                        </ul>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
