import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AccessLogRetentionForm } from '../components/AccessLogRetentionForm';
import { SetMinGroupSizeDocument, TenantSettingsDocument } from '../graphql/dashboard';
import { MfaPolicyForm } from '../components/MfaPolicyForm';

/** Admin: the municipality's settings — the steering group's minimum group size, the access log's retention, who must use two-step verification. */
export default function TenantSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.settingsTitle'));
  const settings = useQuery(TenantSettingsDocument);
  const [save, { loading }] = useMutation(SetMinGroupSizeDocument, { refetchQueries: ['TenantSettings'], awaitRefetchQueries: true });
  const { submit, errors, attempt, generalError, check } = useFormSubmit(['minGroupSize']);
  const [saved, setSaved] = useState<string>();

  const onSubmit = submit(async (values) => {
    setSaved(undefined);
    const text = values.text('minGroupSize').trim();
    const n = Number(text);
    if (!check({ minGroupSize: /^\d+$/.test(text) && n >= 3 && n <= 50 ? undefined : t('dashboard.minGroupSizeInvalid') })) return false;
    const { data } = await save({ variables: { input: { minGroupSize: n } } });
    if (data) setSaved(t('dashboard.minGroupSizeSaved', { count: data.setMinGroupSize.minGroupSize }));
  });

  const current = settings.data?.tenantSettings.minGroupSize;
  return (
    <>
      <h1>{t('dashboard.settingsTitle')}</h1>
      {settings.loading && !settings.data && <Loading />}
      {settings.error && <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />}
      {current !== undefined && (
        <section aria-labelledby="min-group-heading" className="panel">
          <h2 id="min-group-heading">{t('dashboard.minGroupSizeTitle')}</h2>
          <p>{t('dashboard.minGroupSizeHelp')}</p>
          <ErrorSummary items={errors.summary} attempt={attempt} />
          {generalError !== undefined && <ErrorMessage error={generalError} />}
          <form onSubmit={onSubmit} noValidate className="form">
            <TextField
              id="minGroupSize"
              name="minGroupSize"
              label={t('dashboard.minGroupSize')}
              hint={t('dashboard.minGroupSizeHint')}
              error={errors.byField.minGroupSize}
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
      )}
      {settings.data && <AccessLogRetentionForm current={settings.data.tenantSettings.accessLogRetentionMonths} />}
      {settings.data && <MfaPolicyForm current={settings.data.tenantSettings.mfaPolicy} />}
    </>
  );
}
