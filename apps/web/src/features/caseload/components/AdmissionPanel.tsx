import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CitizenCaseloadFieldsFragment, CitizenStatus } from '../../../gql/graphql';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatDate } from '../../../lib/format-date';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { RecordAdmissionDocument } from '../graphql/caseload';
import '../caseload.css';

const CRITERIA = ['isAdult', 'hasMentalIllness', 'hasSubstanceUse', 'notHeldByOrdinaryServices', 'wantsSupport'] as const;
type Criterion = (typeof CRITERIA)[number];

interface Props {
  citizenId: string;
  status: CitizenStatus;
  admission: CitizenCaseloadFieldsFragment['admission'];
}

/** The ACT admission criteria: what was recorded, and a short form to record them at intake. */
export function AdmissionPanel({ citizenId, status, admission }: Props) {
  const { t, i18n } = useTranslation();
  // Record at intake (a referred citizen, or none recorded yet); later it can be opened on purpose.
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const showForm = editing || (!admission && status === 'REFERRED');
  const savedRef = useRef<HTMLParagraphElement>(null);

  return (
    <section aria-labelledby="admission-heading" className="panel">
      <h2 id="admission-heading">{t('caseload.admission.title')}</h2>
      <p ref={savedRef} tabIndex={-1} role="status" className={saved ? 'notice notice--success' : 'visually-hidden'}>
        {saved ? t('caseload.admission.saved') : ''}
      </p>
      {admission ? (
        <>
          <p className={admission.allMet ? undefined : 'text-warning'}>
            <strong>{admission.allMet ? t('caseload.admission.allMet') : t('caseload.admission.notAllMet')}</strong>{' '}
            <span className="muted">{t('caseload.admission.assessedAt', { date: formatDate(admission.assessedAt, i18n.language) })}</span>
          </p>
          <ul className="criteria">
            {CRITERIA.map((c) => (
              <li key={c}>
                <span className={admission[c] ? 'criteria__yes' : 'criteria__no'}>
                  {admission[c] ? t('caseload.admission.yes') : t('caseload.admission.no')}
                </span>{' '}
                {t(`caseload.admission.criteria.${c}`)}
              </li>
            ))}
          </ul>
          {admission.note && (
            <p>
              <strong>{t('caseload.admission.note')}:</strong> {admission.note}
            </p>
          )}
        </>
      ) : (
        <p>{t('caseload.admission.none')}</p>
      )}
      {showForm ? (
        <AdmissionForm
          citizenId={citizenId}
          admission={admission}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
            requestAnimationFrame(() => savedRef.current?.focus());
          }}
          onCancel={editing ? () => setEditing(false) : undefined}
        />
      ) : (
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          {admission ? t('caseload.admission.edit') : t('caseload.admission.record')}
        </button>
      )}
    </section>
  );
}

function AdmissionForm({
  citizenId,
  admission,
  onSaved,
  onCancel,
}: {
  citizenId: string;
  admission: Props['admission'];
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { error, submit } = useFormSubmit();
  const [record, { loading }] = useMutation(RecordAdmissionDocument);

  const onSubmit = submit(async (values) => {
    const checked = (c: Criterion) => values.checked(`admission-${c}`);
    const note = values.text('admission-note').trim();
    await record({
      variables: {
        input: {
          citizenId,
          isAdult: checked('isAdult'),
          hasMentalIllness: checked('hasMentalIllness'),
          hasSubstanceUse: checked('hasSubstanceUse'),
          notHeldByOrdinaryServices: checked('notHeldByOrdinaryServices'),
          wantsSupport: checked('wantsSupport'),
          note: note || null,
        },
      },
    });
    onSaved();
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined}>
      <fieldset className="fieldset">
        <legend>{t('caseload.admission.legend')}</legend>
        <p className="field__hint">{t('caseload.admission.hint')}</p>
        {CRITERIA.map((c) => (
          <div key={c} className="checkbox">
            <input id={`admission-${c}`} name={`admission-${c}`} type="checkbox" defaultChecked={admission?.[c] ?? false} />
            <label htmlFor={`admission-${c}`}>{t(`caseload.admission.criteria.${c}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="admission-note">
          {t('caseload.admission.note')} <span className="muted">{t('form.optional')}</span>
        </label>
        <textarea id="admission-note" name="admission-note" rows={3} maxLength={2000} defaultValue={admission?.note ?? ''} />
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.saving') : t('caseload.admission.save')}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={loading}>
            {t('caseload.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
