import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { copenhagenDayBounds } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { ShowMore } from '../../../components/ShowMore';
import type { AccessLogFilter, AccessLogOperation } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AccessLogExtract } from '../components/AccessLogExtract';
import { AccessLogTable } from '../components/AccessLogTable';
import { AccessLogDocument, AccessLogUsersDocument } from '../graphql/access-log';
import '../access-log.css';

const PAGE_SIZE = 50;
const FILTER_FIELDS = ['actorId', 'citizenCpr', 'operation', 'from', 'to'] as const;
/** The staff picker lists this many users (the API's largest page). */
const USERS_SHOWN = 100;

export default function AccessLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('accessLog.title'));
  return (
    <div className="access-log">
      <h1>{t('accessLog.title')}</h1>
      <p className="lead">{t('accessLog.intro')}</p>
      <AccessLogSearch />
      <AccessLogExtract />
    </div>
  );
}

function AccessLogSearch() {
  const { t } = useTranslation();
  // Filters are kept in state, not in the address bar.
  const [filter, setFilter] = useState<AccessLogFilter>({});
  const { errors, attempt, submit, check } = useFormSubmit(FILTER_FIELDS);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(AccessLogDocument, {
    variables: { filter, first: PAGE_SIZE },
  });

  const onSubmit = submit((values) => {
    const actorId = values.text('actorId');
    const citizenCpr = values.text('citizenCpr').trim();
    const operation = values.text('operation') as AccessLogOperation | '';
    const from = values.text('from');
    const to = values.text('to');
    if (
      !check({
        citizenCpr: citizenCpr && !/^\d{6}-?\d{4}$/.test(citizenCpr) ? t('accessLog.cprFormat') : undefined,
        to: from && to && from > to ? t('accessLog.toBeforeFrom') : undefined,
      })
    )
      return false;
    setFilter({
      ...(actorId ? { actorId } : {}),
      ...(citizenCpr ? { citizenCpr } : {}),
      ...(operation ? { operation } : {}),
      ...(from ? { from: copenhagenDayBounds(from).start.toISOString() } : {}),
      ...(to ? { to: copenhagenDayBounds(to).end.toISOString() } : {}),
    });
  });

  const connection = data?.accessLog;
  return (
    <section aria-labelledby="search-heading" className="panel access-log-search">
      <h2 id="search-heading">{t('accessLog.searchTitle')}</h2>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="form form--filters">
        <StaffPicker error={errors.byField.actorId} />
        <TextField
          id="citizenCpr"
          label={t('accessLog.citizenCpr')}
          hint={t('accessLog.citizenCprHint')}
          optional={t('form.optional')}
          error={errors.byField.citizenCpr}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
        />
        <OperationPicker />
        <div className="field-row">
          <TextField id="from" label={t('accessLog.from')} type="date" optional={t('form.optional')} error={errors.byField.from} />
          <TextField id="to" label={t('accessLog.to')} type="date" optional={t('form.optional')} error={errors.byField.to} />
        </div>
        <button type="submit" className="button">
          {t('accessLog.search')}
        </button>
      </form>
      {loading && !loadingMore && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {connection && !loading && connection.edges.length === 0 && <p role="status">{t('accessLog.noEntries')}</p>}
      {connection && connection.edges.length > 0 && (
        <>
          <AccessLogTable entries={connection.edges.map((e) => e.node)} caption={t('accessLog.resultsCaption')} />
          <ShowMore
            shown={connection.edges.length}
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={loadingMore}
            onMore={() => {
              setLoadingMore(true);
              void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).finally(() => setLoadingMore(false));
            }}
          />
        </>
      )}
    </section>
  );
}

/** Staff by name (the admin lists users); "everyone" is the default. */
function StaffPicker({ error }: { error?: string }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(AccessLogUsersDocument, { variables: { first: USERS_SHOWN } });
  const users = [...(data?.users.edges.map((e) => e.node) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return (
    <SelectField
      id="actorId"
      label={t('accessLog.actorPicker')}
      optional={t('form.optional')}
      error={error}
      hint={data?.users.pageInfo.hasNextPage ? t('accessLog.actorPickerMore', { count: USERS_SHOWN }) : undefined}
      disabled={loading}
      defaultValue=""
    >
      <option value="">{t('accessLog.anyActor')}</option>
      {users.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name} ({u.email})
        </option>
      ))}
    </SelectField>
  );
}

/** Every operation by its plain label (the labels cover the schema's enum: see the i18n key test). */
function OperationPicker() {
  const { t } = useTranslation();
  const labels = t('accessLog.operations', { returnObjects: true }) as Record<AccessLogOperation, string>;
  const options = Object.entries(labels)
    .map(([op, label]) => ({ op, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'da'));
  return (
    <SelectField id="operation" label={t('accessLog.operation')} optional={t('form.optional')} defaultValue="">
      <option value="">{t('accessLog.anyOperation')}</option>
      {options.map((o) => (
        <option key={o.op} value={o.op}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}
