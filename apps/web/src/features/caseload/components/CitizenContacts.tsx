import { useTranslation } from 'react-i18next';
import type { CitizenCaseloadFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';
import '../caseload.css';

/** "Primær kontaktperson" now, the ones before it with dates, and the other contacts. */
export function CitizenContacts({ citizen }: { citizen: CitizenCaseloadFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(value, i18n.language);
  const current = citizen.primaryContact;
  const earlier = citizen.primaryContactHistory.filter((a) => a.endedAt);
  return (
    <section aria-labelledby="primary-heading" className="panel">
      <h2 id="primary-heading">{t('caseload.citizen.primaryTitle')}</h2>
      {current ? (
        <p>
          <strong>{current.memberName}</strong> {t('caseload.citizen.since', { date: date(current.startedAt) })}
          {current.assignedByName && <span className="muted"> {t('caseload.citizen.assignedBy', { name: current.assignedByName })}</span>}
        </p>
      ) : (
        <p className="text-warning">{t('caseload.citizen.noPrimary')}</p>
      )}
      {citizen.secondaryContacts.length > 0 && (
        <>
          <h3>{t('caseload.citizen.secondaryTitle')}</h3>
          <ul>
            {citizen.secondaryContacts.map((m) => (
              <li key={m.id}>
                {m.user.name} <span className="muted">({t(`discipline.${m.discipline}`)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('caseload.citizen.historyTitle')}</h3>
      {earlier.length === 0 ? (
        <p className="muted">{t('caseload.citizen.noHistory')}</p>
      ) : (
        <ol className="history">
          {earlier.map((a) => (
            <li key={a.id}>
              <strong>{a.memberName}</strong>
              <br />
              {t('caseload.citizen.period', { from: date(a.startedAt), to: date(a.endedAt!) })}
              {a.endReason && (
                <>
                  <br />
                  <span className="muted">{t('caseload.citizen.endReason', { reason: a.endReason })}</span>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
