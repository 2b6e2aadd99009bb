/**
 * Reading occurrences: one mapper to the GraphQL model, and the queries shared with "my week"
 * and the calendar feed (visits imports these; nothing here imports visits).
 */
import { MeetingKind, MeetingOccurrence, MeetingSeries, Role } from '@act/db';
import { toCopenhagenIsoDate } from '@act/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { MEETING_KIND_LABELS } from './scheduling.enums';
import type { MeetingOccurrenceModel, MeetingSeriesModel } from './scheduling.model';
import { ruleModel } from './recurrence-input';

export function toOccurrenceModel(o: MeetingOccurrence): MeetingOccurrenceModel {
  return {
    id: o.id,
    seriesId: o.seriesId,
    kind: o.kind,
    kindLabel: MEETING_KIND_LABELS[o.kind],
    teamId: o.teamId,
    originalDate: o.originalDate,
    date: toCopenhagenIsoDate(o.startsAt),
    startsAt: o.startsAt,
    endsAt: o.endsAt,
    place: o.place,
    moved: o.moved,
    status: o.status,
    statusReason: o.statusReason,
    statusSetAt: o.statusSetAt,
    teamMeetingId: o.teamMeetingId,
    remindAt: o.remindAt,
    presenterMemberId: o.presenterMemberId,
    citizenId: o.citizenId,
  };
}

export function toSeriesModel(s: MeetingSeries): MeetingSeriesModel {
  return {
    id: s.id,
    kind: s.kind,
    kindLabel: MEETING_KIND_LABELS[s.kind],
    teamId: s.teamId,
    memberId: s.memberId,
    title: s.title,
    rule: ruleModel(s.rrule, s.startDate),
    startDate: s.startDate,
    startTime: s.startTime,
    durationMinutes: s.durationMinutes,
    place: s.place,
    supervisorName: s.supervisorName,
    supervisorEmail: s.supervisorEmail,
    remindMinutesBefore: s.remindMinutesBefore,
    endedOn: s.endedOn,
  };
}

function inWindow(db: EntityManager, from: Date, to: Date): SelectQueryBuilder<MeetingOccurrence> {
  return db
    .getRepository(MeetingOccurrence)
    .createQueryBuilder('o')
    .where('o.starts_at >= :from AND o.starts_at < :to', { from, to })
    .orderBy('o.starts_at')
    .addOrderBy('o.id');
}

/**
 * The occurrences a user takes part in, starting in [from, to): their teams' meetings, sparring
 * and evaluation days, team supervision and their own, and steering group meetings for the
 * steering group. Used by "my week" and the calendar feed (which show only kind, time, place).
 */
export function occurrencesOfUser(db: EntityManager, userId: string, from: Date, to: Date): Promise<MeetingOccurrence[]> {
  return inWindow(db, from, to)
    .innerJoin(MeetingSeries, 's', 's.id = o.series_id')
    .andWhere(
      `((o.team_id IS NOT NULL AND EXISTS (
           SELECT 1 FROM team_member m WHERE m.team_id = o.team_id AND m.user_id = :userId AND member_is_current(m.left_on)
             AND (s.member_id IS NULL OR s.member_id = m.id OR m.is_team_leader)))
        OR (o.kind = :steering AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = :userId AND u.role = :steeringRole)))`,
      { userId, steering: MeetingKind.SteeringMeeting, steeringRole: Role.SteeringGroup },
    )
    .getMany();
}

/** A team's occurrences starting in [from, to) (the team's week). */
export function occurrencesOfTeam(db: EntityManager, teamId: string, from: Date, to: Date): Promise<MeetingOccurrence[]> {
  return inWindow(db, from, to).andWhere('o.team_id = :teamId', { teamId }).getMany();
}
