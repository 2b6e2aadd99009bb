import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import type { NotificationChannel, NotificationPreferencesQuery } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { NotificationPreferencesDocument, SetNotificationPreferenceDocument } from '../graphql/notifications';
import '../notifications.css';

type Preference = NotificationPreferencesQuery['notificationPreferences'][number];
const CHANNELS: NotificationChannel[] = ['IN_APP', 'EMAIL'];

/** Per kind of notification: in the app and by e-mail, on or off. Saved at each change. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.settingsTitle'));
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesDocument);
  const [save] = useMutation(SetNotificationPreferenceDocument, { refetchQueries: [NotificationPreferencesDocument], awaitRefetchQueries: true });
  const { error: saveError, run } = useFormSubmit();
  const [status, setStatus] = useState('');
  // The box follows the click at once; the saved value replaces it when the answer comes.
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const prefs = data?.notificationPreferences ?? [];
  const kinds = [...new Map(prefs.map((p) => [p.kind, p.title])).entries()];
  const find = (kind: string, channel: NotificationChannel) => prefs.find((p) => p.kind === kind && p.channel === channel);
  const keyOf = (p: Preference) => `${p.kind}-${p.channel}`;
  const change = (p: Preference, enabled: boolean) => {
    setChosen((c) => ({ ...c, [keyOf(p)]: enabled }));
    run(async () => {
      try {
        await save({ variables: { input: { kind: p.kind, channel: p.channel, enabled } } });
      } finally {
        setChosen(({ [keyOf(p)]: _, ...rest }) => rest);
      }
      setStatus(t(enabled ? 'notifications.savedOn' : 'notifications.savedOff', { kind: p.title, channel: t(`notifications.channelPhrase.${p.channel}`) }));
    });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/notifications">{t('notifications.title')}</Link>
      </p>
      <h1>{t('notifications.settingsTitle')}</h1>
      <p className="lead">{t('notifications.settingsLead')}</p>
      <p role="status" className={status ? 'notice notice--success' : undefined}>
        {status}
      </p>
      {saveError !== undefined && <ErrorMessage error={saveError} />}
      {loading && !data && <Loading />}
      {!data && error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && kinds.length === 0 && <p>{t('notifications.noKinds')}</p>}
      {kinds.length > 0 && (
        <table className="preferences">
          <caption className="visually-hidden">{t('notifications.settingsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('notifications.kind')}</th>
              {CHANNELS.map((c) => (
                <th scope="col" key={c}>
                  {t(`notifications.channel.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kinds.map(([kind, title]) => (
              <tr key={kind}>
                <th scope="row">{title}</th>
                {CHANNELS.map((channel) => {
                  const p = find(kind, channel);
                  if (!p) return <td key={channel} />;
                  const id = `pref-${kind}-${channel}`;
                  return (
                    <td key={channel}>
                      <input id={id} type="checkbox" checked={chosen[keyOf(p)] ?? p.enabled} onChange={(e) => change(p, e.target.checked)} />
                      <label htmlFor={id} className="visually-hidden">
                        {t('notifications.checkboxLabel', { kind: title, channel: t(`notifications.channel.${channel}`) })}
                      </label>
                      <span className="muted"> {t(p.defaultEnabled ? 'notifications.defaultOn' : 'notifications.defaultOff')}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
