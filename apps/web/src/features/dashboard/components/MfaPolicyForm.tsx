import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary';
import type { MfaPolicy } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { SetMfaPolicyDocument } from '../graphql/dashboard';
import '../../auth/mfa.css';

const POLICIES: MfaPolicy[] = ['OPTIONAL', 'ADMINS_AND_TEAM_LEADERS', 'EVERYONE'];

/** Admin: who must log in with a code from an app (password logins; SSO leaves it to the IdP). */
export function MfaPolicyForm({ current }: { current: MfaPolicy }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SetMfaPolicyDocument, { refetchQueries: ['TenantSettings'], awaitRefetchQueries: true });
  const { submit, errors, attempt } = useFormSubmit(['policy'], () => 'mfaPolicy-OPTIONAL');
  const [saved, setSaved] = useState<string>();

  const onSubmit = submit(async (values) => {
    setSaved(undefined);
    const policy = values.text('policy') as MfaPolicy;
    const { data } = await save({ variables: { input: { policy } } });
    if (data) setSaved(t('mfaPolicy.saved', { policy: t(`mfaPolicy.${data.setMfaPolicy.mfaPolicy}`) }));
  });

  return (
    <section aria-labelledby="mfa-policy-heading" className="panel">
      <h2 id="mfa-policy-heading">{t('mfaPolicy.title')}</h2>
      <p>{t('mfaPolicy.help')}</p>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="form" key={current}>
        <fieldset className="fieldset" aria-describedby={errors.byField.policy ? 'mfaPolicy-error' : undefined}>
          <legend>{t('mfaPolicy.legend')}</legend>
          {errors.byField.policy && (
            <p id="mfaPolicy-error" className="field__error">
              {errors.byField.policy}
            </p>
          )}
          {POLICIES.map((policy) => (
            <div key={policy} className="radio">
              <input type="radio" id={`mfaPolicy-${policy}`} name="policy" value={policy} defaultChecked={policy === current} />
              <label htmlFor={`mfaPolicy-${policy}`}>{t(`mfaPolicy.${policy}`)}</label>
            </div>
          ))}
        </fieldset>
        <p className="muted">{t('mfaPolicy.ssoNote')}</p>
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
