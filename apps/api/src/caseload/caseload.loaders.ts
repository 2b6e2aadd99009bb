import { AdmissionAssessment, PrimaryAssignment } from '@act/db';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';

export interface NamedAssignment extends PrimaryAssignment {
  memberName: string;
  assignedByName: string | null;
}

/** All assignments (open and ended) of each citizen, newest first, with names — one statement. */
export function assignmentHistoryByCitizen(db: EntityManager) {
  return new DataLoader<string, NamedAssignment[]>(async (citizenIds) => {
    const rows = await db.query<
      Array<{
        id: string;
        citizen_id: string;
        member_id: string;
        started_at: Date;
        ended_at: Date | null;
        end_reason: NamedAssignment['endReason'];
        end_kind: NamedAssignment['endKind'];
        member_name: string;
        assigned_by_name: string | null;
      }>
    >(
      `SELECT pa.id, pa.citizen_id, pa.member_id, pa.started_at, pa.ended_at, pa.end_reason, pa.end_kind,
              mu.name AS member_name, au.name AS assigned_by_name
       FROM primary_assignment pa
       JOIN team_member m ON m.id = pa.member_id
       JOIN app_user mu ON mu.id = m.user_id
       LEFT JOIN app_user au ON au.id = pa.assigned_by
       WHERE pa.citizen_id = ANY($1)
       ORDER BY pa.started_at DESC, pa.id`,
      [[...citizenIds]],
    );
    const byCitizen = new Map<string, NamedAssignment[]>();
    for (const r of rows) {
      const list = byCitizen.get(r.citizen_id) ?? [];
      list.push({
        id: r.id,
        citizenId: r.citizen_id,
        memberId: r.member_id,
        startedAt: r.started_at,
        endedAt: r.ended_at,
        endReason: r.end_reason,
        endKind: r.end_kind,
        memberName: r.member_name,
        assignedByName: r.assigned_by_name,
      } as NamedAssignment); // the list view needs no tenant or audit columns
      byCitizen.set(r.citizen_id, list);
    }
    return citizenIds.map((id) => byCitizen.get(id) ?? []);
  });
}

export function openAssignmentByCitizen(db: EntityManager) {
  return new DataLoader<string, PrimaryAssignment | null>(async (citizenIds) => {
    const rows = await db.find(PrimaryAssignment, { where: { citizenId: In([...citizenIds]), endedAt: IsNull() } });
    const map = new Map(rows.map((r) => [r.citizenId, r]));
    return citizenIds.map((id) => map.get(id) ?? null);
  });
}

export function secondaryMemberIdsByCitizen(db: EntityManager) {
  return new DataLoader<string, string[]>(async (citizenIds) => {
    const rows: Array<{ citizen_id: string; member_id: string }> = await db.query(
      `SELECT citizen_id, member_id FROM secondary_contact WHERE citizen_id = ANY($1) AND ended_at IS NULL`,
      [[...citizenIds]],
    );
    return citizenIds.map((id) => rows.filter((r) => r.citizen_id === id).map((r) => r.member_id));
  });
}

export function admissionByCitizen(db: EntityManager) {
  return new DataLoader<string, AdmissionAssessment | null>(async (citizenIds) => {
    const rows = await db.find(AdmissionAssessment, { where: { citizenId: In([...citizenIds]) } });
    const map = new Map(rows.map((r) => [r.citizenId, r]));
    return citizenIds.map((id) => map.get(id) ?? null);
  });
}
