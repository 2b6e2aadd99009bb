import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { CreateFunctionRoleInput, LinkMemberFunctionInput, SaveFunctionDescriptionInput } from './dto/function-descriptions.inputs';
import { FunctionRoleModel, TeamCompositionModel } from './function-descriptions.model';
import { FunctionDescriptionsService } from './function-descriptions.service';

@Resolver(() => FunctionRoleModel)
export class FunctionDescriptionsResolver {
  constructor(private readonly functions: FunctionDescriptionsService) {}

  @Requires(Permission.ReadTeamRoster)
  @Query(() => [FunctionRoleModel], { description: "The team's roles and their function descriptions." })
  teamFunctionRoles(@Context() ctx: RequestContext, @Args('teamId', { type: () => ID }, ParseIdPipe) teamId: string) {
    return this.functions.roles(ctx, teamId);
  }

  @Requires(Permission.ReadTeamRoster)
  @Query(() => FunctionRoleModel)
  functionRole(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.functions.role(ctx, id);
  }

  @Requires(Permission.ReadTeamRoster)
  @Query(() => TeamCompositionModel, { description: 'FTE per discipline against the ACT norm; flags missing disciplines.' })
  teamComposition(@Context() ctx: RequestContext, @Args('teamId', { type: () => ID }, ParseIdPipe) teamId: string) {
    return this.functions.composition(ctx, teamId);
  }

  @Requires(Permission.ManageFunctionDescriptions)
  @Mutation(() => FunctionRoleModel)
  createFunctionRole(@Context() ctx: RequestContext, @Args('input') input: CreateFunctionRoleInput) {
    return this.functions.createRole(ctx, input);
  }

  @Requires(Permission.ManageFunctionDescriptions)
  @Mutation(() => FunctionRoleModel, { description: 'Save a new version of the description.' })
  saveFunctionDescription(@Context() ctx: RequestContext, @Args('input') input: SaveFunctionDescriptionInput) {
    return this.functions.saveDescription(ctx, input);
  }

  @Requires(Permission.ManageFunctionDescriptions)
  @Mutation(() => [FunctionRoleModel], { description: 'Link a member to a role (or remove the link).' })
  linkMemberToFunctionRole(@Context() ctx: RequestContext, @Args('input') input: LinkMemberFunctionInput) {
    return this.functions.linkMember(ctx, input);
  }
}
