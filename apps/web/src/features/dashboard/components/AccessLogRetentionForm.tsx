import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { SetAccessLogRetentionDocument } from '../graphql/dashboard';

/** Admin: how many months the access log keeps a row before the nightly purge (ADR 0015). */
export function AccessLogRetentionForm({ current }: { current: number }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SetAccessLogRetentionDocument, { refetchQueries: ['TenantSettings'], awaitRefetchQueries: true });
  const { submit, errors, attempt, generalError, check } = useFormSubmit(['retentionMonths']);
  const [saved, setSaved] = useState<string>();

  const onSubmit = submit(async (values) => {
    setSaved(undefined);
    const text = values.text('retentionMonths').trim();
    const months = Number(text);
    if (!check({ retentionMonths: /^\d+$/.test(text) && months >= 1 && months <= 120 ? undefined : t('dashboard.retentionInvalid') })) return false;
    const { data } = await save({ variables: { months } });
    if (data) setSaved(t('dashboard.retentionSaved', { count: data.setAccessLogRetention.accessLogRetentionMonths }));
  });

  return (
    <section aria-labelledby="retention-heading" className="panel">
      <h2 id="retention-heading">{t('dashboard.retentionTitle')}</h2>
      <p>{t('dashboard.retentionHelp')}</p>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      {generalError !== undefined && <ErrorMessage error={generalError} />}
      <form onSubmit={onSubmit} noValidate className="form">
        <TextField
          id="retentionMonths"
          name="retentionMonths"
          label={t('dashboard.retentionMonths')}
          hint={t('dashboard.retentionHint')}
          error={errors.byField.retentionMonths}
          inputMode="numeric"
          defaultValue={String(current)}
          key={current}
        />
        <button type="submit" className="button" disabled={loading}>
          {t('dashboard.save')}
        </button>
      </form>
      {saved && (
        <p role="status" className="notice notice--success">
          {saved}
        </p>
      )}
    </section>
  );
}
