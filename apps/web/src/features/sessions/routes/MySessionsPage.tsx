import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { apiErrors } from '../../../lib/graphql-errors';
import { formatDateTime } from '../../../lib/format-date';
import { EndOtherSessionsDocument, EndSessionDocument, MySessionsDocument } from '../graphql/sessions';

/** "Chrome på Android", "Chrome", "Ukendt browser på Android" or "Ukendt enhed". */
export function useDeviceName(): (s: { browser?: string | null; os?: string | null }) => string {
  const { t } = useTranslation();
  return ({ browser, os }) => {
    if (browser && os) return t('sessions.deviceOn', { browser, os });
    if (browser) return browser;
    if (os) return t('sessions.unknownBrowserOn', { os });
    return t('sessions.unknownDevice');
  };
}

export default function MySessionsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('sessions.title'));
  const deviceName = useDeviceName();
  const { data, loading, error, refetch } = useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [endOne, one] = useMutation(EndSessionDocument);
  const [endOthers, others] = useMutation(EndOtherSessionsDocument);
  const busy = one.loading || others.loading;
  const sessions = data?.mySessions ?? [];
  const otherCount = sessions.filter((s) => !s.current).length;

  async function run(action: () => Promise<string>) {
    setStatus('');
    setFailure('');
    try {
      const done = await action();
      await refetch(); // the list first, then the message: what it says is what is shown
      setStatus(done);
    } catch (e) {
      setFailure(apiErrors(e)[0]?.message ?? t('sessions.failed'));
    }
  }

  return (
    <>
      <h1>{t('sessions.title')}</h1>
      <p>{t('sessions.intro')}</p>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {failure && (
        <p role="alert" className="notice notice--error">
          {failure}
        </p>
      )}
      <p role="status" className={status ? 'notice notice--success' : 'visually-hidden'}>
        {status}
      </p>
      {data && (
        <ul className="card-list" aria-label={t('sessions.listLabel')}>
          {sessions.map((s) => (
            <li key={s.id} className="card">
              <p className="card__title">
                {deviceName(s)}
                {s.current && <span className="badge">{t('sessions.thisDevice')}</span>}
              </p>
              <dl className="inline-facts">
                <div>
                  <dt>{t('sessions.lastUsed')}</dt>
                  <dd>{s.current ? t('sessions.now') : formatDateTime(s.lastUsedAt, i18n.language)}</dd>
                </div>
                <div>
                  <dt>{t('sessions.started')}</dt>
                  <dd>
                    {formatDateTime(s.startedAt, i18n.language)}
                    {s.viaSso ? ` (${t('sessions.viaSso')})` : ''}
                  </dd>
                </div>
              </dl>
              {!s.current && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={busy}
                  aria-label={t('sessions.endOneFor', { device: deviceName(s) })}
                  onClick={() =>
                    void run(async () => {
                      await endOne({ variables: { id: s.id } });
                      return t('sessions.endedOne', { device: deviceName(s) });
                    })
                  }
                >
                  {t('sessions.endOne')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {data && otherCount === 0 && <p>{t('sessions.noOthers')}</p>}
      {data && otherCount > 0 && (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const res = await endOthers();
              return t('sessions.endedOthers', { count: res.data?.endOtherSessions ?? 0 });
            })
          }
        >
          {t('sessions.endOthers')}
        </button>
      )}
    </>
  );
}
