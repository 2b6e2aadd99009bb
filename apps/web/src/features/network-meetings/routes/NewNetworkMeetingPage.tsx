import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, copenhagenToday } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useViewer } from '../../../app/viewer';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { wallClockIso } from '../../meetings/wall-clock';
import { CreateNetworkMeetingDocument, NewNetworkMeetingPageDocument } from '../graphql/network-meetings';

export default function NewNetworkMeetingPage() {
  const { t } = useTranslation();
  const citizenId = useParams().citizenId!;
  const navigate = useNavigate();
  const viewer = useViewer();
  const { data, loading, error: loadError, refetch } = useQuery(NewNetworkMeetingPageDocument, { variables: { citizenId } });
  const [create, creating] = useMutation(CreateNetworkMeetingDocument);
  const { error, submit } = useFormSubmit();
  const citizen = data?.citizen;
  usePageTitle(citizen ? t('network.newTitle', { name: citizen.name }) : t('network.title'));

  if (loading && !citizen) return <Loading label={t('network.loading')} />;
  if (!citizen) return <ErrorMessage error={loadError} onRetry={() => void refetch()} />;
  const members = citizen.team.members.edges.map((e) => e.node);
  const me = members.find((m) => m.user.id === viewer.id)?.id ?? '';

  const onSubmit = submit(async (f) => {
    const date = f.text('nm-date');
    const res = await create({
      variables: {
        input: {
          citizenId,
          startsAt: wallClockIso(date, f.text('nm-start')) ?? '',
          endsAt: wallClockIso(date, f.text('nm-end')) ?? '',
          place: f.text('nm-place'),
          purpose: f.text('nm-purpose'),
          invitedByMemberId: f.text('nm-inviter'),
        },
      },
    });
    if (res.data) void navigate(`/network-meetings/${res.data.createNetworkMeeting.id}`);
  });

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/citizens/${citizenId}`}>{citizen.name}</Link>
      </p>
      <h1>{t('network.newTitle', { name: citizen.name })}</h1>
      <p className="lead">{t('network.lead')}</p>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={creating.loading || undefined}>
        <div className="field">
          <label htmlFor="nm-date">{t('network.date')}</label>
          <input id="nm-date" name="nm-date" type="date" required defaultValue={addDays(copenhagenToday(), 7)} />
        </div>
        <div className="field">
          <label htmlFor="nm-start">{t('network.startTime')}</label>
          <input id="nm-start" name="nm-start" type="time" required defaultValue="13:00" />
        </div>
        <div className="field">
          <label htmlFor="nm-end">{t('network.endTime')}</label>
          <input id="nm-end" name="nm-end" type="time" required defaultValue="14:00" />
        </div>
        <div className="field">
          <label htmlFor="nm-place">{t('network.place')}</label>
          <p id="nm-place-hint" className="field__hint">
            {t('network.placeHint')}
          </p>
          <input id="nm-place" name="nm-place" required maxLength={200} aria-describedby="nm-place-hint" />
        </div>
        <div className="field">
          <label htmlFor="nm-purpose">{t('network.purpose')}</label>
          <p id="nm-purpose-hint" className="field__hint">
            {t('network.purposeHint')}
          </p>
          <textarea id="nm-purpose" name="nm-purpose" rows={3} required maxLength={1000} aria-describedby="nm-purpose-hint" />
        </div>
        <div className="field">
          <label htmlFor="nm-inviter">{t('network.invitedBy')}</label>
          <select id="nm-inviter" name="nm-inviter" defaultValue={me}>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.user.name}
              </option>
            ))}
          </select>
        </div>
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="submit" className="button" disabled={creating.loading}>
          {t('network.create')}
        </button>
      </form>
    </>
  );
}
