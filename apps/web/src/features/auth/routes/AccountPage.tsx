import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../app/viewer';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { MfaCodeAction } from '../components/MfaCodeAction';
import { MfaStatusDocument } from '../graphql/mfa';

/** The own account: two-step verification (status, recovery codes left, new codes, turn off). */
export default function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(MfaStatusDocument, { fetchPolicy: 'cache-and-network' });
  const status = data?.mfaStatus;

  return (
    <>
      <h1>{t('account.title')}</h1>
      <dl className="inline-facts">
        <div>
          <dt>{t('users.name')}</dt>
          <dd>{viewer.name}</dd>
        </div>
        <div>
          <dt>{t('users.email')}</dt>
          <dd>{viewer.email}</dd>
        </div>
      </dl>
      <section aria-labelledby="mfa-heading" className="panel">
        <h2 id="mfa-heading">{t('mfa.title')}</h2>
        {loading && !status && <Loading />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {status && (
          <>
            <p>
              <strong>{status.enrolled ? t('mfa.statusOn') : t('mfa.statusOff')}</strong>
              {status.required && <> {t('mfa.statusRequired')}</>}
            </p>
            <p className="muted">{t('mfa.ssoNote')}</p>
            {status.enrolled ? (
              <>
                <p>{t('mfa.codesLeft', { count: status.recoveryCodesLeft })}</p>
                <MfaCodeAction kind="regenerate" />
                {status.required ? <p>{t('mfa.cannotTurnOff')}</p> : <MfaCodeAction kind="disable" />}
              </>
            ) : (
              <p>
                <Link className="button" to="/mfa/setup">
                  {t('mfa.turnOn')}
                </Link>
              </p>
            )}
          </>
        )}
      </section>
      <p>
        <Link to="/notifications/settings">{t('account.notificationSettings')}</Link>
      </p>
    </>
  );
}
