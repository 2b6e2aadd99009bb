import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField, TextField } from '../../../components/FormField';
import type { AgreementFieldsFragment, AgreementCoverage, AgreementStatus, PartnerKind } from '../../../gql/graphql';
import { useFormSubmit, type FormValues } from '../../../lib/use-form-submit';
import { COVERAGES, PARTNER_KINDS, STATUSES } from '../format';

export const AGREEMENT_FIELDS = ['partnerKind', 'partnerName', 'parties', 'covers', 'description', 'status', 'signedOn', 'reviewOn', 'documentUrl'] as const;

export interface AgreementValues {
  partnerKind: PartnerKind;
  partnerName: string;
  parties: string;
  covers: AgreementCoverage[];
  description: string | null;
  status: AgreementStatus;
  signedOn: string | null;
  reviewOn: string | null;
  documentUrl: string | null;
}

function read(f: FormValues): AgreementValues {
  return {
    partnerKind: f.text('agreement-partnerKind') as PartnerKind,
    partnerName: f.text('agreement-partnerName').trim(),
    parties: f.text('agreement-parties').trim(),
    covers: COVERAGES.filter((c) => f.checked(`agreement-cover-${c}`)),
    description: f.text('agreement-description').trim() || null,
    status: (f.text('agreement-status') || 'DRAFT') as AgreementStatus,
    signedOn: f.text('agreement-signedOn') || null,
    reviewOn: f.text('agreement-reviewOn') || null,
    documentUrl: f.text('agreement-documentUrl').trim() || null,
  };
}

/** The whole agreement in one form: new or changed; signing is status "Underskrevet" with its date. */
export function AgreementForm({
  initial,
  busy,
  submitLabel,
  onSave,
}: {
  initial?: AgreementFieldsFragment;
  busy: boolean;
  submitLabel: string;
  onSave: (values: AgreementValues) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useFormSubmit(AGREEMENT_FIELDS, (f) => `agreement-${f}`);
  const errors: Partial<Record<string, string>> = form.errors.byField;
  const onSubmit = form.submit(async (f) => {
    const values = read(f);
    const found = {
      partnerKind: values.partnerKind ? undefined : t('agreements.form.kindRequired'),
      partnerName: values.partnerName ? undefined : t('agreements.form.partnerRequired'),
      parties: values.parties ? undefined : t('agreements.form.partiesRequired'),
      signedOn: values.status !== 'DRAFT' && !values.signedOn ? t('agreements.form.signedOnRequired') : undefined,
    };
    form.focusFirst(found);
    if (!form.check(found)) return false;
    await onSave(values);
  });
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy || undefined}>
      <SelectField id="agreement-partnerKind" label={t('agreements.kind')} defaultValue={initial?.partnerKind ?? ''} error={errors.partnerKind}>
        <option value="">{t('form.choose')}</option>
        {PARTNER_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`agreements.partnerKind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="agreement-partnerName" label={t('agreements.partner')} hint={t('agreements.form.partnerHint')} defaultValue={initial?.partnerName} maxLength={200} error={errors.partnerName} />
      <TextField id="agreement-parties" label={t('agreements.parties')} hint={t('agreements.form.partiesHint')} defaultValue={initial?.parties} maxLength={1000} error={errors.parties} />
      <fieldset className="agreement-covers" aria-describedby={errors.covers ? 'agreement-covers-error' : undefined}>
        <legend>{t('agreements.covers')}</legend>
        {COVERAGES.map((c) => (
          <label key={c}>
            <input type="checkbox" name={`agreement-cover-${c}`} defaultChecked={initial?.covers.includes(c)} /> {t(`agreements.coverage.${c}`)}
          </label>
        ))}
        {errors.covers && (
          <p id="agreement-covers-error" className="field__error">
            {errors.covers}
          </p>
        )}
      </fieldset>
      <TextField id="agreement-description" label={t('agreements.description')} optional={t('form.optional')} defaultValue={initial?.description ?? ''} maxLength={4000} error={errors.description} />
      <SelectField id="agreement-status" label={t('agreements.statusLabel')} hint={t('agreements.form.statusHint')} defaultValue={initial?.status ?? 'DRAFT'} error={errors.status}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`agreements.status.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="agreement-signedOn" type="date" className="input--date" label={t('agreements.signedOn')} optional={t('form.optional')} defaultValue={initial?.signedOn ?? ''} error={errors.signedOn} />
      <TextField id="agreement-reviewOn" type="date" className="input--date" label={t('agreements.reviewOn')} hint={t('agreements.form.reviewHint')} optional={t('form.optional')} defaultValue={initial?.reviewOn ?? ''} error={errors.reviewOn} />
      <TextField id="agreement-documentUrl" type="url" label={t('agreements.documentUrl')} optional={t('form.optional')} defaultValue={initial?.documentUrl ?? ''} maxLength={1000} error={errors.documentUrl} />
      {form.generalError !== undefined && <ErrorMessage error={form.generalError} />}
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
