import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { ConfirmMfaEnrolmentDocument, StartMfaEnrolmentDocument } from '../graphql/mfa';
import { RecoveryCodes } from './RecoveryCodes';
import '../mfa.css';

/** The secret in groups of four, easier to type into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

interface Props {
  /** After the codes were shown: the new full session's viewer when the session could only enrol. */
  onDone: (viewer: ViewerFieldsFragment | null) => void;
}

/**
 * Setting up the authenticator: show a QR code (and the key as text), confirm with a code from the
 * app, then show the recovery codes once.
 */
export function MfaEnrolment({ onDone }: Props) {
  const { t } = useTranslation();
  const [start, started] = useMutation(StartMfaEnrolmentDocument);
  // No refetch of the status here: the page would leave the codes before they were read.
  const [confirm, confirming] = useMutation(ConfirmMfaEnrolmentDocument);
  const { errors, attempt, submit, check } = useFormSubmit(['code']);
  const [result, setResult] = useState<{ codes: string[]; viewer: ViewerFieldsFragment | null }>();
  const enrolment = started.data?.startMfaEnrolment;

  const onConfirm = submit(async (values) => {
    const code = values.text('code').replace(/\s/g, '');
    if (!check({ code: /^\d{6}$/.test(code) ? undefined : t('mfa.codeSixDigits') })) return false;
    const { data } = await confirm({ variables: { input: { code } } });
    if (data) setResult({ codes: data.confirmMfaEnrolment.recoveryCodes, viewer: data.confirmMfaEnrolment.viewer ?? null });
  });

  if (result) {
    return (
      <>
        <p role="status" className="notice notice--success">
          {t('mfa.enrolled')}
        </p>
        <RecoveryCodes codes={result.codes} />
        <button type="button" className="button" onClick={() => onDone(result.viewer)}>
          {t('mfa.savedCodesContinue')}
        </button>
      </>
    );
  }

  if (!enrolment) {
    return (
      <section aria-labelledby="mfa-start-heading" className="panel">
        <h2 id="mfa-start-heading">{t('mfa.getAppTitle')}</h2>
        <p>{t('mfa.getAppHelp')}</p>
        {started.error && <ErrorMessage error={started.error} />}
        <button type="button" className="button" disabled={started.loading} onClick={() => void start().catch(() => undefined)}>
          {started.loading ? t('common.loading') : t('mfa.showQr')}
        </button>
      </section>
    );
  }

  return (
    <>
      <section aria-labelledby="mfa-scan-heading" className="panel">
        <h2 id="mfa-scan-heading">{t('mfa.scanTitle')}</h2>
        <p>{t('mfa.scanHelp')}</p>
        <img className="mfa-qr" src={enrolment.qrCode} alt={t('mfa.qrAlt')} width={220} height={220} />
        <p>{t('mfa.secretHelp')}</p>
        <p className="mono mfa-secret" data-secret={enrolment.secret}>
          {grouped(enrolment.secret)}
        </p>
      </section>
      <section aria-labelledby="mfa-confirm-heading" className="panel">
        <h2 id="mfa-confirm-heading">{t('mfa.confirmTitle')}</h2>
        <ErrorSummary items={errors.summary} attempt={attempt} />
        <form onSubmit={onConfirm} noValidate className="form">
          <TextField
            id="code"
            label={t('mfa.code')}
            hint={t('mfa.confirmHint')}
            error={errors.byField.code}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
          />
          <button type="submit" className="button" disabled={confirming.loading}>
            {confirming.loading ? t('common.saving') : t('mfa.confirm')}
          </button>
        </form>
      </section>
    </>
  );
}
