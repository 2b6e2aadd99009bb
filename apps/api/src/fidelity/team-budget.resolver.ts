import { Role, type Team } from '@act/db';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { leadsTeam, requireViewer } from '../auth/access-policy';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { TeamModel } from '../teams/team.model';
import { FidelityAdminService } from './fidelity-admin.service';
import { TeamBudgetedPositionsModel } from './fidelity.model';

/** The team's budgeted positions as read by those who set them (the admin, the team's leader). */
@Resolver(() => TeamModel)
export class TeamBudgetResolver {
  constructor(private readonly admin: FidelityAdminService) {}

  @Requires(Permission.ReadTeams)
  @ResolveField(() => [TeamBudgetedPositionsModel], {
    nullable: true,
    description: "The team's budgeted positions (normering), oldest first; null for those who do not set them (only the admin and the team's leader do).",
  })
  async budgetedPositions(@Context() ctx: RequestContext, @Parent() team: Team): Promise<TeamBudgetedPositionsModel[] | null> {
    const viewer = requireViewer(ctx.viewer);
    if (viewer.role !== Role.Admin && !leadsTeam(viewer, team.id)) return null;
    return this.admin.budget(ctx, team.id);
  }
}
