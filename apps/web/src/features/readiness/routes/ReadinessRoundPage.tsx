import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format-date';
import { BarChart } from '../../../components/charts/BarChart';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { Comparison } from '../components/Comparison';
import { ResultsTables } from '../components/ResultsTables';
import { RoundDates } from '../components/RoundDates';
import { SwotForm } from '../components/SwotForm';
import { formatMean, previousRound } from '../format';
import { CloseReadinessRoundDocument, ReadinessRoundPageDocument } from '../graphql/readiness';
import '../readiness.css';

/**
 * /readiness/:roundId — one round for the steering group: who was invited (counts per group),
 * results once closed and enough answered, the comparison with the round before, the SWOT.
 */
export default function ReadinessRoundPage() {
  const { roundId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ReadinessRoundPageDocument, { variables: { id: roundId }, fetchPolicy: 'cache-and-network' });
  const [close, closeState] = useMutation(CloseReadinessRoundDocument, { refetchQueries: ['ReadinessRoundPage'], awaitRefetchQueries: true });
  usePageTitle(data?.readinessRound.title ?? t('readiness.title'));
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const round = data.readinessRound;
  const results = data.readinessResults;
  const previous = previousRound(data.readinessRounds, round.id);
  const shown = results.available && !results.suppressed;

  return (
    <>
      <p>
        <Link to="/readiness">{t('readiness.backToList')}</Link>
      </p>
      <h1>{round.title}</h1>
      <p className="lead">
        <RoundDates opensOn={round.opensOn} closesOn={round.closesOn} /> · {t(`readiness.status.${round.status}`)}
      </p>
      <dl className="inline-facts">
        <dt>{t('readiness.round.invited')}</dt>
        <dd>
          {round.invited} (
          {round.invitedByGroup
            .filter((g) => g.invited > 0)
            .map((g) => `${t(`readiness.group.${g.group}`)}: ${g.invited}`)
            .join(', ')}
          )
        </dd>
        <dt>{t('readiness.round.submitted')}</dt>
        <dd>{round.submitted ?? t('readiness.fewerThan', { count: round.minGroupSize })}</dd>
      </dl>
      {round.status !== 'CLOSED' && (
        <div className="panel">
          <p>{t('readiness.round.closeHint', { date: formatDate(`${round.closesOn}T12:00:00Z`, i18n.language) })}</p>
          {closeState.error && <ErrorMessage error={closeState.error} />}
          <button
            type="button"
            className="button button--secondary"
            disabled={closeState.loading}
            onClick={() => {
              if (window.confirm(t('readiness.round.closeConfirm'))) void close({ variables: { id: round.id } }).catch(() => undefined);
            }}
          >
            {t('readiness.round.close')}
          </button>
        </div>
      )}

      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{t('readiness.results.title')}</h2>
        {!results.available && <p className="notice">{t('readiness.results.notYet')}</p>}
        {results.available && results.suppressed && (
          <p className="notice">{t('readiness.results.suppressed', { count: results.minGroupSize })}</p>
        )}
        {shown && (
          <>
            <p className="muted">{t('readiness.results.intro', { count: results.minGroupSize })}</p>
            <BarChart
              title={t('readiness.results.chartTitle', { title: round.title })}
              categories={results.drivers.map((d) => t(`readiness.driver.${d.driver}`))}
              series={[{ name: round.title, values: results.drivers.map((d) => d.figures.mean) }]}
              min={0}
              max={5}
              format={formatMean}
              emptyText={t('readiness.results.hidden')}
            />
            <h3>{t('readiness.groups.title')}</h3>
            {results.groupsSuppressed ? (
              <p>{t('readiness.groups.suppressed', { count: results.minGroupSize })}</p>
            ) : (
              <BarChart
                title={t('readiness.groups.chartTitle', { title: round.title })}
                categories={results.drivers.map((d) => t(`readiness.driver.${d.driver}`))}
                series={results.groups.map((g) => ({
                  name: t('readiness.groups.series', { group: t(`readiness.groupPlural.${g.group}`), count: g.submitted }),
                  values: results.drivers.map((d) => g.drivers.find((x) => x.driver === d.driver)?.figures.mean ?? null),
                }))}
                min={0}
                max={5}
                format={formatMean}
                emptyText={t('readiness.results.hidden')}
              />
            )}
            <ResultsTables results={results} />
          </>
        )}
      </section>

      {shown && (
        <section aria-labelledby="compare-heading">
          <h2 id="compare-heading">{t('readiness.compare.title')}</h2>
          {previous ? <Comparison previousId={previous.id} roundId={round.id} /> : <p>{t('readiness.compare.none')}</p>}
        </section>
      )}

      <section aria-labelledby="swot-heading">
        <h2 id="swot-heading">{t('readiness.swot.title')}</h2>
        <p className="muted">{t('readiness.swot.lead')}</p>
        <SwotForm round={round} />
      </section>
    </>
  );
}
