import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import type { NetworkMeetingFieldsFragment } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import {
  AddAgendaPointDocument,
  AddParticipantDocument,
  NetworkMeetingDocument,
  RemoveParticipantDocument,
  SavePreparationDocument,
  SaveSummaryDocument,
} from '../graphql/network-meetings';
import '../../meetings/meetings.css';

const PREP = ['job', 'network', 'leisure', 'housing', 'coping'] as const;

/** The network meeting: the invitation (printable), who comes and why, agenda, preparation, summary. */
export default function NetworkMeetingPage() {
  const { t } = useTranslation();
  const id = useParams().meetingId!;
  const { data, loading, error, refetch } = useQuery(NetworkMeetingDocument, { variables: { id } });
  const m = data?.networkMeeting;
  usePageTitle(m ? t('network.invitationTo', { name: m.citizenName }) : t('network.title'));

  if (loading && !m) return <Loading label={t('network.loading')} />;
  if (!m) {
    return (
      <>
        <h1>{t('network.title')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/citizens/${m.citizenId}`}>{t('network.back', { name: m.citizenName })}</Link>
      </p>
      <h1>{t('network.invitationTo', { name: m.citizenName })}</h1>
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('network.print')}
        </button>
      </p>
      <section aria-labelledby="invitation-heading" className="invitation">
        <h2 id="invitation-heading">{t('network.invitation')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('network.when')}</dt>
            <dd className="invitation__when">{m.whenText}</dd>
          </div>
          <div>
            <dt>{t('network.where')}</dt>
            <dd>{m.place}</dd>
          </div>
          <div>
            <dt>{t('network.invitedBy')}</dt>
            <dd>{m.invitedByName}</dd>
          </div>
          <div>
            <dt>{t('network.why')}</dt>
            <dd>{m.purpose}</dd>
          </div>
        </dl>
        <h3>{t('network.participants')}</h3>
        <Participants meeting={m} />
        <h3>{t('network.agenda')}</h3>
        <AgendaPoints meeting={m} />
      </section>
      <Preparation meeting={m} />
      <Summary meeting={m} />
    </>
  );
}

function Participants({ meeting }: { meeting: NetworkMeetingFieldsFragment }) {
  const { t } = useTranslation();
  const [add, adding] = useMutation(AddParticipantDocument);
  const [remove] = useMutation(RemoveParticipantDocument);
  const { error, submit } = useFormSubmit();
  return (
    <>
      {meeting.participants.length === 0 ? (
        <p>{t('network.noParticipants')}</p>
      ) : (
        <ul className="plain-list">
          {meeting.participants.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> ({p.role}) – {p.why}
              {!p.chosenByCitizen && <span className="muted"> – {t('network.notChosen')}</span>}{' '}
              <button type="button" className="button button--small button--secondary" onClick={() => void remove({ variables: { id: p.id } })}>
                {t('network.remove', { name: p.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <details className="inline-form">
        <summary>{t('network.addParticipant')}</summary>
        <form
          className="form"
          noValidate
          aria-busy={adding.loading || undefined}
          onSubmit={submit((f) =>
            add({
              variables: {
                input: {
                  meetingId: meeting.id,
                  name: f.text('p-name'),
                  role: f.text('p-role'),
                  why: f.text('p-why'),
                  chosenByCitizen: f.checked('p-chosen'),
                },
              },
            }),
            { reset: true },
          )}
        >
          <div className="field">
            <label htmlFor="p-name">{t('network.name')}</label>
            <input id="p-name" name="p-name" maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="p-role">{t('network.role')}</label>
            <p id="p-role-hint" className="field__hint">
              {t('network.roleHint')}
            </p>
            <input id="p-role" name="p-role" maxLength={200} aria-describedby="p-role-hint" />
          </div>
          <div className="field">
            <label htmlFor="p-why">{t('network.participantWhy')}</label>
            <input id="p-why" name="p-why" maxLength={500} />
          </div>
          <div className="checkbox">
            <input id="p-chosen" name="p-chosen" type="checkbox" defaultChecked />
            <label htmlFor="p-chosen">{t('network.chosenByCitizen')}</label>
          </div>
          {error !== undefined && <ErrorMessage error={error} />}
          <button type="submit" className="button button--small" disabled={adding.loading}>
            {t('network.addParticipant')}
          </button>
        </form>
      </details>
    </>
  );
}

function AgendaPoints({ meeting }: { meeting: NetworkMeetingFieldsFragment }) {
  const { t } = useTranslation();
  const [add, adding] = useMutation(AddAgendaPointDocument);
  const { error, submit } = useFormSubmit();
  return (
    <>
      {meeting.agendaPoints.length === 0 ? (
        <p>{t('network.noAgenda')}</p>
      ) : (
        <ol className="plain-list">
          {meeting.agendaPoints.map((p) => (
            <li key={p.id}>
              {p.fromCitizen && <strong>{t('network.citizensPoint')}: </strong>}
              {p.text}
            </li>
          ))}
        </ol>
      )}
      <details className="inline-form">
        <summary>{t('network.addPoint')}</summary>
        <form
          className="form"
          noValidate
          aria-busy={adding.loading || undefined}
          onSubmit={submit((f) =>
            add({ variables: { input: { meetingId: meeting.id, text: f.text('point-text'), fromCitizen: f.checked('point-citizen') } } }),
            { reset: true },
          )}
        >
          <div className="field">
            <label htmlFor="point-text">{t('network.point')}</label>
            <input id="point-text" name="point-text" maxLength={500} />
          </div>
          <div className="checkbox">
            <input id="point-citizen" name="point-citizen" type="checkbox" defaultChecked />
            <label htmlFor="point-citizen">{t('network.fromCitizen')}</label>
          </div>
          {error !== undefined && <ErrorMessage error={error} />}
          <button type="submit" className="button button--small" disabled={adding.loading}>
            {t('network.addPoint')}
          </button>
        </form>
      </details>
    </>
  );
}

function Preparation({ meeting }: { meeting: NetworkMeetingFieldsFragment }) {
  const { t } = useTranslation();
  const [save, saving] = useMutation(SavePreparationDocument);
  const { error, done: saved, submit } = useFormSubmit();
  return (
    <section aria-labelledby="prep-heading" className="panel">
      <h2 id="prep-heading">{t('network.preparation')}</h2>
      <p className="muted no-print">{t('network.preparationHint')}</p>
      <dl className="facts print-only">
        {PREP.map((k) => (
          <div key={k}>
            <dt>{t(`network.prep.${k}`)}</dt>
            <dd>{meeting.preparation[k] ?? t('network.empty')}</dd>
          </div>
        ))}
      </dl>
      <form
        className="form"
        noValidate
        aria-busy={saving.loading || undefined}
        onSubmit={submit(
          (f) => save({ variables: { input: { meetingId: meeting.id, ...Object.fromEntries(PREP.map((k) => [k, f.text(`prep-${k}`)])) } } }),
        )}
      >
        {PREP.map((k) => (
          <div className="field" key={k}>
            <label htmlFor={`prep-${k}`}>{t(`network.prep.${k}`)}</label>
            <textarea id={`prep-${k}`} name={`prep-${k}`} rows={2} maxLength={2000} defaultValue={meeting.preparation[k] ?? ''} />
          </div>
        ))}
        {error !== undefined && <ErrorMessage error={error} />}
        <p role="status" className={saved ? 'muted' : 'visually-hidden'}>
          {saved ? t('network.saved') : ''}
        </p>
        <button type="submit" className="button" disabled={saving.loading}>
          {t('network.savePreparation')}
        </button>
      </form>
    </section>
  );
}

function Summary({ meeting }: { meeting: NetworkMeetingFieldsFragment }) {
  const { t } = useTranslation();
  const [save, saving] = useMutation(SaveSummaryDocument);
  const { error, done: saved, submit } = useFormSubmit();
  return (
    <section aria-labelledby="summary-heading" className="panel">
      <h2 id="summary-heading">{t('network.summary')}</h2>
      <p className="muted no-print">{t('network.summaryHint')}</p>
      {meeting.summary && <p className="print-only description-section">{meeting.summary}</p>}
      <form
        className="form"
        noValidate
        aria-busy={saving.loading || undefined}
        onSubmit={submit((f) => save({ variables: { input: { meetingId: meeting.id, summary: f.text('nm-summary') } } }))}
      >
        <div className="field">
          <label htmlFor="nm-summary">{t('network.summary')}</label>
          <textarea id="nm-summary" name="nm-summary" rows={6} maxLength={8000} defaultValue={meeting.summary ?? ''} />
        </div>
        {error !== undefined && <ErrorMessage error={error} />}
        <p role="status" className={saved ? 'muted' : 'visually-hidden'}>
          {saved ? t('network.saved') : ''}
        </p>
        <button type="submit" className="button" disabled={saving.loading}>
          {t('network.saveSummary')}
        </button>
      </form>
    </section>
  );
}
