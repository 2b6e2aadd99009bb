import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, copenhagenToday } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import { HeldPlannedTable } from '../components/HeldPlannedTable';
import { OccurrenceList } from '../components/OccurrenceList';
import { SeriesCard } from '../components/SeriesCard';
import { monthEnd, monthsBack } from '../figures';
import { TeamHeldPlannedDocument, TeamSchedulePageDocument } from '../graphql/scheduling';
import { useNow } from '../use-now';
import '../scheduling.css';

/** Days ahead shown as "Kommende møder", and back as "Seneste møder". */
const AHEAD_DAYS = 62;
const BACK_DAYS = 45;
/** Months of held/planned figures, counting this one. */
const FIGURE_MONTHS = 6;

/** "Møder og supervision": the team's series, its next and latest meetings, and held versus planned. */
export default function TeamSchedulePage() {
  const { t } = useTranslation();
  const teamId = useParams().teamId!;
  const viewer = useViewer();
  const isLeader = viewer.role === 'TEAM_LEADER' && viewer.teams.some((x) => x.id === teamId && x.isTeamLeader);
  const today = copenhagenToday();
  const now = useNow();
  const { data, loading, error, refetch } = useQuery(TeamSchedulePageDocument, {
    variables: {
      teamId,
      from: addDays(today, -BACK_DAYS),
      to: addDays(today, AHEAD_DAYS),
    },
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(data?.team ? t('scheduling.page.titleFor', { team: data.team.name }) : t('scheduling.page.title'));

  if (loading && !data) return <Loading label={t('scheduling.page.loading')} />;
  if (!data?.team) {
    return (
      <>
        <h1>{t('scheduling.page.title')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  const occurrences = data.teamOccurrences.edges.map((e) => e.node);
  const upcoming = occurrences.filter((o) => new Date(o.endsAt).getTime() >= now);
  const latest = occurrences.filter((o) => new Date(o.endsAt).getTime() < now).reverse();
  const open = data.meetingSeries.filter((s) => !s.endedOn);
  const ended = data.meetingSeries.filter((s) => s.endedOn);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/teams/${teamId}`}>{data.team.name}</Link>
      </p>
      <h1>{t('scheduling.page.title')}</h1>
      <p className="lead">{t('scheduling.page.lead')}</p>
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {isLeader && (
        <p>
          <Link className="button" to={`/teams/${teamId}/schedule/new`}>
            {t('scheduling.page.create')}
          </Link>
        </p>
      )}

      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t('scheduling.page.upcoming')}</h2>
        <OccurrenceList occurrences={upcoming} empty={t('scheduling.page.noUpcoming')} />
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{t('scheduling.page.latest')}</h2>
        <p className="muted">{t('scheduling.page.latestHint')}</p>
        <OccurrenceList occurrences={latest} empty={t('scheduling.page.noLatest')} />
      </section>

      <section aria-labelledby="series-heading">
        <h2 id="series-heading">{t('scheduling.page.series')}</h2>
        {open.length === 0 ? (
          <p>{isLeader ? t('scheduling.page.noSeriesLeader') : t('scheduling.page.noSeries')}</p>
        ) : (
          <ul className="card-list">
            {open.map((s) => (
              <SeriesCard key={s.id} series={s} canEdit={isLeader && s.kind !== 'TEAM_MEETING'} onChanged={() => void refetch()} />
            ))}
          </ul>
        )}
        {ended.length > 0 && (
          <details className="sched-details">
            <summary>{t('scheduling.page.ended', { count: ended.length })}</summary>
            <ul className="card-list">
              {ended.map((s) => (
                <SeriesCard key={s.id} series={s} canEdit={false} onChanged={() => void refetch()} />
              ))}
            </ul>
          </details>
        )}
      </section>

      {isLeader && <TeamFigures teamId={teamId} today={today} />}
    </>
  );
}

function TeamFigures({ teamId, today }: { teamId: string; today: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TeamHeldPlannedDocument, {
    variables: { teamId, from: monthsBack(today, FIGURE_MONTHS - 1), to: monthEnd(today) },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('scheduling.figures.title')}</h2>
      <p className="muted">{t('scheduling.figures.intro')}</p>
      {loading && !data && <Loading label={t('scheduling.figures.loading')} />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && <HeldPlannedTable id="team-figures" caption={t('scheduling.figures.caption')} rows={data.heldPlannedStats} showTeam={false} />}
    </section>
  );
}
