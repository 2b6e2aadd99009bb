import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { apiErrors } from '../../../lib/graphql-errors';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { VerifyLoginCodeDocument } from '../graphql/mfa';

interface Props {
  /** The challenge the password step gave. */
  challenge: string;
  onLoggedIn: (viewer: ViewerFieldsFragment) => Promise<void>;
  /** The challenge has run out (or was used up): start again with the password. */
  onExpired: () => void;
}

/** The login's second step: the 6-digit code from the app, or one of the recovery codes. */
export function LoginCodeForm({ challenge, onLoggedIn, onExpired }: Props) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  const [verify, { loading }] = useMutation(VerifyLoginCodeDocument);
  const { errors, attempt, submit, check } = useFormSubmit(['code']);

  const onSubmit = submit(async (values, form) => {
    const code = values.text('code').trim();
    if (!check({ code: code ? undefined : t(recovery ? 'mfa.recoveryCodeRequired' : 'mfa.codeRequired') })) return false;
    try {
      const { data } = await verify({ variables: { input: { challenge, code } } });
      if (data?.verifyLoginCode.viewer) await onLoggedIn(data.verifyLoginCode.viewer);
    } catch (error) {
      const first = apiErrors(error)[0];
      if (first?.code === 'UNAUTHENTICATED') {
        onExpired();
        return false;
      }
      if (first?.code === 'INVALID_CREDENTIALS' || first?.code === 'TOO_MANY_ATTEMPTS') {
        const field = form.elements.namedItem('code');
        if (field instanceof HTMLInputElement) field.value = '';
        check(first.code === 'INVALID_CREDENTIALS' ? { code: first.message } : {}, first.code === 'TOO_MANY_ATTEMPTS' ? first.message : undefined);
        return false;
      }
      throw error;
    }
  });

  return (
    <>
      <h2>{t('mfa.codeStepTitle')}</h2>
      <p>{recovery ? t('mfa.recoveryStepHelp') : t('mfa.codeStepHelp')}</p>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="form" key={recovery ? 'recovery' : 'totp'}>
        {recovery ? (
          <TextField
            id="code"
            label={t('mfa.recoveryCode')}
            hint={t('mfa.recoveryCodeHint')}
            error={errors.byField.code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            autoFocus
          />
        ) : (
          <TextField
            id="code"
            label={t('mfa.code')}
            hint={t('mfa.codeHint')}
            error={errors.byField.code}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            autoFocus
          />
        )}
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('auth.loggingIn') : t('auth.login')}
        </button>
        {loading && (
          <p role="status" className="visually-hidden">
            {t('auth.loggingIn')}
          </p>
        )}
      </form>
      <p>
        <button type="button" className="button button--secondary" onClick={() => setRecovery(!recovery)}>
          {recovery ? t('mfa.useApp') : t('mfa.useRecoveryCode')}
        </button>
      </p>
    </>
  );
}
