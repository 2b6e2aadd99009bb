import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../mfa.css';

/**
 * Ten recovery codes, shown once (the API keeps only hashes): print or copy them. The print
 * hides the page around them (styles.css hides header, buttons and forms when printing).
 */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section aria-labelledby="recovery-codes-heading" className="panel">
      <h2 id="recovery-codes-heading">{t('mfa.recoveryCodesTitle')}</h2>
      <p className="notice notice--info">
        <strong>{t('mfa.recoveryCodesOnce')}</strong> {t('mfa.recoveryCodesKeep')}
      </p>
      <p>{t('mfa.recoveryCodesHelp')}</p>
      <ol className="recovery-codes mono" aria-label={t('mfa.recoveryCodesTitle')}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('mfa.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('mfa.copy')}
        </button>
      </div>
      <p role="status" className={copied ? 'notice notice--success' : 'visually-hidden'}>
        {copied === 'yes' ? t('mfa.copied') : copied === 'failed' ? t('mfa.copyFailed') : ''}
      </p>
    </section>
  );
}
