import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { CaseloadSummariesDocument } from '../../caseload/graphql/caseload';
import { FigureTable } from './FigureTable';
import type { FigureText } from './figures';

const LIMIT = 10;

/**
 * The max-10 rule per team today: figures only, no names. A team with fewer open courses than
 * the minimum group size has its citizen figures withheld (by the API), like the period's tables.
 */
export function NowSection({ f }: { f: FigureText }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CaseloadSummariesDocument, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const rows = data.caseloadSummaries;
  if (rows.length === 0) return <p>{t('steering.noTeams')}</p>;
  const header = [t('steering.team'), t('steering.ratio'), t('steering.activeCitizens'), t('steering.waiting'), t('steering.membersOver'), t('steering.exceptions')];
  const guarded = (value: number | null | undefined, suppressed: boolean) => ({ value: value ?? null, suppressed });
  const ratioText = (row: (typeof rows)[number]) => {
    if (row.suppressed) return f.text(guarded(null, true));
    if (row.ratio === null || row.ratio === undefined) return t('steering.noRatio');
    const text = f.decimal(2)(row.ratio);
    return row.ratio > LIMIT ? `${text} (${t('steering.overLimit')})` : text;
  };
  return (
    <>
      <FigureTable
        caption={t('steering.caseloadCaption')}
        header={header}
        csvName={[t('steering.nowFile')]}
        rows={rows.map((row) => [
          row.teamName,
          ratioText(row),
          f.text(guarded(row.activeCitizens, row.suppressed)),
          f.text(guarded(row.waiting, row.suppressed)),
          String(row.membersOverCapacity),
          String(row.exceptionsInForce),
        ])}
        csvRows={rows.map((row) => [
          row.teamName,
          row.suppressed ? f.csv(guarded(null, true)) : row.ratio,
          f.csv(guarded(row.activeCitizens, row.suppressed)),
          f.csv(guarded(row.waiting, row.suppressed)),
          row.membersOverCapacity,
          row.exceptionsInForce,
        ])}
      />
      <p className="muted">{t('steering.caseloadNote', { limit: LIMIT })}</p>
    </>
  );
}
