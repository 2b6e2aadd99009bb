import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { DescriptionView } from '../components/DescriptionView';
import { FunctionRoleDocument } from '../graphql/function-descriptions';
import '../../meetings/meetings.css';

/** One function description on its own, for printing (also used in hiring). */
export default function FunctionRolePrintPage() {
  const { t } = useTranslation();
  const id = useParams().roleId!;
  const { data, loading, error, refetch } = useQuery(FunctionRoleDocument, { variables: { id } });
  const role = data?.functionRole;
  usePageTitle(role?.title ?? t('functions.title'));
  if (loading && !role) return <Loading label={t('functions.loading')} />;
  if (!role) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <p className="breadcrumb no-print">
        <Link to={`/teams/${role.teamId}/functions`}>{role.teamName}</Link>
      </p>
      <h1>
        {role.title} – {role.teamName}
      </h1>
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('functions.print')}
        </button>
      </p>
      {role.current ? <DescriptionView current={role.current} headingLevel={2} /> : <p>{t('functions.noDescription')}</p>}
    </>
  );
}
