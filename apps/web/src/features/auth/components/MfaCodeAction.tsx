import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { DisableMfaDocument, MfaStatusDocument, RegenerateMfaRecoveryCodesDocument } from '../graphql/mfa';
import { RecoveryCodes } from './RecoveryCodes';

/**
 * An action on the own second factor that needs a current code: ten new recovery codes (a code
 * from the app) or turning it off (a code from the app or a recovery code).
 */
export function MfaCodeAction({ kind }: { kind: 'regenerate' | 'disable' }) {
  const { t } = useTranslation();
  const id = `${kind}Code`;
  const { errors, attempt, submit, check } = useFormSubmit(['code'], () => id);
  const [regenerate, regenerating] = useMutation(RegenerateMfaRecoveryCodesDocument, { refetchQueries: [MfaStatusDocument] });
  const [disable, disabling] = useMutation(DisableMfaDocument, { refetchQueries: [MfaStatusDocument] });
  const [codes, setCodes] = useState<string[]>();
  const loading = regenerating.loading || disabling.loading;

  const onSubmit = submit(async (values) => {
    const code = values.text('code').trim();
    const valid = kind === 'regenerate' ? /^\d{6}$/.test(code.replace(/\s/g, '')) : code.length >= 6;
    if (!check({ code: valid ? undefined : t(kind === 'regenerate' ? 'mfa.codeSixDigits' : 'mfa.codeRequired') })) return false;
    if (kind === 'regenerate') {
      const { data } = await regenerate({ variables: { input: { code } } });
      if (data) setCodes(data.regenerateMfaRecoveryCodes);
    } else {
      await disable({ variables: { input: { code } } });
    }
  });

  if (codes) return <RecoveryCodes codes={codes} />;
  const prefix = kind === 'regenerate' ? 'mfa.regenerate' : 'mfa.disable';
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t(`${prefix}Title`)}</h3>
      <p>{t(`${prefix}Help`)}</p>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="form">
        <TextField
          id={id}
          name="code"
          label={kind === 'regenerate' ? t('mfa.code') : t('mfa.codeOrRecovery')}
          error={errors.byField.code}
          inputMode={kind === 'regenerate' ? 'numeric' : 'text'}
          autoComplete="one-time-code"
          spellCheck={false}
        />
        <button type="submit" className={kind === 'regenerate' ? 'button' : 'button button--secondary'} disabled={loading}>
          {t(`${prefix}Button`)}
        </button>
      </form>
    </section>
  );
}
