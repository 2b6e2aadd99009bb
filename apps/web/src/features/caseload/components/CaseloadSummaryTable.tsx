import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatDecimal } from '../format';
import { CaseloadSummariesDocument } from '../graphql/caseload';
import '../caseload.css';

const LIMIT = 10;

/** The max-10 rule per team for the steering group: figures only, no names. */
export function CaseloadSummaryTable() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CaseloadSummariesDocument, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const rows = data.caseloadSummaries;
  if (rows.length === 0) return <p>{t('steering.noTeams')}</p>;
  return (
    <>
    <div className="table-scroll" role="region" aria-labelledby="caseload-summary-caption" tabIndex={0}>
      <table>
        <caption id="caseload-summary-caption">{t('steering.caseloadCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('steering.team')}</th>
            <th scope="col" className="num">
              {t('steering.ratio')}
            </th>
            <th scope="col" className="num">
              {t('steering.activeCitizens')}
            </th>
            <th scope="col" className="num">
              {t('steering.waiting')}
            </th>
            <th scope="col" className="num">
              {t('steering.membersOver')}
            </th>
            <th scope="col" className="num">
              {t('steering.exceptions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const over = row.ratio !== null && row.ratio !== undefined && row.ratio > LIMIT;
            return (
              <tr key={row.teamId}>
                <th scope="row">{row.teamName}</th>
                <td className="num">
                  {row.ratio === null || row.ratio === undefined ? (
                    t('steering.noRatio')
                  ) : (
                    <span className={over ? 'text-error' : undefined}>
                      {formatDecimal(row.ratio, i18n.language)}
                      {over && <> ({t('steering.overLimit')})</>}
                    </span>
                  )}
                </td>
                <td className="num">{row.activeCitizens}</td>
                <td className="num">{row.waiting}</td>
                <td className="num">
                  <span className={row.membersOverCapacity > 0 ? 'text-error' : undefined}>{row.membersOverCapacity}</span>
                </td>
                <td className="num">{row.exceptionsInForce}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    <p className="muted">{t('steering.caseloadNote', { limit: LIMIT })}</p>
    </>
  );
}
