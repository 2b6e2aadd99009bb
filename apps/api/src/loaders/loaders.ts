import { AppUser, Citizen, CitizenStatus, Team, TeamMember } from '@act/db';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import {
  admissionByCitizen,
  assignmentHistoryByCitizen,
  openAssignmentByCitizen,
  secondaryMemberIdsByCitizen,
} from '../caseload/caseload.loaders';
import { createCarePlanLoaders } from '../care-plans/care-plan.loaders';
import type { RequestContext } from '../common/request/request-context';
import { visitLoaders } from '../visits/visits.loaders';
import { crisisFlagByCitizen, decisionsByCitizen, openTasksByCitizen } from '../meetings/meetings.loaders';
import { networkMeetingsByCitizen } from '../network-meetings/network-meetings.loaders';
import { boardEntryByCitizen } from '../team-board/team-board.loaders';

/** One factory per loader; created per request so caches never cross viewers or tenants. */
function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function createLoaders(ctx: RequestContext) {
  return {
    teamById: byId((ids) => ctx.db.find(Team, { where: { id: In(ids) } })),
    memberById: byId((ids) => ctx.db.find(TeamMember, { where: { id: In(ids) } })),
    openAssignmentByCitizen: openAssignmentByCitizen(ctx.db),
    assignmentHistoryByCitizen: assignmentHistoryByCitizen(ctx.db),
    secondaryMemberIdsByCitizen: secondaryMemberIdsByCitizen(ctx.db),
    admissionByCitizen: admissionByCitizen(ctx.db),
    openTasksByCitizen: openTasksByCitizen(ctx.db),
    decisionsByCitizen: decisionsByCitizen(ctx.db),
    crisisFlagByCitizen: crisisFlagByCitizen(ctx.db),
    boardEntryByCitizen: boardEntryByCitizen(ctx.db),
    networkMeetingsByCitizen: networkMeetingsByCitizen(ctx.db),
    userById: byId((ids) => ctx.db.find(AppUser, { where: { id: In(ids) } })),
    citizenById: byId((ids) => ctx.db.find(Citizen, { where: { id: In(ids) } })),
    ...createCarePlanLoaders(ctx.db),
    ...visitLoaders(ctx.db),
    activeCitizenCountByTeam: new DataLoader<string, number>(async (teamIds) => {
      const rows: Array<{ team_id: string; n: number }> = await ctx.db.query(
        `SELECT team_id, count(*)::int AS n FROM citizen WHERE team_id = ANY($1) AND status = $2 GROUP BY team_id`,
        [[...teamIds], CitizenStatus.Active],
      );
      const map = new Map(rows.map((r) => [r.team_id, r.n]));
      return teamIds.map((id) => map.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
