import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../app/viewer';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { formatDay } from '../../care-plans/format';
import { AgreementForm } from '../components/AgreementForm';
import { ReviewFlag } from '../components/ReviewFlag';
import { canManageAgreements } from '../format';
import { AgreementDocument, UpdateAgreementDocument } from '../graphql/agreements';
import '../agreements.css';

/** /agreements/:id — one agreement; the steering group and the admin change, sign and end it here. */
export default function AgreementPage() {
  const { t, i18n } = useTranslation();
  const { agreementId = '' } = useParams();
  const viewer = useViewer();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  const { data, loading, error, refetch } = useQuery(AgreementDocument, { variables: { id: agreementId } });
  const [update, state] = useMutation(UpdateAgreementDocument, { refetchQueries: ['Agreements'] });
  const a = data?.agreement;
  usePageTitle(a ? a.partnerName : t('agreements.title'));
  const day = (d: string | null | undefined) => (d ? formatDay(d, i18n.language) : '–');
  return (
    <>
      <p>
        <Link to="/agreements">{t('agreements.back')}</Link>
      </p>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {a && (
        <>
          <h1>{a.partnerName}</h1>
          <p role="status" className="visually-hidden">
            {saved}
          </p>
          <dl className="facts">
            <div>
              <dt>{t('agreements.kind')}</dt>
              <dd>{t(`agreements.partnerKind.${a.partnerKind}`)}</dd>
            </div>
            <div>
              <dt>{t('agreements.parties')}</dt>
              <dd>{a.parties}</dd>
            </div>
            <div>
              <dt>{t('agreements.covers')}</dt>
              <dd>{a.covers.map((c) => t(`agreements.coverage.${c}`)).join(', ') || '–'}</dd>
            </div>
            <div>
              <dt>{t('agreements.statusLabel')}</dt>
              <dd>{t(`agreements.status.${a.status}`)}</dd>
            </div>
            <div>
              <dt>{t('agreements.signedOn')}</dt>
              <dd>{day(a.signedOn)}</dd>
            </div>
            <div>
              <dt>{t('agreements.reviewOn')}</dt>
              <dd>
                <ReviewFlag reviewOn={a.reviewOn} reviewState={a.reviewState} />
              </dd>
            </div>
            {a.description && (
              <div>
                <dt>{t('agreements.description')}</dt>
                <dd>{a.description}</dd>
              </div>
            )}
            {a.documentUrl && (
              <div>
                <dt>{t('agreements.documentUrl')}</dt>
                <dd>
                  <a href={a.documentUrl} rel="noreferrer noopener" target="_blank">
                    {t('agreements.openDocument')}
                  </a>
                </dd>
              </div>
            )}
          </dl>
          {canManageAgreements(viewer.role) && a.status !== 'ENDED' && (
            <section aria-labelledby="edit-heading" className="panel">
              <h2 id="edit-heading">{t('agreements.edit')}</h2>
              {editing ? (
                <AgreementForm
                  key={a.version}
                  initial={a}
                  busy={state.loading}
                  submitLabel={t('agreements.form.save')}
                  onSave={async (values) => {
                    await update({ variables: { input: { ...values, id: a.id, expectedVersion: a.version } } });
                    setEditing(false);
                    setSaved(t('agreements.form.saved'));
                  }}
                />
              ) : (
                <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                  {t('agreements.editButton')}
                </button>
              )}
            </section>
          )}
          {a.status === 'ENDED' && <p className="muted">{t('agreements.endedNote')}</p>}
        </>
      )}
    </>
  );
}
