import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../app/viewer';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import type { AgreementStatus } from '../../../gql/graphql';
import { formatDay } from '../../care-plans/format';
import { ReviewFlag } from '../components/ReviewFlag';
import { canManageAgreements, STATUSES } from '../format';
import { AgreementsDocument } from '../graphql/agreements';
import '../agreements.css';

/** /agreements — the register of cooperation agreements: partner, what it covers, status, signed and review dates. */
export default function AgreementsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('agreements.title'));
  const viewer = useViewer();
  const [status, setStatus] = useState<AgreementStatus | ''>('');
  const { data, loading, error, refetch } = useQuery(AgreementsDocument, { variables: { status: status || null }, fetchPolicy: 'cache-and-network' });
  const rows = data?.agreements ?? [];
  const due = rows.filter((a) => a.reviewState === 'DUE_SOON' || a.reviewState === 'OVERDUE').length;
  return (
    <>
      <h1>{t('agreements.title')}</h1>
      <p className="lead">{t('agreements.lead')}</p>
      {canManageAgreements(viewer.role) && (
        <p>
          <Link className="button" to="/agreements/new">
            {t('agreements.new')}
          </Link>
        </p>
      )}
      <SelectField id="agreements-status" label={t('agreements.filterStatus')} value={status} onChange={(e) => setStatus(e.target.value as AgreementStatus | '')}>
        <option value="">{t('agreements.allStatuses')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`agreements.status.${s}`)}
          </option>
        ))}
      </SelectField>
      {due > 0 && <p className="notice" role="status">{t('agreements.dueNotice', { count: due })}</p>}
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && rows.length === 0 && <p>{t('agreements.none')}</p>}
      {rows.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="agreements-caption" tabIndex={0}>
          <table className="figures-table agreements-table">
            <caption id="agreements-caption">{t('agreements.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agreements.partner')}</th>
                <th scope="col">{t('agreements.kind')}</th>
                <th scope="col">{t('agreements.covers')}</th>
                <th scope="col">{t('agreements.statusLabel')}</th>
                <th scope="col">{t('agreements.signedOn')}</th>
                <th scope="col">{t('agreements.reviewOn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={`/agreements/${a.id}`}>{a.partnerName}</Link>
                  </th>
                  <td>{t(`agreements.partnerKind.${a.partnerKind}`)}</td>
                  <td>{a.covers.map((c) => t(`agreements.coverage.${c}`)).join(', ') || '–'}</td>
                  <td>{t(`agreements.status.${a.status}`)}</td>
                  <td>{a.signedOn ? formatDay(a.signedOn, i18n.language) : '–'}</td>
                  <td>
                    <ReviewFlag reviewOn={a.reviewOn} reviewState={a.reviewState} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
