import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { homePath, useViewer } from '../../../app/viewer';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { MfaEnrolment } from '../components/MfaEnrolment';
import { MfaStatusDocument } from '../graphql/mfa';
import { MeDocument } from '../graphql/viewer';

/**
 * Setting up two-step verification: forced after login when the municipality requires it (the
 * session may do nothing else), or chosen from the own account page.
 */
export default function MfaSetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('mfa.setupTitle'));
  const viewer = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const status = useQuery(MfaStatusDocument);
  const forced = viewer.mfaEnrolmentRequired;

  const done = (next: ViewerFieldsFragment | null) => {
    // The session that could only enrol was replaced: from now on the full viewer.
    if (next) client.writeQuery({ query: MeDocument, data: { me: next } });
    void navigate(forced ? homePath(viewer.role) : '/account', { replace: true });
  };

  return (
    <>
      <h1>{t('mfa.setupTitle')}</h1>
      {forced && (
        <p className="notice notice--info">{t('mfa.requiredIntro')}</p>
      )}
      {!forced && <p>{t('mfa.voluntaryIntro')}</p>}
      {status.loading && !status.data && <Loading />}
      {status.error && <ErrorMessage error={status.error} onRetry={() => void status.refetch()} />}
      {status.data?.mfaStatus.enrolled && !forced ? (
        <p>
          {t('mfa.alreadyOn')} <Link to="/account">{t('account.title')}</Link>
        </p>
      ) : (
        status.data && <MfaEnrolment onDone={done} />
      )}
    </>
  );
}
