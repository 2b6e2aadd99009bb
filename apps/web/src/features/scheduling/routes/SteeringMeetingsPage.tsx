import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, copenhagenToday } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { HeldPlannedTable } from '../components/HeldPlannedTable';
import { OccurrenceList } from '../components/OccurrenceList';
import { SeriesCard } from '../components/SeriesCard';
import { SeriesForm } from '../components/SeriesForm';
import { monthEnd, monthsBack } from '../figures';
import { CreateMeetingSeriesDocument, SteeringMeetingsPageDocument, SteeringSeriesDocument } from '../graphql/scheduling';
import '../scheduling.css';

const AHEAD_DAYS = 370;
const FIGURE_MONTHS = 12;

/**
 * The steering group's meetings page: its own meeting series (it plans them here) and held versus
 * planned for every team, per month — counts only, nothing about a person.
 */
export default function SteeringMeetingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('scheduling.steering.title'));
  const today = copenhagenToday();
  const { data, loading, error, refetch } = useQuery(SteeringMeetingsPageDocument, {
    variables: { from: today, to: addDays(today, AHEAD_DAYS), statsFrom: monthsBack(today, FIGURE_MONTHS - 1), statsTo: monthEnd(today) },
    fetchPolicy: 'cache-and-network',
  });
  const series = useQuery(SteeringSeriesDocument, { fetchPolicy: 'cache-and-network' });
  const refetchAll = () => {
    void refetch();
    void series.refetch();
  };
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState(false);
  const [create, createState] = useMutation(CreateMeetingSeriesDocument);

  return (
    <>
      <h1>{t('scheduling.steering.title')}</h1>
      <p className="lead">{t('scheduling.steering.lead')}</p>
      {loading && !data && <Loading label={t('scheduling.page.loading')} />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {created && (
        <p role="status" className="notice notice--success">
          {t('scheduling.steering.created')}
        </p>
      )}
      {data && (
        <>
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{t('scheduling.steering.upcoming')}</h2>
            <OccurrenceList occurrences={data.steeringOccurrences.edges.map((e) => e.node)} empty={t('scheduling.steering.noUpcoming')} />
          </section>
          <section aria-labelledby="series-heading">
            <h2 id="series-heading">{t('scheduling.steering.series')}</h2>
            {series.loading && !series.data && <Loading />}
            {series.error && <ErrorMessage error={series.error} onRetry={() => void series.refetch()} />}
            {series.data &&
              (series.data.meetingSeries.length === 0 ? (
                <p>{t('scheduling.steering.noSeries')}</p>
              ) : (
                <ul className="card-list">
                  {series.data.meetingSeries.map((s) => (
                    <SeriesCard key={s.id} series={s} canEdit={!s.endedOn} onChanged={refetchAll} />
                  ))}
                </ul>
              ))}
            {creating ? (
              <section aria-labelledby="create-heading" className="panel">
                <h3 id="create-heading">{t('scheduling.steering.create')}</h3>
                <SeriesForm
                  kinds={['STEERING_MEETING']}
                  members={[]}
                  saving={createState.loading}
                  onSave={async (values) => {
                    await create({ variables: { input: { ...values, teamId: null, memberId: null } } });
                    setCreating(false);
                    setCreated(true);
                    refetchAll();
                  }}
                  onCancel={() => setCreating(false)}
                />
              </section>
            ) : (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setCreated(false);
                  setCreating(true);
                }}
              >
                {t('scheduling.steering.create')}
              </button>
            )}
          </section>
          <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">{t('scheduling.figures.title')}</h2>
            <p className="muted">{t('scheduling.figures.intro')}</p>
            <HeldPlannedTable id="steering-figures" caption={t('scheduling.figures.steeringCaption')} rows={data.heldPlannedStats} showTeam />
          </section>
        </>
      )}
    </>
  );
}
