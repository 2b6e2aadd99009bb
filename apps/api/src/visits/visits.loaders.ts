import { addDays, copenhagenToday, copenhagenWallTimeToUtc, isoWeekStart, type Contact, type ContactPlace } from '@act/domain';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { VISIT_COLUMNS, type VisitRow } from './visit.queries';
import type { VisitParticipantModel } from './visit.model';

/** How many past and coming visits the citizen overview shows. */
export const OVERVIEW_VISITS = 3;

/** Request-scoped loaders for visits: each is one statement per request, whatever the list. */
export function visitLoaders(db: EntityManager) {
  return {
    participantsByVisit: new DataLoader<string, VisitParticipantModel[]>(async (visitIds) => {
      const rows = (await db.query<Array<{ visit_id: string; member_id: string; user_id: string; name: string }>>(
        `SELECT vm.visit_id, vm.member_id, u.id AS user_id, u.name
         FROM visit_member vm JOIN team_member m ON m.id = vm.member_id JOIN app_user u ON u.id = m.user_id
         WHERE vm.visit_id = ANY($1) ORDER BY u.name, vm.member_id`,
        [[...visitIds]],
      ));
      const map = new Map<string, VisitParticipantModel[]>();
      for (const r of rows) {
        const list = map.get(r.visit_id) ?? [];
        list.push({ memberId: r.member_id, userId: r.user_id, name: r.name });
        map.set(r.visit_id, list);
      }
      return visitIds.map((id) => map.get(id) ?? []);
    }),

    /** The last and next few visits of each citizen (two index walks per citizen, one statement). */
    lastAndNextVisitsByCitizen: new DataLoader<string, { last: VisitRow[]; next: VisitRow[] }>(async (citizenIds) => {
      const rows = (await db.query<Array<VisitRow & { bucket: 'last' | 'next' }>>(
        `SELECT 'last' AS bucket, l.* FROM unnest($1::uuid[]) AS cid(id) CROSS JOIN LATERAL (
           SELECT ${VISIT_COLUMNS} FROM visit v
           WHERE v.citizen_id = cid.id AND (v.outcome IS NOT NULL OR v.planned_start <= now())
           ORDER BY v.planned_start DESC, v.id LIMIT $2) l
         UNION ALL
         SELECT 'next' AS bucket, n.* FROM unnest($1::uuid[]) AS cid(id) CROSS JOIN LATERAL (
           SELECT ${VISIT_COLUMNS} FROM visit v
           WHERE v.citizen_id = cid.id AND v.outcome IS NULL AND v.planned_start > now()
           ORDER BY v.planned_start, v.id LIMIT $2) n`,
        [[...citizenIds], OVERVIEW_VISITS],
      ));
      return citizenIds.map((id) => ({
        last: rows.filter((r) => r.citizen_id === id && r.bucket === 'last'),
        next: rows.filter((r) => r.citizen_id === id && r.bucket === 'next'),
      }));
    }),

    /** Contacts (done visits) since the Monday three weeks back, and the last face-to-face ever. */
    contactsByCitizen: new DataLoader<string, { contacts: Contact[]; lastFaceToFace: Date | null }>(async (citizenIds) => {
      const from = copenhagenWallTimeToUtc(addDays(isoWeekStart(copenhagenToday()), -21), '00:00');
      const rows = (await db.query<Array<{
        citizen_id: string;
        planned_start: Date | null;
        actual_minutes: number | null;
        face_to_face: boolean | null;
        place_kind: ContactPlace | null;
        member_ids: string[] | null;
        last_f2f: Date | null;
      }>>(
        `SELECT v.citizen_id, v.planned_start, v.actual_minutes, v.face_to_face, v.place_kind,
                COALESCE(array_agg(vm.member_id) FILTER (WHERE vm.member_id IS NOT NULL), '{}') AS member_ids,
                NULL::timestamptz AS last_f2f
         FROM visit v LEFT JOIN visit_member vm ON vm.visit_id = v.id
         WHERE v.citizen_id = ANY($1) AND v.outcome = 'done' AND v.planned_start >= $2
         GROUP BY v.id
         UNION ALL
         SELECT cid.id, NULL, NULL, NULL, NULL, NULL, lf.at
         FROM unnest($1::uuid[]) AS cid(id) CROSS JOIN LATERAL (
           SELECT max(v.planned_start) AS at FROM visit v WHERE v.citizen_id = cid.id AND v.outcome = 'done' AND v.face_to_face) lf`,
        [[...citizenIds], from],
      ));
      return citizenIds.map((id) => {
        const mine = rows.filter((r) => r.citizen_id === id);
        return {
          contacts: mine
            .filter((r) => r.planned_start)
            .map((r) => ({
              start: r.planned_start!,
              minutes: r.actual_minutes ?? 0,
              faceToFace: Boolean(r.face_to_face),
              place: r.place_kind!,
              memberIds: r.member_ids ?? [],
            })),
          lastFaceToFace: mine.find((r) => !r.planned_start)?.last_f2f ?? null,
        };
      });
    }),
  };
}
