import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { SaveSsoSettingsDocument, SsoSettingsDocument } from '../graphql/sso';

const FIELDS = ['issuer', 'clientId', 'clientSecretEnv', 'ssoRequired', 'breakGlassUserId'] as const;

/** Admin: single sign-on with the municipality's own identity provider (OpenID Connect). */
export default function AdminSsoPage() {
  const { t } = useTranslation();
  usePageTitle(t('sso.title'));
  const query = useQuery(SsoSettingsDocument);
  const [save, { loading }] = useMutation(SaveSsoSettingsDocument, { refetchQueries: ['SsoSettings'], awaitRefetchQueries: true });
  const { submit, errors, attempt, generalError, check } = useFormSubmit(FIELDS);
  const [saved, setSaved] = useState(false);

  const settings = query.data?.ssoSettings;
  const admins = (query.data?.users.edges ?? []).map((e) => e.node).filter((u) => u.role === 'ADMIN' && !u.disabled);

  const onSubmit = submit(async (values) => {
    setSaved(false);
    const input = {
      enabled: values.checked('enabled'),
      issuer: values.text('issuer').trim(),
      clientId: values.text('clientId').trim(),
      clientSecretEnv: values.text('clientSecretEnv').trim() || null,
      ssoRequired: values.checked('ssoRequired'),
      breakGlassUserId: values.text('breakGlassUserId') || null,
    };
    const missing = {
      issuer: input.issuer ? undefined : t('sso.issuerRequired'),
      clientId: input.clientId ? undefined : t('sso.clientIdRequired'),
      breakGlassUserId: input.ssoRequired && !input.breakGlassUserId ? t('sso.breakGlassRequired') : undefined,
    };
    if (!check(missing)) return false;
    const { data } = await save({ variables: { input } });
    if (data) setSaved(true);
  });

  return (
    <>
      <h1>{t('sso.title')}</h1>
      <p>{t('sso.intro')}</p>
      {query.loading && !query.data && <Loading />}
      {query.error && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <>
          <section aria-labelledby="sso-idp-heading" className="panel">
            <h2 id="sso-idp-heading">{t('sso.forIdpTeam')}</h2>
            <p>{t('sso.forIdpTeamHelp')}</p>
            <dl className="facts">
              <dt>{t('sso.redirectUri')}</dt>
              <dd>
                <code>{settings?.redirectUri ?? `${window.location.origin}/auth/sso/callback`}</code>
              </dd>
              <dt>{t('sso.postLogoutRedirectUri')}</dt>
              <dd>
                <code>{settings?.postLogoutRedirectUri ?? `${window.location.origin}/login`}</code>
              </dd>
              <dt>{t('sso.scopes')}</dt>
              <dd>
                <code>openid email profile</code>
              </dd>
              <dt>{t('sso.claims')}</dt>
              <dd>{t('sso.claimsText')}</dd>
            </dl>
          </section>
          <section aria-labelledby="sso-settings-heading" className="panel">
            <h2 id="sso-settings-heading">{t('sso.settingsTitle')}</h2>
            <ErrorSummary items={errors.summary} attempt={attempt} />
            {generalError !== undefined && <ErrorMessage error={generalError} />}
            <form onSubmit={onSubmit} noValidate className="form" key={JSON.stringify(settings ?? null)}>
              <TextField
                id="issuer"
                label={t('sso.issuer')}
                hint={t('sso.issuerHint')}
                error={errors.byField.issuer}
                type="url"
                spellCheck={false}
                defaultValue={settings?.issuer ?? ''}
              />
              <TextField id="clientId" label={t('sso.clientId')} error={errors.byField.clientId} spellCheck={false} defaultValue={settings?.clientId ?? ''} />
              <TextField
                id="clientSecretEnv"
                label={t('sso.clientSecretEnv')}
                hint={t('sso.clientSecretEnvHint')}
                optional={t('sso.optional')}
                error={errors.byField.clientSecretEnv}
                spellCheck={false}
                defaultValue={settings?.clientSecretEnv ?? ''}
              />
              {settings?.clientSecretEnv && (
                <p className={settings.clientSecretAvailable ? 'notice notice--info' : 'notice notice--error'}>
                  {settings.clientSecretAvailable ? t('sso.secretSet') : t('sso.secretMissing', { name: settings.clientSecretEnv })}
                </p>
              )}
              <div className="checkbox">
                <input id="enabled" name="enabled" type="checkbox" defaultChecked={settings?.enabled ?? false} />
                <label htmlFor="enabled">{t('sso.enabled')}</label>
              </div>
              <div className="checkbox">
                <input id="ssoRequired" name="ssoRequired" type="checkbox" defaultChecked={settings?.ssoRequired ?? false} aria-describedby="ssoRequired-hint" />
                <label htmlFor="ssoRequired">{t('sso.required')}</label>
                <p id="ssoRequired-hint" className="field__hint">
                  {t('sso.requiredHint')}
                </p>
              </div>
              <SelectField
                id="breakGlassUserId"
                label={t('sso.breakGlass')}
                hint={t('sso.breakGlassHint')}
                error={errors.byField.breakGlassUserId}
                defaultValue={settings?.breakGlassUserId ?? ''}
              >
                <option value="">{t('sso.breakGlassNone')}</option>
                {admins.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </SelectField>
              <button type="submit" className="button" disabled={loading}>
                {t('sso.save')}
              </button>
            </form>
            {saved && (
              <p role="status" className="notice notice--success">
                {t('sso.saved')}
              </p>
            )}
            {settings && <p>{t('sso.linkedUsers', { count: settings.linkedUsers })}</p>}
          </section>
        </>
      )}
    </>
  );
}
