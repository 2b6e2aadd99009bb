import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, copenhagenToday } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { RhythmPanel } from '../components/RhythmPanel';
import { CreateMeetingsFromRhythmDocument, CreateTeamMeetingDocument, TeamMeetingsPageDocument } from '../graphql/meetings';
import { wallClockIso } from '../wall-clock';
import '../meetings.css';

export default function TeamMeetingsPage() {
  const { t } = useTranslation();
  const teamId = useParams().teamId!;
  const viewer = useViewer();
  const isLeader = viewer.teams.some((x) => x.id === teamId && x.isTeamLeader) && viewer.role === 'TEAM_LEADER';
  const { data, loading, error, refetch } = useQuery(TeamMeetingsPageDocument, { variables: { teamId } });
  usePageTitle(data?.team ? t('meetings.titleFor', { team: data.team.name }) : t('meetings.title'));

  if (loading && !data) return <Loading label={t('meetings.loading')} />;
  if (!data?.team) {
    return (
      <>
        <h1>{t('meetings.title')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  const upcoming = data.upcoming.edges.map((e) => e.node);
  const past = data.past.edges.map((e) => e.node);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/teams/${teamId}`}>{data.team.name}</Link>
      </p>
      <h1>{t('meetings.title')}</h1>
      <RhythmPanel teamId={teamId} rhythm={data.teamMeetingRhythm} canEdit={isLeader} onSaved={() => void refetch()} />
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t('meetings.upcoming')}</h2>
        {upcoming.length === 0 ? (
          <p>{t('meetings.noUpcoming')}</p>
        ) : (
          <ul className="card-list">
            {upcoming.map((m) => (
              <li key={m.id} className="card">
                <p className="card__title">
                  <Link to={`/meetings/${m.id}`}>{m.whenText}</Link>
                </p>
                <p className="muted">
                  {m.place} · {m.agendaPreparedAt ? t('meetings.agendaReady') : t('meetings.agendaNotReady')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {isLeader && <CreateMeetings teamId={teamId} hasRhythm={!!data.teamMeetingRhythm} onCreated={() => void refetch()} />}
      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{t('meetings.past')}</h2>
        {past.length === 0 ? (
          <p>{t('meetings.noPast')}</p>
        ) : (
          <ul className="card-list">
            {past.map((m) => (
              <li key={m.id} className="card">
                <p className="card__title">
                  <Link to={`/meetings/${m.id}/minutes`}>{m.whenText}</Link>
                </p>
                <p className="muted">{m.place}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function CreateMeetings({ teamId, hasRhythm, onCreated }: { teamId: string; hasRhythm: boolean; onCreated: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { error, submit } = useFormSubmit();
  const [created, setCreated] = useState<number | null>(null);
  const [createMany, many] = useMutation(CreateMeetingsFromRhythmDocument);
  const [createOne, one] = useMutation(CreateTeamMeetingDocument);

  const onMany = submit(async (f) => {
    const res = await createMany({ variables: { input: { teamId, count: Number(f.text('meetings-count')) } } });
    setCreated(res.data?.createTeamMeetingsFromRhythm.length ?? 0);
    onCreated();
  });

  const onOne = submit(async (f) => {
    const date = f.text('meeting-date');
    const startsAt = wallClockIso(date, f.text('meeting-start'));
    const endsAt = wallClockIso(date, f.text('meeting-end'));
    const res = await createOne({
      variables: { input: { teamId, startsAt: startsAt ?? '', endsAt: endsAt ?? '', place: f.text('meeting-place') } },
    });
    if (res.data) void navigate(`/meetings/${res.data.createTeamMeeting.id}`);
  });

  return (
    <section aria-labelledby="create-heading" className="panel">
      <h2 id="create-heading">{t('meetings.createOneButton')}</h2>
      <p className="muted">{t('meetings.manualNote')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      {created !== null && (
        <p role="status" className="notice notice--success">
          {t('meetings.createdMany', { count: created })}
        </p>
      )}
      {hasRhythm && (
        <form className="form" onSubmit={onMany} noValidate aria-busy={many.loading || undefined}>
          <h3>{t('meetings.createNext')}</h3>
          <div className="field">
            <label htmlFor="meetings-count">{t('meetings.count')}</label>
            <input id="meetings-count" name="meetings-count" type="number" min={1} max={12} defaultValue={4} className="input--short" />
          </div>
          <button type="submit" className="button" disabled={many.loading}>
            {t('meetings.createNextButton')}
          </button>
        </form>
      )}
      <form className="form" onSubmit={onOne} noValidate aria-busy={one.loading || undefined}>
        <h3>{t('meetings.createOne')}</h3>
        <div className="field">
          <label htmlFor="meeting-date">{t('meetings.date')}</label>
          <input id="meeting-date" name="meeting-date" type="date" required defaultValue={addDays(copenhagenToday(), 7)} />
        </div>
        <div className="field">
          <label htmlFor="meeting-start">{t('meetings.startTime')}</label>
          <input id="meeting-start" name="meeting-start" type="time" required defaultValue="09:00" />
        </div>
        <div className="field">
          <label htmlFor="meeting-end">{t('meetings.endTime')}</label>
          <input id="meeting-end" name="meeting-end" type="time" required defaultValue="10:30" />
        </div>
        <div className="field">
          <label htmlFor="meeting-place">{t('meetings.place')}</label>
          <input id="meeting-place" name="meeting-place" required maxLength={200} />
        </div>
        <button type="submit" className="button" disabled={one.loading}>
          {t('meetings.createOneButton')}
        </button>
      </form>
    </section>
  );
}
