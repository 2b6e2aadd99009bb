import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { PlanDiff } from '../components/PlanDiff';
import { PlanVersionView } from '../components/PlanVersionView';
import { CarePlanVersionDocument } from '../graphql/care-plans';
import '../care-plans.css';

/** One version, as it was; and what changed since the version before it. */
export default function CarePlanVersionPage() {
  const { t } = useTranslation();
  const { citizenId, versionId } = useParams() as { citizenId: string; versionId: string };
  const { data, loading, error, refetch } = useQuery(CarePlanVersionDocument, { variables: { id: versionId } });
  const version = data?.carePlanVersion;
  const previous = useQuery(CarePlanVersionDocument, {
    variables: { id: version?.previousVersionId ?? '' },
    skip: !version?.previousVersionId,
  }).data?.carePlanVersion;
  usePageTitle(version ? `${t('carePlan.versionLabel', { number: version.number })} – ${version.citizen.name}` : t('carePlan.title'));

  if (loading && !version) return <Loading label={t('carePlan.loading')} />;
  if (!version) {
    return (
      <>
        <h1>{t('carePlan.title')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/citizens/${citizenId}/plan`}>{t('carePlan.backToPlan')}</Link>
      </p>
      <h1>
        {t('carePlan.versionLabel', { number: version.number })} – {version.citizen.name}{' '}
        <span className="muted">({t(`carePlan.status.${version.status}`)})</span>
      </h1>
      <section aria-labelledby="version-heading" className="panel">
        <h2 id="version-heading" className="visually-hidden">
          {t('carePlan.versionLabel', { number: version.number })}
        </h2>
        <PlanVersionView version={version} />
      </section>
      {previous && <PlanDiff from={{ id: previous.id, number: previous.number }} to={{ id: version.id, number: version.number }} />}
    </>
  );
}
