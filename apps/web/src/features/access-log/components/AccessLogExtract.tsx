import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import type { AccessLogEntryFieldsFragment } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AccessLogExtractDocument } from '../graphql/access-log';
import { ExtractDocument } from './ExtractDocument';

const FIELDS = ['cpr'] as const;

/**
 * Everything logged about one citizen (e.g. for a request for insight). The CPR number goes in
 * the POST body only and the result is not cached.
 */
export function AccessLogExtract() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { errors, attempt, submit, check } = useFormSubmit(FIELDS);
  const [busy, setBusy] = useState(false);
  const [entries, setEntries] = useState<AccessLogEntryFieldsFragment[]>();
  const [cprMasked, setCprMasked] = useState('');

  const onSubmit = submit(async (values) => {
    setEntries(undefined);
    const cpr = values.text('cpr').trim();
    if (!check({ cpr: cpr ? undefined : t('citizens.form.cprRequired') })) return false;
    setBusy(true);
    try {
      const { data } = await client.query({ query: AccessLogExtractDocument, variables: { cpr }, fetchPolicy: 'no-cache' });
      setEntries(data?.accessLogExtract ?? []);
      setCprMasked(`${cpr.replace(/\D/g, '').slice(0, 6)}-****`);
    } finally {
      setBusy(false);
    }
  });

  return (
    <section aria-labelledby="extract-heading" className="panel access-log-extract">
      <h2 id="extract-heading">{t('accessLog.extractTitle')}</h2>
      <p>{t('accessLog.extractIntro')}</p>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="form" autoComplete="off">
        <TextField
          id="cpr"
          label={t('citizens.cpr')}
          hint={t('citizens.form.cprHint')}
          error={errors.byField.cpr}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('common.loading') : t('accessLog.extract')}
        </button>
      </form>
      <p role="status" className={busy ? 'loading' : 'visually-hidden'}>
        {busy ? t('common.loading') : entries ? t('accessLog.extractCount', { count: entries.length }) : ''}
      </p>
      {entries && (
        <>
          <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
            {t('accessLog.printExtract')}
          </button>
          <ExtractDocument entries={entries} cprMasked={cprMasked} />
        </>
      )}
    </section>
  );
}
