import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TeamAttentionFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../lib/format-date';
import { StartSection } from './StartSection';

/** What needs a team leader's attention in one team: queue, capacity, exceptions, not seen, next meeting. */
export function TeamAttention({ team }: { team: TeamAttentionFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const id = (part: string) => `team-${team.teamId}-${part}`;
  const caseload = `/teams/${team.teamId}/caseload`;
  const meeting = team.nextTeamMeeting;
  const supervision = team.nextSupervision;
  return (
    <section aria-labelledby={id('heading')} className="start-team">
      <h2 id={id('heading')}>
        <Link to={`/teams/${team.teamId}`}>{team.teamName}</Link>
      </h2>
      <StartSection
        id={id('waiting')}
        level={3}
        title={t('start.team.waiting', { count: team.waitingCount })}
        empty={team.waitingCount === 0}
        emptyText={t('start.team.noneWaiting')}
        link={{ to: caseload, label: t('start.team.toCaseload') }}
      >
        <ul className="start-list">
          {team.waiting.map((c) => (
            <li key={c.citizenId}>
              <Link to={`/citizens/${c.citizenId}`}>{c.citizenName}</Link> – {t('start.team.daysWaiting', { count: c.days ?? 0 })}
            </li>
          ))}
        </ul>
        {team.waitingCount > team.waiting.length && <p className="muted">{t('common.shownOf', { shown: team.waiting.length, total: team.waitingCount })}</p>}
      </StartSection>
      <StartSection
        id={id('capacity')}
        level={3}
        title={t('start.team.atCapacity', { count: team.membersAtCapacity.length })}
        empty={team.membersAtCapacity.length === 0}
        emptyText={t('start.team.noneAtCapacity')}
      >
        <ul className="start-list">
          {team.membersAtCapacity.map((m) => (
            <li key={m.memberId}>
              {t('start.team.load', { name: m.name, load: m.load, allowed: m.allowed })}
              {m.overCapacity && <strong> – {t('start.team.over')}</strong>}
            </li>
          ))}
        </ul>
      </StartSection>
      <StartSection
        id={id('exceptions')}
        level={3}
        title={t('start.team.expiring', { count: team.expiringExceptions.length })}
        empty={team.expiringExceptions.length === 0}
        emptyText={t('start.team.noneExpiring')}
      >
        <ul className="start-list">
          {team.expiringExceptions.map((e) => (
            <li key={`${e.memberId}-${e.validUntil}`}>
              {t('start.team.exception', { name: e.memberName, count: e.extra, date: formatDate(e.validUntil, i18n.language) })}
            </li>
          ))}
        </ul>
      </StartSection>
      <StartSection
        id={id('not-seen')}
        level={3}
        title={t('start.team.notSeen', { count: team.notSeenThresholdDays })}
        empty={team.notSeenCount === 0}
        emptyText={t('visits.notSeen.none', { count: team.notSeenThresholdDays })}
        link={{ to: `/teams/${team.teamId}/visits`, label: t('start.team.toTeamVisits') }}
      >
        <ul className="start-list">
          {team.notSeen.map((c) => (
            <li key={c.citizenId}>
              <Link to={`/citizens/${c.citizenId}`}>{c.citizenName}</Link> –{' '}
              {c.days === null ? t('visits.notSeen.never') : t('visits.notSeen.days', { count: c.days })}
            </li>
          ))}
        </ul>
        {team.notSeenCount > team.notSeen.length && <p className="muted">{t('common.shownOf', { shown: team.notSeen.length, total: team.notSeenCount })}</p>}
      </StartSection>
      <StartSection
        id={id('meeting')}
        level={3}
        title={t('start.team.nextMeeting')}
        empty={!meeting}
        emptyText={t('start.team.noMeeting')}
        link={meeting ? { to: `/meetings/${meeting.id}`, label: t('start.team.openMeeting') } : { to: `/teams/${team.teamId}/meetings`, label: t('start.team.toMeetings') }}
      >
        {meeting && (
          <p>
            {formatDateTime(meeting.startsAt, i18n.language)} · {meeting.place}
          </p>
        )}
      </StartSection>
      <StartSection
        id={id('supervision')}
        level={3}
        title={t('start.team.nextSupervision')}
        empty={!supervision}
        emptyText={t('start.team.noSupervision')}
        link={
          supervision
            ? { to: `/occurrences/${supervision.id}`, label: t('start.team.openSupervision') }
            : { to: `/teams/${team.teamId}/schedule`, label: t('start.team.toMeetingsAndSupervision') }
        }
      >
        {supervision && (
          <p>
            {formatDateTime(supervision.startsAt, i18n.language)} · {supervision.place}
          </p>
        )}
      </StartSection>
    </section>
  );
}
