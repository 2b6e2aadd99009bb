import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import type { VisitFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { OutcomeForm } from '../components/OutcomeForm';
import { type DoubleBooking, DoubleBookingNotice, OutcomeBadge, PlaceText } from '../components/VisitBits';
import { addDays, clock, clockRange, localDate, toInstant } from '../format';
import { evictVisitLists } from '../cache';
import { MoveVisitDocument, StopVisitSeriesDocument, VisitDocument } from '../graphql/visits';
import '../visits.css';

interface PlannedState {
  planned?: number;
  doubleBookings?: DoubleBooking[];
}

/** One visit: what is planned, and — until it is logged — log it, move it, or stop its series. */
export default function VisitPage() {
  const { t, i18n } = useTranslation();
  const visitId = useParams().visitId!;
  const state = (useLocation().state as PlannedState | null) ?? {};
  const { data, loading, error, refetch } = useQuery(VisitDocument, { variables: { id: visitId } });
  const [moved, setMoved] = useState<DoubleBooking[] | null>(null);
  usePageTitle(t('visits.visit.title'));
  if (loading && !data) return <Loading />;
  const visit = data?.visit;
  if (!visit) {
    return (
      <>
        <h1>{t('visits.visit.title')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to="/my-week">{t('visits.myWeek.title')}</Link>
      </p>
      <h1>{t('visits.visit.titleFor', { name: visit.citizen.name })}</h1>
      {state.planned !== undefined && (
        <p role="status" className="notice notice--success">
          {t('visits.plan.done', { count: state.planned })}
        </p>
      )}
      <DoubleBookingNotice bookings={moved ?? state.doubleBookings ?? []} />
      <section aria-labelledby="visit-facts" className="panel">
        <h2 id="visit-facts">{t('visits.visit.facts')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('visits.visit.when')}</dt>
            <dd>
              {formatDate(visit.plannedStart, i18n.language)} {t('visits.visit.at')} {clockRange(visit.plannedStart, visit.plannedEnd)}
            </dd>
          </div>
          <div>
            <dt>{t('visits.visit.where')}</dt>
            <dd>
              <PlaceText kind={visit.placeKind} text={visit.placeText} />
              {visit.placeKind === 'HOME' && visit.citizen.address && ` · ${visit.citizen.address.street}, ${visit.citizen.address.postalCode} ${visit.citizen.address.city}`}
            </dd>
          </div>
          <div>
            <dt>{t('visits.visit.who')}</dt>
            <dd>{visit.participants.map((p) => p.name).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('visits.visit.purpose')}</dt>
            <dd>{visit.purpose ?? t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('visits.visit.status')}</dt>
            <dd>
              <OutcomeBadge outcome={visit.outcome} />
              {visit.actualMinutes ? ` ${t('visits.minutesShort', { count: visit.actualMinutes })}` : ''}
              {visit.outcome === 'DONE' && ` · ${visit.faceToFace ? t('visits.visit.faceToFace') : t('visits.visit.notFaceToFace')}`}
              {visit.supportNetwork && ` · ${t('visits.visit.network')}`}
              {visit.substanceTreatment && ` · ${t('visits.visit.substance')}`}
            </dd>
          </div>
          {visit.outcomeNote && (
            <div>
              <dt>{t('visits.outcome.note')}</dt>
              <dd>{visit.outcomeNote}</dd>
            </div>
          )}
        </dl>
      </section>
      {!visit.outcome && (
        <>
          <section aria-labelledby="log-heading" className="panel">
            <h2 id="log-heading">{t('visits.log')}</h2>
            <OutcomeForm visit={visit} />
          </section>
          <MoveForm visit={visit} onMoved={setMoved} />
        </>
      )}
      {visit.seriesId && <StopSeries seriesId={visit.seriesId} />}
    </>
  );
}

function MoveForm({ visit, onMoved }: { visit: VisitFieldsFragment; onMoved: (b: DoubleBooking[]) => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(localDate(visit.plannedStart));
  const [from, setFrom] = useState(clock(visit.plannedStart).replace('.', ':'));
  const [to, setTo] = useState(clock(visit.plannedEnd).replace('.', ':'));
  const { error, done, submit } = useFormSubmit();
  const [move, { loading }] = useMutation(MoveVisitDocument, { update: (cache) => evictVisitLists(cache, visit.citizen.id) });
  const onSubmit = submit(async () => {
    const start = toInstant(date, from);
    const end = toInstant(to <= from ? addDays(date, 1) : date, to);
    const result = await move({ variables: { input: { visitId: visit.id, start, end } } });
    if (result.data) onMoved(result.data.moveVisit.doubleBookings);
  });
  return (
    <section aria-labelledby="move-heading" className="panel">
      <h2 id="move-heading">{t('visits.move.title')}</h2>
      <form className="form" onSubmit={onSubmit}>
        <div className="field-row field-row--three">
          <TextField id="move-date" label={t('visits.plan.date')} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
          <TextField id="move-from" label={t('visits.plan.from')} type="time" required value={from} onChange={(e) => setFrom(e.target.value)} />
          <TextField id="move-to" label={t('visits.plan.to')} type="time" required value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        {error !== undefined && <ErrorMessage error={error} />}
        {done && <p role="status">{t('visits.move.done')}</p>}
        <button type="submit" className="button button--secondary" disabled={loading}>
          {t('visits.move.submit')}
        </button>
      </form>
    </section>
  );
}

function StopSeries({ seriesId }: { seriesId: string }) {
  const { t } = useTranslation();
  const [stop, { data, loading, error }] = useMutation(StopVisitSeriesDocument, { update: (cache) => evictVisitLists(cache) });
  return (
    <section aria-labelledby="series-heading" className="panel">
      <h2 id="series-heading">{t('visits.series.title')}</h2>
      <p>{t('visits.series.intro')}</p>
      {data ? (
        <p role="status">{t('visits.series.stopped', { count: data.stopVisitSeries.removed })}</p>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          disabled={loading}
          onClick={() => {
            if (window.confirm(t('visits.series.confirm'))) void stop({ variables: { input: { seriesId } } }).catch(() => null);
          }}
        >
          {t('visits.series.stop')}
        </button>
      )}
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
