import { useTranslation } from 'react-i18next';
import type { AccessLogEntryFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../lib/format-date';

/**
 * The citizen's own extract: who saw or changed their data, when, what and why, in plain
 * Danish for the citizen to read and keep (printed, or saved as PDF from the print dialog).
 * No ids, request ids or search criteria: those mean nothing to the citizen.
 */
export function ExtractDocument({ entries, cprMasked }: { entries: AccessLogEntryFieldsFragment[]; cprMasked: string }) {
  const { t, i18n } = useTranslation();
  const first = entries[0]?.occurredAt;
  const last = entries[entries.length - 1]?.occurredAt;
  return (
    <article className="extract-document" aria-labelledby="extract-document-heading">
      <h3 id="extract-document-heading">{t('accessLog.document.title')}</h3>
      <p>{t('accessLog.document.intro', { cpr: cprMasked })}</p>
      <p>
        {t('accessLog.document.made', { date: formatDate(new Date(), i18n.language) })}{' '}
        {first && last
          ? t('accessLog.document.span', { count: entries.length, first: formatDate(first, i18n.language), last: formatDate(last, i18n.language) })
          : t('accessLog.document.none')}
      </p>
      {entries.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="extract-document-heading" tabIndex={0}>
          <table>
            <caption className="visually-hidden">{t('accessLog.document.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accessLog.document.when')}</th>
                <th scope="col">{t('accessLog.document.who')}</th>
                <th scope="col">{t('accessLog.document.what')}</th>
                <th scope="col">{t('accessLog.document.why')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.occurredAt, i18n.language)}</td>
                  <td>{e.actorName ?? t('accessLog.document.unknownPerson')}</td>
                  <td>{t(`accessLog.operations.${e.operation}`)}</td>
                  <td>{t(`accessLog.purposes.${e.purpose}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{t('accessLog.document.questions')}</p>
    </article>
  );
}
