import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { formatDateTime } from '../../../lib/format-date';
import { AdmissionPanel } from '../../caseload/components/AdmissionPanel';
import { CitizenVisits } from '../../visits/components/CitizenVisits';
import { CitizenContacts } from '../../caseload/components/CitizenContacts';
import { CitizenPlanOverview } from '../../care-plans/components/CitizenPlanOverview';
import { TransitionsSection } from '../../transitions/components/TransitionsSection';
import { CitizenMeetingsSection } from '../../meetings/components/CitizenMeetingsSection';
import { CourseEndPanel } from '../components/CourseEndPanel';
import { RevealCpr } from '../components/RevealCpr';
import { StatusBadge } from '../components/StatusBadge';
import { CitizenPageDocument } from '../graphql/citizens';

export default function CitizenPage() {
  const { t, i18n } = useTranslation();
  const citizenId = useParams().citizenId!;
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const { data, loading, error, refetch } = useQuery(CitizenPageDocument, { variables: { id: citizenId } });
  const citizen = data?.citizen;
  usePageTitle(citizen?.name ?? t('citizens.citizenTitle'));

  if (loading && !citizen) return <Loading label={t('citizens.loadingOne')} />;
  if (!citizen) {
    return (
      <>
        <h1>{t('citizens.citizenTitle')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  const { address } = citizen;
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/teams/${citizen.team.id}`}>{citizen.team.name}</Link>
      </p>
      <h1>{citizen.name}</h1>
      {created && (
        <p role="status" className="notice notice--success">
          {t('citizens.created')}
        </p>
      )}
      <section aria-labelledby="basics-heading" className="panel">
        <h2 id="basics-heading">{t('citizens.basics')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('citizens.status')}</dt>
            <dd>
              <StatusBadge status={citizen.status} />
              {citizen.statusReason && <span className="muted"> – {citizen.statusReason}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('citizens.cpr')}</dt>
            <dd>
              <RevealCpr citizenId={citizen.id} masked={citizen.cprMasked} />
            </dd>
          </div>
          <div>
            <dt>{t('citizens.team')}</dt>
            <dd>{citizen.team.name}</dd>
          </div>
        </dl>
      </section>
      <CitizenContacts citizen={citizen} />
      <CitizenPlanOverview citizenId={citizen.id} />
      <AdmissionPanel citizenId={citizen.id} status={citizen.status} admission={citizen.admission} />
      <TransitionsSection citizenId={citizen.id} />
      <CitizenVisits citizenId={citizen.id} />
      <CitizenMeetingsSection citizenId={citizen.id} teamId={citizen.team.id} />
      <section aria-labelledby="contact-heading" className="panel">
        <h2 id="contact-heading">{t('citizens.contact')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('citizens.phone')}</dt>
            <dd>{citizen.phone ? <a href={`tel:${citizen.phone.replace(/\s/g, '')}`}>{citizen.phone}</a> : t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('citizens.email')}</dt>
            <dd>{citizen.email ? <a href={`mailto:${citizen.email}`}>{citizen.email}</a> : t('common.none')}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="address-heading" className="panel">
        <h2 id="address-heading">{t('citizens.outreachAddress')}</h2>
        {address ? (
          <>
            <address className="address">
              {address.street}
              <br />
              {address.postalCode} {address.city}
            </address>
            {address.accessNote && (
              <p>
                <strong>{t('citizens.accessNote')}:</strong> {address.accessNote}
              </p>
            )}
          </>
        ) : (
          <p>{t('citizens.noAddress')}</p>
        )}
      </section>
      <CourseEndPanel
        citizenId={citizen.id}
        citizenName={citizen.name}
        teamId={citizen.team.id}
        status={citizen.status}
        history={citizen.primaryContactHistory}
      />
      <p className="muted">{t('citizens.updatedAt', { when: formatDateTime(citizen.updatedAt, i18n.language) })}</p>
    </>
  );
}
