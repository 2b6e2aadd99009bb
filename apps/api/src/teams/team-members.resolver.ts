import type { TeamMember } from '@act/db';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { toUserModel } from '../users/user.mapper';
import { UserModel } from '../users/user.model';
import { AddTeamMemberInput, UpdateTeamMemberInput } from './dto/team.inputs';
import { TeamMemberModel, TeamModel } from './team.model';
import { TeamsService } from './teams.service';

@Resolver(() => TeamMemberModel)
export class TeamMembersResolver {
  constructor(private readonly teams: TeamsService) {}

  @Requires(Permission.ManageTeams)
  @Mutation(() => TeamMemberModel)
  addTeamMember(@Context() ctx: RequestContext, @Args('input') input: AddTeamMemberInput) {
    return this.teams.addMember(ctx, input);
  }

  @Requires(Permission.ManageTeams)
  @Mutation(() => TeamMemberModel)
  updateTeamMember(@Context() ctx: RequestContext, @Args('input') input: UpdateTeamMemberInput) {
    return this.teams.updateMember(ctx, input);
  }

  @Requires(Permission.ReadTeamRoster)
  @ResolveField(() => UserModel)
  async user(@Context() ctx: RequestContext, @Parent() member: TeamMember): Promise<UserModel> {
    const user = await ctx.loaders.userById.load(member.userId);
    if (!user) throw new Error('member without user');
    return toUserModel(user);
  }

  @Requires(Permission.ReadTeamRoster)
  @ResolveField(() => TeamModel)
  async team(@Context() ctx: RequestContext, @Parent() member: TeamMember) {
    return ctx.loaders.teamById.load(member.teamId);
  }
}
