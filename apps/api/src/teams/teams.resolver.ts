import { Role, type Team } from '@act/db';
import { guard } from '@act/domain';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import { PageArgs } from '../common/graphql/connection';
import type { RequestContext } from '../common/request/request-context';
import { CitizenConnection } from '../citizens/citizen.model';
import { CitizensService } from '../citizens/citizens.service';
import { CitizenListArgs } from '../citizens/dto/citizen.inputs';
import { CreateTeamInput, UpdateTeamInput } from './dto/team.inputs';
import { TeamConnection, TeamMemberConnection, TeamMemberModel, TeamModel } from './team.model';
import { TeamsService } from './teams.service';

@Resolver(() => TeamModel)
export class TeamsResolver {
  constructor(
    private readonly teams: TeamsService,
    private readonly citizens: CitizensService,
  ) {}

  @Requires(Permission.ReadTeams)
  @Query(() => TeamConnection, { name: 'teams', description: 'Teams the viewer may see.' })
  teamsList(@Context() ctx: RequestContext, @Args() page: PageArgs) {
    return this.teams.list(ctx, page);
  }

  @Requires(Permission.ReadTeams)
  @Query(() => TeamModel)
  team(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.teams.get(ctx, id);
  }

  @Requires(Permission.ManageTeams)
  @Mutation(() => TeamModel)
  createTeam(@Context() ctx: RequestContext, @Args('input') input: CreateTeamInput) {
    return this.teams.create(ctx, input);
  }

  @Requires(Permission.ManageTeams)
  @Mutation(() => TeamModel)
  updateTeam(@Context() ctx: RequestContext, @Args('input') input: UpdateTeamInput) {
    return this.teams.update(ctx, input);
  }

  @Requires(Permission.ReadTeams)
  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Number of active citizens (an aggregate; no personal data). Null (withheld) for the steering group when fewer than the minimum group size; never null for staff and the admin.',
  })
  async activeCitizenCount(@Context() ctx: RequestContext, @Parent() team: Team): Promise<number | null> {
    const n = await ctx.loaders.activeCitizenCountByTeam.load(team.id);
    if (ctx.viewer?.role !== Role.SteeringGroup) return n;
    return guard(n, n, await ctx.loaders.minGroupSizeByTenant.load(ctx.viewer.tenantId)).value;
  }

  @Requires(Permission.ReadTeamRoster)
  @ResolveField(() => [TeamMemberModel], { description: 'Members whose last day has passed, the latest first (ADR 0025).' })
  formerMembers(@Context() ctx: RequestContext, @Parent() team: Team) {
    return this.teams.formerMembers(ctx, team.id);
  }

  @Requires(Permission.ReadTeamRoster)
  @ResolveField(() => TeamMemberConnection)
  members(@Context() ctx: RequestContext, @Parent() team: Team, @Args() page: PageArgs) {
    return this.teams.members(ctx, team.id, page);
  }

  @Requires(Permission.ReadCitizens)
  @ResolveField('citizens', () => CitizenConnection, { description: "The team's citizens (the team's own staff only)." })
  citizenList(@Context() ctx: RequestContext, @Parent() team: Team, @Args() args: CitizenListArgs) {
    return this.citizens.listForTeam(ctx, team.id, args);
  }
}
