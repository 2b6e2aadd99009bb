import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format-date';
import { StatusBadge } from '../../citizens/components/StatusBadge';
import { focusLater } from '../focus';
import { formatDecimal, isoDay } from '../format';
import type { AnnounceFn, MemberLoad } from '../types';
import { AssignForm } from './AssignForm';
import { ExceptionForm } from './ExceptionForm';
import { FteForm } from './FteForm';
import { LoadBar } from './LoadBar';

type Open = { kind: 'fte' } | { kind: 'exception' } | { kind: 'reassign'; citizenId: string } | null;

interface Props {
  member: MemberLoad;
  members: MemberLoad[];
  /** The viewer leads the team: show the tools that change things. */
  canManage: boolean;
  onChanged: AnnounceFn;
}

/** One member: load against capacity, any exception, their citizens and (for the leader) the tools. */
export function MemberCaseloadCard({ member, members, canManage, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const id = member.member.id;
  const headingId = `member-${id}-name`;
  const close = (toggleId: string) => {
    setOpen(null);
    focusLater(toggleId);
  };
  const done: AnnounceFn = (message) => {
    setOpen(null);
    onChanged(message);
  };
  const ex = member.exception;

  return (
    <li className="card member-load">
      <h3 id={headingId} className="card__title">
        {member.name}
        {member.member.isTeamLeader && <span className="badge badge--leader">{t('teams.teamLeader')}</span>}
      </h3>
      <p className="muted">
        {t(`discipline.${member.member.discipline}`)} · {t('caseload.fteShort', { fte: formatDecimal(member.member.fte, i18n.language, 2) })}
      </p>
      <LoadBar load={member.load} capacity={member.capacity} allowed={member.allowed} overCapacity={member.overCapacity} />
      {ex && (
        <div className="exception">
          <p className="exception__title">
            <span aria-hidden="true" className="icon-warning">
              !
            </span>
            {t('caseload.exceptionInForce', {
              count: ex.extra,
              until: formatDate(isoDay(ex.validUntil), i18n.language),
            })}
          </p>
          <p>
            <strong>{t('caseload.exceptionReason')}:</strong> {ex.reason}
          </p>
          <p className="muted">{t('caseload.exceptionGrantedBy', { name: ex.grantedByName })}</p>
        </div>
      )}

      {member.citizens.length > 0 && (
        <details className="member-citizens">
          <summary>{t('caseload.showCitizens', { count: member.citizens.length })}</summary>
          <ul className="plain-list">
            {member.citizens.map((citizen) => {
              const toggleId = `reassign-${citizen.id}-toggle`;
              const reassigning = open?.kind === 'reassign' && open.citizenId === citizen.id;
              return (
                <li key={citizen.id} className="citizen-row">
                  <div className="citizen-row__main">
                    <Link to={`/citizens/${citizen.id}`}>{citizen.name}</Link> <StatusBadge status={citizen.status} />
                  </div>
                  {canManage && !reassigning && (
                    <button
                      id={toggleId}
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => setOpen({ kind: 'reassign', citizenId: citizen.id })}
                    >
                      {t('caseload.reassign')}
                      <span className="visually-hidden"> {citizen.name}</span>
                    </button>
                  )}
                  {reassigning && (
                    <AssignForm
                      idPrefix={`reassign-${citizen.id}`}
                      citizen={citizen}
                      members={members}
                      currentMemberId={id}
                      label={t('caseload.newPrimaryFor', { name: citizen.name })}
                      submitLabel={t('caseload.assign')}
                      onAssigned={done}
                      onCancel={() => close(toggleId)}
                      autoFocus
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}

      {canManage && (
        <div className="member-tools">
          {open?.kind === 'fte' ? (
            <FteForm member={member} onSaved={done} onCancel={() => close(`fte-${id}-toggle`)} />
          ) : open?.kind === 'exception' ? (
            <ExceptionForm member={member} onSaved={done} onCancel={() => close(`exception-${id}-toggle`)} />
          ) : (
            <div className="button-row">
              <button
                id={`fte-${id}-toggle`}
                type="button"
                className="button button--small button--secondary"
                onClick={() => setOpen({ kind: 'fte' })}
              >
                {t('caseload.changeFte')}
                <span className="visually-hidden"> {member.name}</span>
              </button>
              <button
                id={`exception-${id}-toggle`}
                type="button"
                className="button button--small button--secondary"
                onClick={() => setOpen({ kind: 'exception' })}
              >
                {t('caseload.grantException')}
                <span className="visually-hidden"> {member.name}</span>
              </button>
            </div>
          )}
        </div>
      )}
    </li>
  );
}
