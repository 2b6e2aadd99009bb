import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/FormField';
import { SsoLoginOptionsDocument } from '../graphql/sso';

const SSO_ERRORS: Record<string, string> = {
  SSO_NOT_CONFIGURED: 'auth.ssoNotConfigured',
  SSO_FAILED: 'auth.ssoFailed',
  SSO_EXPIRED: 'auth.ssoExpired',
  SSO_UNKNOWN_USER: 'auth.ssoUnknownUser',
};

/** The message key for the login page's `?sso=<code>`, or null. */
export function ssoErrorKey(code: string | null): string | null {
  if (!code) return null;
  return SSO_ERRORS[code] ?? 'auth.ssoFailed';
}

/**
 * "Log in through your organisation": a plain GET form to the API's start route, which sends
 * the browser on to the municipality's IdP (no script needed). Hidden when no tenant offers SSO.
 */
export function SsoLogin() {
  const { t } = useTranslation();
  const { data } = useQuery(SsoLoginOptionsDocument);
  const options = data?.ssoLoginOptions ?? [];
  if (!options.length) return null;
  const only = options.length === 1 ? options[0] : null;
  return (
    <section aria-labelledby="sso-heading" className="login-sso">
      <h2 id="sso-heading">{t('auth.ssoTitle')}</h2>
      <p>{t('auth.ssoHelp')}</p>
      <form method="get" action="/auth/sso/start" className="form">
        {only ? (
          <input type="hidden" name="tenant" value={only.tenantId} />
        ) : (
          <SelectField id="sso-tenant" name="tenant" label={t('auth.ssoMunicipality')}>
            {options.map((o) => (
              <option key={o.tenantId} value={o.tenantId}>
                {o.tenantName}
              </option>
            ))}
          </SelectField>
        )}
        <button type="submit" className="button button--secondary">
          {only ? t('auth.ssoLoginAt', { name: only.tenantName }) : t('auth.ssoLogin')}
        </button>
      </form>
    </section>
  );
}
