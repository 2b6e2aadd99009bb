import { MeetingOccurrence, MeetingSeries } from '@act/db';
import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';

/** How many next occurrences a series shows at most (the field's `first` is capped by it). */
export const MAX_NEXT_OCCURRENCES = 20;

/** Request-scoped loaders of the scheduling module (created with every other loader per request). */
export function schedulingLoaders(db: EntityManager) {
  return {
    meetingSeriesById: new DataLoader<string, MeetingSeries | null>(async (ids) => {
      const rows = await db.find(MeetingSeries, { where: { id: In([...ids]) } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** The series' next occurrences (not yet ended), soonest first, whatever their status. */
    nextOccurrencesBySeries: new DataLoader<string, MeetingOccurrence[]>(async (seriesIds) => {
      const ids: Array<{ id: string }> = await db.query(
        `SELECT id FROM (
           SELECT o.id, row_number() OVER (PARTITION BY o.series_id ORDER BY o.starts_at, o.id) AS n
           FROM meeting_occurrence o WHERE o.series_id = ANY($1::uuid[]) AND o.ends_at > now()
         ) x WHERE n <= $2`,
        [[...seriesIds], MAX_NEXT_OCCURRENCES],
      );
      const rows = ids.length ? await db.find(MeetingOccurrence, { where: { id: In(ids.map((r) => r.id)) }, order: { startsAt: 'ASC', id: 'ASC' } }) : [];
      return seriesIds.map((id) => rows.filter((r) => r.seriesId === id));
    }),
    attendeesByOccurrence: new DataLoader<string, Array<{ memberId: string; name: string }>>(async (occurrenceIds) => {
      const rows: Array<{ occurrence_id: string; member_id: string; name: string }> = await db.query(
        `SELECT a.occurrence_id, a.member_id, u.name
         FROM meeting_occurrence_attendee a JOIN team_member m ON m.id = a.member_id JOIN app_user u ON u.id = m.user_id
         WHERE a.occurrence_id = ANY($1::uuid[]) ORDER BY u.name, a.member_id`,
        [[...occurrenceIds]],
      );
      return occurrenceIds.map((id) => rows.filter((r) => r.occurrence_id === id).map((r) => ({ memberId: r.member_id, name: r.name })));
    }),
    memberNameById: new DataLoader<string, string | null>(async (memberIds) => {
      const rows: Array<{ id: string; name: string }> = await db.query(
        `SELECT m.id, u.name FROM team_member m JOIN app_user u ON u.id = m.user_id WHERE m.id = ANY($1::uuid[])`,
        [[...memberIds]],
      );
      const map = new Map(rows.map((r) => [r.id, r.name]));
      return memberIds.map((id) => map.get(id) ?? null);
    }),
  };
}
