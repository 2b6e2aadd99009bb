import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField, TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { DRIVERS } from '../format';
import {
  AddReadinessStatementDocument,
  ReadinessStatementsDocument,
  RetireReadinessStatementDocument,
  RewordReadinessStatementDocument,
} from '../graphql/readiness';
import '../readiness.css';

const REFETCH = { refetchQueries: ['ReadinessStatements'], awaitRefetchQueries: true };

/** /readiness/statements — the municipality's statements: reword, add, retire. Opened rounds keep their wording. */
export default function ReadinessStatementsPage() {
  const { t } = useTranslation();
  usePageTitle(t('readiness.statements.title'));
  const { data, loading, error, refetch } = useQuery(ReadinessStatementsDocument, { fetchPolicy: 'cache-and-network' });
  const [add, addState] = useMutation(AddReadinessStatementDocument, REFETCH);
  const form = useFormSubmit(['driver', 'text'], (f) => `new-${f}`);
  const onAdd = form.submit(
    async (f) => {
      const driver = f.text('new-driver');
      const text = f.text('new-text').trim();
      if (!form.check({ driver: driver ? undefined : t('readiness.statements.driverRequired'), text: text ? undefined : t('readiness.statements.textRequired') })) return false;
      await add({ variables: { input: { driver: driver as (typeof DRIVERS)[number], text } } });
    },
    { reset: true },
  );
  return (
    <>
      <p>
        <Link to="/readiness">{t('readiness.backToList')}</Link>
      </p>
      <h1>{t('readiness.statements.title')}</h1>
      <p className="lead">{t('readiness.statements.lead')}</p>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data &&
        DRIVERS.map((driver) => (
          <section key={driver} aria-labelledby={`driver-${driver}`}>
            <h2 id={`driver-${driver}`}>{t(`readiness.driver.${driver}`)}</h2>
            <ul className="card-list">
              {data.readinessStatements
                .filter((s) => s.driver === driver)
                .map((s) => (
                  <Statement key={s.id} id={s.id} text={s.text} isDefault={s.isDefault} />
                ))}
            </ul>
          </section>
        ))}
      <section aria-labelledby="add-heading" className="panel">
        <h2 id="add-heading">{t('readiness.statements.add')}</h2>
        <form className="form" onSubmit={onAdd} noValidate aria-busy={addState.loading || undefined}>
          <SelectField id="new-driver" label={t('readiness.statements.driver')} error={form.errors.byField.driver}>
            <option value="">{t('form.choose')}</option>
            {DRIVERS.map((d) => (
              <option key={d} value={d}>
                {t(`readiness.driver.${d}`)}
              </option>
            ))}
          </SelectField>
          <TextField id="new-text" label={t('readiness.statements.text')} error={form.errors.byField.text} maxLength={500} />
          {form.generalError !== undefined && <ErrorMessage error={form.generalError} />}
          <button type="submit" className="button" disabled={addState.loading}>
            {t('readiness.statements.addButton')}
          </button>
        </form>
      </section>
    </>
  );
}

function Statement({ id, text, isDefault }: { id: string; text: string; isDefault: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [reword, rewordState] = useMutation(RewordReadinessStatementDocument, REFETCH);
  const [retire, retireState] = useMutation(RetireReadinessStatementDocument, REFETCH);
  const form = useFormSubmit(['text'], () => `reword-${id}`);
  const onSubmit = form.submit(async (f) => {
    const next = f.text(`reword-${id}`).trim();
    if (!form.check({ text: next ? undefined : t('readiness.statements.textRequired') })) return false;
    await reword({ variables: { input: { id, text: next } } });
    setEditing(false);
  });
  return (
    <li className="card">
      <p>
        {text} {isDefault && <span className="muted">({t('readiness.statements.default')})</span>}
      </p>
      {editing ? (
        <form className="form" onSubmit={onSubmit} noValidate>
          <TextField id={`reword-${id}`} label={t('readiness.statements.newWording')} defaultValue={text} error={form.errors.byField.text} maxLength={500} />
          {form.generalError !== undefined && <ErrorMessage error={form.generalError} />}
          <div className="button-row">
            <button type="submit" className="button" disabled={rewordState.loading}>
              {t('readiness.statements.save')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
              {t('readiness.statements.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)} aria-label={t('readiness.statements.rewordLabel', { text })}>
            {t('readiness.statements.reword')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={retireState.loading}
            aria-label={t('readiness.statements.retireLabel', { text })}
            onClick={() => {
              if (window.confirm(t('readiness.statements.retireConfirm'))) void retire({ variables: { id } }).catch(() => undefined);
            }}
          >
            {t('readiness.statements.retire')}
          </button>
        </div>
      )}
      {retireState.error && <ErrorMessage error={retireState.error} />}
    </li>
  );
}
