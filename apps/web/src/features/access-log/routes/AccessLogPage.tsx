import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { copenhagenDayBounds } from '@act/domain';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { usePageTitle } from '../../../components/PageTitle';
import { ShowMore } from '../../../components/ShowMore';
import type { AccessLogFilter } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { AccessLogExtract } from '../components/AccessLogExtract';
import { AccessLogTable } from '../components/AccessLogTable';
import { AccessLogDocument } from '../graphql/access-log';

const PAGE_SIZE = 50;
const FILTER_FIELDS = ['citizenId', 'from', 'to'] as const;

export default function AccessLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('accessLog.title'));
  return (
    <>
      <h1>{t('accessLog.title')}</h1>
      <p className="lead">{t('accessLog.intro')}</p>
      <AccessLogSearch />
      <AccessLogExtract />
    </>
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
    const citizenId = values.text('citizenId').trim();
    const from = values.text('from');
    const to = values.text('to');
    if (!check({ to: from && to && from > to ? t('accessLog.toBeforeFrom') : undefined })) return false;
    setFilter({
      ...(citizenId ? { citizenId } : {}),
      ...(from ? { from: copenhagenDayBounds(from).start.toISOString() } : {}),
      ...(to ? { to: copenhagenDayBounds(to).end.toISOString() } : {}),
    });
  });

  const connection = data?.accessLog;
  return (
    <section aria-labelledby="search-heading" className="panel">
      <h2 id="search-heading">{t('accessLog.searchTitle')}</h2>
      <ErrorSummary items={errors.summary} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="form form--filters">
        <TextField id="citizenId" label={t('accessLog.citizenId')} hint={t('accessLog.citizenIdHint')} optional={t('form.optional')} autoComplete="off" spellCheck={false} />
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
