import { Team, TeamMember } from '@act/db';
import { Injectable } from '@nestjs/common';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import { canReadTeam, canSeeAllTeams, requireViewer, viewerTeamIds } from '../auth/access-policy';
import { type Connection, type PageArgs, paginate } from '../common/graphql/connection';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { RequestContext } from '../common/request/request-context';
import type { AddTeamMemberInput, CreateTeamInput, UpdateTeamInput, UpdateTeamMemberInput } from './dto/team.inputs';
import { CaseloadErrorCode, CaseloadException, parseLimitError } from '../caseload/caseload.exception';
import { TeamErrorCode, TeamException } from './team.exception';

@Injectable()
export class TeamsService {
  async list(ctx: RequestContext, page: PageArgs): Promise<Connection<Team>> {
    const viewer = requireViewer(ctx.viewer);
    const qb = ctx.db.getRepository(Team).createQueryBuilder('t');
    if (!canSeeAllTeams(viewer)) qb.where('t.id = ANY(:ids)', { ids: viewerTeamIds(viewer) });
    return paginate(qb, page, [
      { column: 't.name', value: (t) => t.name },
      { column: 't.id', value: (t) => t.id, kind: 'uuid' },
    ]);
  }

  async get(ctx: RequestContext, id: string): Promise<Team> {
    const viewer = requireViewer(ctx.viewer);
    const team = await ctx.loaders.teamById.load(id);
    if (!team) throw new TeamException(TeamErrorCode.NotFound, 'Teamet findes ikke.');
    if (!canReadTeam(viewer, team.id)) throw new AuthException(AuthErrorCode.Forbidden);
    return team;
  }

  async create(ctx: RequestContext, input: CreateTeamInput): Promise<Team> {
    const viewer = requireViewer(ctx.viewer);
    try {
      return await ctx.db.save(ctx.db.create(Team, { tenantId: viewer.tenantId, name: input.name.trim() }));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_team_tenant_name')) {
        throw new TeamException(TeamErrorCode.NameTaken, 'Der findes allerede et team med det navn. Vælg et andet navn.', 'name');
      }
      throw error;
    }
  }

  async update(ctx: RequestContext, input: UpdateTeamInput): Promise<Team> {
    const team = await this.get(ctx, input.id);
    team.name = input.name.trim();
    try {
      return await ctx.db.save(team);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_team_tenant_name')) {
        throw new TeamException(TeamErrorCode.NameTaken, 'Der findes allerede et team med det navn. Vælg et andet navn.', 'name');
      }
      throw error;
    }
  }

  async members(ctx: RequestContext, teamId: string, page: PageArgs): Promise<Connection<TeamMember>> {
    const qb = ctx.db
      .getRepository(TeamMember)
      .createQueryBuilder('m')
      .where('m.team_id = :teamId', { teamId });
    // A stable order; the web shows the team leader first.
    return paginate(qb, page, [{ column: 'm.id', value: (m) => m.id, kind: 'uuid' }]);
  }

  async addMember(ctx: RequestContext, input: AddTeamMemberInput): Promise<TeamMember> {
    const viewer = requireViewer(ctx.viewer);
    await this.get(ctx, input.teamId);
    const user = await ctx.loaders.userById.load(input.userId);
    if (!user) throw new TeamException(TeamErrorCode.UserNotFound, 'Brugeren findes ikke.', 'userId');
    try {
      return await ctx.db.save(
        ctx.db.create(TeamMember, {
          tenantId: viewer.tenantId,
          teamId: input.teamId,
          userId: input.userId,
          discipline: input.discipline as TeamMember['discipline'],
          fte: input.fte,
          isTeamLeader: input.isTeamLeader,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_team_member_team_user')) {
        throw new TeamException(TeamErrorCode.AlreadyMember, 'Brugeren er allerede med i teamet.', 'userId');
      }
      throw error;
    }
  }

  async updateMember(ctx: RequestContext, input: UpdateTeamMemberInput): Promise<TeamMember> {
    const member = await ctx.db.findOne(TeamMember, { where: { id: input.id } });
    if (!member) throw new TeamException(TeamErrorCode.MemberNotFound, 'Teammedlemmet findes ikke.', 'id');
    if (input.discipline !== undefined && input.discipline !== null) member.discipline = input.discipline as TeamMember['discipline'];
    if (input.fte !== undefined && input.fte !== null) member.fte = input.fte;
    if (input.isTeamLeader !== undefined && input.isTeamLeader !== null) member.isTeamLeader = input.isTeamLeader;
    const user = await ctx.loaders.userById.load(member.userId); // before: a refused write aborts the transaction
    try {
      return await ctx.db.save(member);
    } catch (error) {
      // The max-10 trigger refuses an FTE below the member's current caseload.
      const limit = parseLimitError(error);
      if (!limit) throw error;
      const move = limit.load - limit.capacity;
      throw new CaseloadException(
        CaseloadErrorCode.FteBelowLoad,
        `${user?.name ?? 'Medarbejderen'} er primær kontaktperson for ${limit.load} borgere og kan med den nye normering ` +
          `højst have ${limit.capacity}. Flyt først ${move} ${move === 1 ? 'borger' : 'borgere'} til andre i teamet.`,
        'fte',
      );
    }
  }
}
