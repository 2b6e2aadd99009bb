import { formatDanishTimeRange } from '@act/domain';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { NetworkMeetingListItemModel } from './network-meetings.model';

/** The citizen's network meetings, newest first — one statement for any number of citizens. */
export function networkMeetingsByCitizen(db: EntityManager) {
  return new DataLoader<string, NetworkMeetingListItemModel[]>(async (ids) => {
    const rows = (await db.query<Array<{ id: string; citizen_id: string; starts_at: Date; ends_at: Date; place: string; purpose: string; has_summary: boolean }>>(
      `SELECT id, citizen_id, starts_at, ends_at, place, purpose, summary IS NOT NULL AS has_summary
       FROM network_meeting WHERE citizen_id = ANY($1) ORDER BY starts_at DESC, id`,
      [[...ids]],
    ));
    return ids.map((id) =>
      rows
        .filter((r) => r.citizen_id === id)
        .map((r) => ({
          id: r.id,
          startsAt: r.starts_at,
          whenText: formatDanishTimeRange(r.starts_at, r.ends_at),
          place: r.place,
          purpose: r.purpose,
          hasSummary: r.has_summary,
        })),
    );
  });
}
