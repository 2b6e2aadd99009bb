import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import type { MeetingDetailFieldsFragment } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AgendaItem, type MemberOption } from '../components/AgendaItem';
import {
  AddMeetingItemDocument,
  CloseMeetingDocument,
  MeetingTeamOptionsDocument,
  PrepareAgendaDocument,
  RecordAttendanceDocument,
  TeamMeetingDocument,
  TeamMeetingMinutesDocument,
} from '../graphql/meetings';
import '../meetings.css';

/** The meeting during and before it; after it is closed, the minutes (read-only, printable). */
export default function TeamMeetingPage({ minutes = false }: { minutes?: boolean }) {
  const { t } = useTranslation();
  const meetingId = useParams().meetingId!;
  const live = useQuery(TeamMeetingDocument, { variables: { id: meetingId }, skip: minutes });
  const held = useQuery(TeamMeetingMinutesDocument, { variables: { id: meetingId }, skip: !minutes });
  const meeting: MeetingDetailFieldsFragment | undefined = minutes ? held.data?.teamMeetingMinutes : live.data?.teamMeeting;
  const { loading, error, refetch } = minutes ? held : live;
  usePageTitle(meeting ? t(minutes ? 'meetings.minutesTitle' : 'meetings.meetingTitle', { when: meeting.whenText }) : t('meetings.title'));

  if (loading && !meeting) return <Loading label={t('meetings.loading')} />;
  if (!meeting) {
    return (
      <>
        <h1>{t('meetings.title')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  return <MeetingView meeting={meeting} readOnly={minutes || !!meeting.heldAt} minutes={minutes} refetch={() => void refetch()} />;
}

function MeetingView({
  meeting,
  readOnly,
  minutes,
  refetch,
}: {
  meeting: MeetingDetailFieldsFragment;
  readOnly: boolean;
  minutes: boolean;
  refetch: () => void;
}) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const isLeader = viewer.role === 'TEAM_LEADER' && viewer.teams.some((x) => x.id === meeting.teamId && x.isTeamLeader);
  const options = useQuery(MeetingTeamOptionsDocument, { variables: { teamId: meeting.teamId }, skip: readOnly });
  const members: MemberOption[] = (options.data?.team?.members.edges ?? []).map((e) => ({ id: e.node.id, name: e.node.user.name }));
  const citizens = (options.data?.team?.citizens.edges ?? []).map((e) => e.node);
  const [prepare, preparing] = useMutation(PrepareAgendaDocument);
  const [close, closing] = useMutation(CloseMeetingDocument);
  const [closed, setClosed] = useState(false);
  const { error, run } = useFormSubmit();

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/teams/${meeting.teamId}/meetings`}>
          {meeting.teamName} – {t('meetings.backToMeetings')}
        </Link>
      </p>
      <h1>{t(minutes ? 'meetings.minutesTitle' : 'meetings.meetingTitle', { when: meeting.whenText })}</h1>
      <p className="lead">{t('meetings.at', { place: meeting.place })}</p>
      {closed && (
        <p role="status" className="notice notice--success">
          {t('meetings.closed')}
        </p>
      )}
      {minutes && (
        <p className="no-print">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('meetings.print')}
          </button>
        </p>
      )}
      <Attendance meeting={meeting} readOnly={readOnly} onSaved={refetch} />
      <section aria-labelledby="agenda-heading">
        <div className="section-heading">
          <h2 id="agenda-heading">{t('meetings.agenda')}</h2>
          {!readOnly && isLeader && (
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={preparing.loading}
              onClick={() =>
                run(async () => {
                  await prepare({ variables: { id: meeting.id } });
                  refetch();
                })
              }
            >
              {t('meetings.prepareAgain')}
            </button>
          )}
        </div>
        {!readOnly && <p className="muted">{t('meetings.agendaHint')}</p>}
        {meeting.items.length === 0 ? (
          <p>{t('meetings.noItems')}</p>
        ) : (
          <ol className="agenda">
            {meeting.items.map((item) => (
              <AgendaItem key={item.id} item={item} readOnly={readOnly} members={members} onChanged={refetch} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="citizen-items-heading">
        <h2 id="citizen-items-heading">{t('meetings.citizenItems')}</h2>
        <p className="muted">{t('meetings.citizenItemsHint')}</p>
        {meeting.citizenItems.length === 0 ? (
          <p>{t('meetings.noCitizenItems')}</p>
        ) : (
          <ol className="agenda">
            {meeting.citizenItems.map((item) => (
              <AgendaItem key={item.id} item={item} readOnly={readOnly} members={members} onChanged={refetch} />
            ))}
          </ol>
        )}
      </section>
      {!readOnly && <AddItemForm meetingId={meeting.id} citizens={citizens} onAdded={refetch} />}
      {error !== undefined && <ErrorMessage error={error} />}
      {!readOnly && isLeader && (
        <section aria-labelledby="close-heading" className="panel">
          <h2 id="close-heading">{t('meetings.close')}</h2>
          <p>{t('meetings.closeHint')}</p>
          <button
            type="button"
            className="button"
            disabled={closing.loading}
            onClick={() =>
              run(async () => {
                await close({ variables: { id: meeting.id } });
                setClosed(true);
                refetch();
              })
            }
          >
            {t('meetings.close')}
          </button>
        </section>
      )}
    </>
  );
}

function Attendance({ meeting, readOnly, onSaved }: { meeting: MeetingDetailFieldsFragment; readOnly: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const [record, { loading }] = useMutation(RecordAttendanceDocument);
  const { error, done: saved, submit } = useFormSubmit();

  const onSubmit = submit(async (f) => {
    await record({
      variables: {
        input: { meetingId: meeting.id, attendance: meeting.attendance.map((a) => ({ memberId: a.memberId, present: f.checked(`present-${a.memberId}`) })) },
      },
    });
    onSaved();
  });

  const status = (present: boolean | null | undefined) =>
    present === true ? t('meetings.present') : present === false ? t('meetings.absent') : t('meetings.notRecorded');

  return (
    <section aria-labelledby="attendance-heading" className="panel">
      <h2 id="attendance-heading">{t('meetings.attendance')}</h2>
      {readOnly ? (
        <ul className="attendance-list">
          {meeting.attendance.map((a) => (
            <li key={a.memberId}>
              {a.name}: {status(a.present)}
            </li>
          ))}
        </ul>
      ) : (
        <form onSubmit={onSubmit} noValidate aria-busy={loading || undefined} className="form">
          <fieldset className="fieldset">
            <legend>{t('meetings.present')}</legend>
            {meeting.attendance.map((a) => (
              <div key={a.memberId} className="checkbox">
                <input id={`present-${a.memberId}`} name={`present-${a.memberId}`} type="checkbox" defaultChecked={a.present ?? false} />
                <label htmlFor={`present-${a.memberId}`}>
                  {a.name} <span className="muted">({t(`discipline.${a.discipline}`)})</span>
                </label>
              </div>
            ))}
          </fieldset>
          {error !== undefined && <ErrorMessage error={error} />}
          <p role="status" className={saved ? 'muted' : 'visually-hidden'}>
            {saved ? t('meetings.attendanceSaved') : ''}
          </p>
          <button type="submit" className="button button--small" disabled={loading}>
            {t('meetings.saveAttendance')}
          </button>
        </form>
      )}
    </section>
  );
}

function AddItemForm({ meetingId, citizens, onAdded }: { meetingId: string; citizens: Array<{ id: string; name: string }>; onAdded: () => void }) {
  const { t } = useTranslation();
  const [add, { loading }] = useMutation(AddMeetingItemDocument);
  const { error, submit } = useFormSubmit();

  const onSubmit = submit(async (f, form) => {
    const citizenId = f.text('item-citizen') || null;
    const title = f.text('item-title').trim() || null;
    await add({
      variables: {
        input: {
          meetingId,
          citizenId,
          title,
          askedByCitizen: f.checked('item-asked'),
          citizenAttends: f.checked('item-attends'),
        },
      },
    });
    form.reset();
    onAdded();
  });

  return (
    <section aria-labelledby="add-item-heading" className="panel">
      <h2 id="add-item-heading">{t('meetings.addItem')}</h2>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
        <div className="field">
          <label htmlFor="item-citizen">{t('meetings.itemCitizen')}</label>
          <select id="item-citizen" name="item-citizen" defaultValue="">
            <option value="">{t('meetings.noCitizen')}</option>
            {citizens.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="item-title">{t('meetings.itemTitle')}</label>
          <input id="item-title" name="item-title" maxLength={300} />
        </div>
        <div className="checkbox">
          <input id="item-asked" name="item-asked" type="checkbox" />
          <label htmlFor="item-asked">{t('meetings.askedByCitizen')}</label>
        </div>
        <div className="checkbox">
          <input id="item-attends" name="item-attends" type="checkbox" />
          <label htmlFor="item-attends">{t('meetings.citizenAttends')}</label>
        </div>
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="submit" className="button" disabled={loading}>
          {t('meetings.addItemButton')}
        </button>
      </form>
    </section>
  );
}
