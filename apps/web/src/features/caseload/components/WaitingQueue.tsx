import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../citizens/components/StatusBadge';
import type { AnnounceFn, MemberLoad, WaitingItem } from '../types';
import { AssignForm } from './AssignForm';

interface Props {
  waiting: WaitingItem[];
  members: MemberLoad[];
  canManage: boolean;
  onAssigned: AnnounceFn;
}

/** Citizens without a primary contact, longest waiting first; the leader assigns from here. */
export function WaitingQueue({ waiting, members, canManage, onAssigned }: Props) {
  const { t } = useTranslation();
  if (waiting.length === 0) return <p>{t('caseload.noneWaiting')}</p>;
  return (
    <ul className="card-list">
      {waiting.map(({ citizen, daysWaiting, admission }) => (
        <li key={citizen.id} className="card waiting">
          <p className="card__title">
            <Link to={`/citizens/${citizen.id}`}>{citizen.name}</Link>
            <StatusBadge status={citizen.status} />
          </p>
          <p>{daysWaiting === 0 ? t('caseload.waitingToday') : t('caseload.daysWaiting', { count: daysWaiting })}</p>
          <p className={admission && !admission.allMet ? 'text-warning' : undefined}>
            {!admission ? (
              <>
                {t('caseload.admissionMissing')}{' '}
                <Link to={`/citizens/${citizen.id}#admission-heading`}>{t('caseload.admissionRecord')}</Link>
              </>
            ) : admission.allMet ? (
              t('caseload.admissionMet')
            ) : (
              t('caseload.admissionNotMet')
            )}
          </p>
          {canManage && (
            <AssignForm
              idPrefix={`assign-${citizen.id}`}
              citizen={citizen}
              members={members}
              label={t('caseload.primaryFor', { name: citizen.name })}
              submitLabel={t('caseload.assign')}
              onAssigned={onAssigned}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
