import { AppUser, Citizen, CitizenStatus, CooperationAgreement, Team, TeamMember } from '@act/db';
import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import {
  admissionByCitizen,
  assignmentHistoryByCitizen,
  openAssignmentByCitizen,
  secondaryMemberIdsByCitizen,
} from '../caseload/caseload.loaders';
import { createCarePlanLoaders } from '../care-plans/care-plan.loaders';
import { visitLoaders } from '../visits/visits.loaders';
import { crisisFlagByCitizen, decisionsByCitizen, openTasksByCitizen } from '../meetings/meetings.loaders';
import { networkMeetingsByCitizen } from '../network-meetings/network-meetings.loaders';
import { boardEntryByCitizen } from '../team-board/team-board.loaders';
import { schedulingLoaders } from '../scheduling/scheduling.loaders';

/** One factory per loader; created per request so caches never cross viewers or tenants. */
function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function createLoaders(db: EntityManager) {
  return {
    teamById: byId((ids) => db.find(Team, { where: { id: In(ids) } })),
    memberById: byId((ids) => db.find(TeamMember, { where: { id: In(ids) } })),
    openAssignmentByCitizen: openAssignmentByCitizen(db),
    assignmentHistoryByCitizen: assignmentHistoryByCitizen(db),
    secondaryMemberIdsByCitizen: secondaryMemberIdsByCitizen(db),
    admissionByCitizen: admissionByCitizen(db),
    openTasksByCitizen: openTasksByCitizen(db),
    decisionsByCitizen: decisionsByCitizen(db),
    crisisFlagByCitizen: crisisFlagByCitizen(db),
    boardEntryByCitizen: boardEntryByCitizen(db),
    networkMeetingsByCitizen: networkMeetingsByCitizen(db),
    userById: byId((ids) => db.find(AppUser, { where: { id: In(ids) } })),
    citizenById: byId((ids) => db.find(Citizen, { where: { id: In(ids) } })),
    agreementById: byId((ids) => db.find(CooperationAgreement, { where: { id: In(ids) } })),
    ...createCarePlanLoaders(db),
    ...visitLoaders(db),
    ...schedulingLoaders(db),
    activeCitizenCountByTeam: new DataLoader<string, number>(async (teamIds) => {
      const rows: Array<{ team_id: string; n: number }> = await db.query(
        `SELECT team_id, count(*)::int AS n FROM citizen WHERE team_id = ANY($1) AND status = $2 GROUP BY team_id`,
        [[...teamIds], CitizenStatus.Active],
      );
      const map = new Map(rows.map((r) => [r.team_id, r.n]));
      return teamIds.map((id) => map.get(id) ?? 0);
    }),
    /** A member's staffing history, oldest first (ADR 0025). */
    spansByMember: new DataLoader<string, Array<{ from: string; to: string | null; fte: number; discipline: string }>>(async (memberIds) => {
      const rows: Array<{ member_id: string; from: string; to: string | null; fte: string; discipline: string }> = await db.query(
        `SELECT member_id, to_char(valid_from, 'YYYY-MM-DD') AS "from", to_char(valid_to, 'YYYY-MM-DD') AS "to", fte::text AS fte, discipline::text AS discipline
         FROM team_member_span WHERE member_id = ANY($1) ORDER BY member_id, valid_from`,
        [[...memberIds]],
      );
      const map = new Map<string, Array<{ from: string; to: string | null; fte: number; discipline: string }>>();
      for (const r of rows) map.set(r.member_id, [...(map.get(r.member_id) ?? []), { from: r.from, to: r.to, fte: Number(r.fte), discipline: r.discipline }]);
      return memberIds.map((id) => map.get(id) ?? []);
    }),
    /** The tenant's minimum group size for aggregates (one read per request). */
    minGroupSizeByTenant: new DataLoader<string, number>(async (tenantIds) => {
      const rows: Array<{ id: string; n: number }> = await db.query(`SELECT id, min_group_size AS n FROM tenant WHERE id = ANY($1)`, [[...tenantIds]]);
      const map = new Map(rows.map((r) => [r.id, r.n]));
      return tenantIds.map((id) => map.get(id) ?? 5);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
