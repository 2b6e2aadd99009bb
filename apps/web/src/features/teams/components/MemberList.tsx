import { useTranslation } from 'react-i18next';
import type { Discipline } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format-date';

export interface MemberItem {
  id: string;
  discipline: Discipline;
  fte: number;
  isTeamLeader: boolean;
  /** Last day on the team, when one is registered (ADR 0025). */
  leftOn?: string | null;
  user: { id: string; name: string; email?: string };
}

/** Team members with discipline in Danish, FTE and the team-leader flag. */
export function MemberList({ members }: { members: MemberItem[] }) {
  const { t, i18n } = useTranslation();
  if (members.length === 0) return <p>{t('teams.noMembers')}</p>;
  const fte = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 2,
  });
  return (
    <ul className="card-list">
      {members.map((m) => (
        <li key={m.id} className="card">
          <p className="card__title">
            {m.user.name}
            {m.isTeamLeader && <span className="badge badge--leader">{t('teams.teamLeader')}</span>}
          </p>
          <dl className="inline-facts">
            <div>
              <dt>{t('teams.discipline')}</dt>
              <dd>{t(`discipline.${m.discipline}`)}</dd>
            </div>
            <div>
              <dt>{t('teams.fte')}</dt>
              <dd>{fte.format(m.fte)}</dd>
            </div>
            {m.leftOn && (
              <div>
                <dt>{t('staffing.lastDay')}</dt>
                <dd>{formatDate(m.leftOn, i18n.language)}</dd>
              </div>
            )}
            {m.user.email && (
              <div>
                <dt>{t('users.email')}</dt>
                <dd>{m.user.email}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
