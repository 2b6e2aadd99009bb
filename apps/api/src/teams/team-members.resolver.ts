import type { TeamMember } from '@act/db';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MemberLeaveReasonEnum } from '../common/graphql/enums';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { toUserModel } from '../users/user.mapper';
import { UserModel } from '../users/user.model';
import { AddTeamMemberInput, ChangeTeamMemberTermsInput, EndTeamMembershipInput, UpdateTeamMemberInput } from './dto/team.inputs';
import { TeamMemberModel, TeamMemberSpanModel, TeamModel } from './team.model';
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

  @Requires(Permission.ManageTeamStaffing)
  @Mutation(() => TeamMemberModel, {
    description: "The member leaves the team after their last day (the admin, or the team's leader). Their citizens need other contact persons first.",
  })
  endTeamMembership(@Context() ctx: RequestContext, @Args('input') input: EndTeamMembershipInput) {
    return this.teams.endMembership(ctx, input);
  }

  @Requires(Permission.ManageTeamStaffing)
  @Mutation(() => TeamMemberModel, { description: "The member's FTE or discipline from a day (today or earlier); the history keeps the earlier terms." })
  changeTeamMemberTerms(@Context() ctx: RequestContext, @Args('input') input: ChangeTeamMemberTermsInput) {
    return this.teams.changeTerms(ctx, input);
  }

  @Requires(Permission.ReadTeamRoster)
  @ResolveField(() => String, { description: 'First day on the team (YYYY-MM-DD).' })
  async joinedOn(@Context() ctx: RequestContext, @Parent() member: TeamMember): Promise<string> {
    return (await this.full(ctx, member)).joinedOn;
  }

  @Requires(Permission.ReadTeamRoster)
  @ResolveField(() => String, { nullable: true, description: 'Last day on the team (YYYY-MM-DD); null while the membership has no end.' })
  async leftOn(@Context() ctx: RequestContext, @Parent() member: TeamMember): Promise<string | null> {
    return (await this.full(ctx, member)).leftOn;
  }

  @Requires(Permission.ReadTeamRoster)
  @ResolveField(() => MemberLeaveReasonEnum, { nullable: true })
  async leaveReason(@Context() ctx: RequestContext, @Parent() member: TeamMember): Promise<string | null> {
    return (await this.full(ctx, member)).leaveReason;
  }

  /** The member's row, when the parent was built from a query that did not select the dates. */
  private async full(ctx: RequestContext, member: TeamMember): Promise<Pick<TeamMember, 'joinedOn' | 'leftOn' | 'leaveReason'>> {
    if (member.joinedOn !== undefined) return member;
    const row = await ctx.loaders.memberById.load(member.id);
    if (!row) throw new Error('member not found');
    return row;
  }

  @Requires(Permission.ReadTeamRoster)
  @ResolveField(() => [TeamMemberSpanModel], { description: "The member's FTE and discipline day by day, oldest first." })
  spans(@Context() ctx: RequestContext, @Parent() member: TeamMember) {
    return this.teams.spans(ctx, member.id);
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
