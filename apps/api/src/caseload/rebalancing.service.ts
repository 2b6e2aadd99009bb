import { proposeRebalancing, type RebalanceCitizen, type RebalanceMember } from '@act/domain';
import { Injectable } from '@nestjs/common';
import { audit } from '../access-log/audit.buffer';
import { assertLeadsTeam, requireViewer } from '../auth/access-policy';
import type { RequestContext } from '../common/request/request-context';
import type { RebalanceProposalModel } from './caseload.model';
import { assignedCitizens, daysWaiting, exceptionsInForce, membersWithLoad, secondaryContactsOfTeam, waitingCitizens } from './caseload.queries';

/** Reads the team's state and asks the domain rule for moves; accepting one goes through assign. */
@Injectable()
export class RebalancingService {
  async propose(ctx: RequestContext, teamId: string): Promise<RebalanceProposalModel> {
    const viewer = requireViewer(ctx.viewer);
    assertLeadsTeam(viewer, teamId);
    const members = await membersWithLoad(ctx.db, teamId);
    const exceptions = await exceptionsInForce(ctx.db, teamId);
    const assigned = await assignedCitizens(ctx.db, teamId);
    const waiting = await waitingCitizens(ctx.db, teamId);
    const secondary = await secondaryContactsOfTeam(ctx.db, teamId);
    const secondaryOf = (citizenId: string) => secondary.filter((s) => s.citizen_id === citizenId).map((s) => s.member_id);
    const now = Date.now();

    const input = {
      members: members.map(
        (m): RebalanceMember => ({
          id: m.id,
          discipline: m.discipline,
          fte: Number(m.fte),
          carriesCaseload: m.carries_caseload,
          exceptionExtra: exceptions.filter((e) => e.member_id === m.id).reduce((sum, e) => sum + e.extra, 0),
        }),
      ),
      citizens: [
        ...assigned.map((a): RebalanceCitizen => ({ id: a.citizen.id, primaryMemberId: a.memberId, secondaryMemberIds: secondaryOf(a.citizen.id) })),
        ...waiting.map(
          (c): RebalanceCitizen => ({
            id: c.id,
            primaryMemberId: null,
            daysWaiting: daysWaiting(c, now),
            secondaryMemberIds: secondaryOf(c.id),
          }),
        ),
      ],
    };
    const proposal = proposeRebalancing(input);
    const citizenName = new Map([...assigned.map((a) => [a.citizen.id, a.citizen.name] as const), ...waiting.map((c) => [c.id, c.name] as const)]);
    const memberName = new Map(members.map((m) => [m.id, m.name]));
    audit(ctx, ...proposal.moves.map((m) => ({ operation: 'citizen.list' as const, citizenId: m.citizenId, criterion: `rebalancing:team:${teamId}` })));
    return {
      moves: proposal.moves.map((m) => ({
        citizenId: m.citizenId,
        citizenName: citizenName.get(m.citizenId) ?? '',
        fromMemberId: m.fromMemberId,
        fromMemberName: m.fromMemberId ? (memberName.get(m.fromMemberId) ?? null) : null,
        toMemberId: m.toMemberId,
        toMemberName: memberName.get(m.toMemberId) ?? '',
        reason: m.reason,
        basis: m.basis,
      })),
      stillWaiting: proposal.stillWaiting.length,
      stillOver: proposal.stillOver.reduce((sum, s) => sum + s.excess, 0),
    };
  }
}
