import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessLogEntryFieldsFragment, AccessLogOperation } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format-date';

/** Every operation (the schema's AccessLogOperation enum) in plain words; the key parity test keeps da and en complete. */
function useOperationLabel() {
  const { t } = useTranslation();
  return (operation: AccessLogOperation) => t(`accessLog.operations.${operation}`);
}

export function AccessLogTable({ entries, caption }: { entries: AccessLogEntryFieldsFragment[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const operationLabel = useOperationLabel();
  const captionId = useId();
  return (
    // A wide table scrolls sideways on a phone; the region is focusable so keyboards can scroll it.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('accessLog.time')}</th>
            <th scope="col">{t('accessLog.actor')}</th>
            <th scope="col">{t('accessLog.operation')}</th>
            <th scope="col">{t('accessLog.purpose')}</th>
            <th scope="col">{t('accessLog.subject')}</th>
            <th scope="col">{t('accessLog.requestId')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.occurredAt, i18n.language)}</td>
              <td>{entry.actorName ?? entry.actorId ?? t('accessLog.unknownActor')}</td>
              <td>{operationLabel(entry.operation)}</td>
              <td>{t(`accessLog.purposes.${entry.purpose}`)}</td>
              <td className="mono">
                {entry.citizenId ? (
                  t('accessLog.citizenRef', { id: entry.citizenId })
                ) : entry.citizenIds.length > 1 ? (
                  // A list's one entry about several citizens (ADR 0026): the count, the ids on demand.
                  <details>
                    <summary>
                      {t('accessLog.citizensRef', { count: entry.citizenIds.length })}
                      {entry.criterion ? ` · ${t('accessLog.criterionRef', { criterion: entry.criterion })}` : ''}
                    </summary>
                    <ul>
                      {entry.citizenIds.map((id) => (
                        <li key={id}>{t('accessLog.citizenRef', { id })}</li>
                      ))}
                    </ul>
                  </details>
                ) : entry.criterion ? (
                  t('accessLog.criterionRef', { criterion: entry.criterion })
                ) : (
                  t('common.none')
                )}
              </td>
              <td className="mono">{entry.requestId}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
