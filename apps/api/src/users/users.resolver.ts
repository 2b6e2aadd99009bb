import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import { PageArgs } from '../common/graphql/connection';
import type { RequestContext } from '../common/request/request-context';
import { CreateUserInput, SetUserDisabledInput } from './dto/user.inputs';
import { toUserModel } from './user.mapper';
import { UserConnection, UserModel } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Requires(Permission.ManageUsers)
  @Query(() => UserConnection)
  async users(@Context() ctx: RequestContext, @Args() page: PageArgs) {
    const connection = await this.service.list(ctx, page);
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toUserModel(e.node) })) };
  }

  @Requires(Permission.ManageUsers)
  @Mutation(() => UserModel)
  async createUser(@Context() ctx: RequestContext, @Args('input') input: CreateUserInput) {
    return toUserModel(await this.service.create(ctx, input));
  }

  @Requires(Permission.ManageUsers)
  @Mutation(() => UserModel, { description: 'A disabled user cannot log in, and their sessions end at once.' })
  async setUserDisabled(@Context() ctx: RequestContext, @Args('input') input: SetUserDisabledInput) {
    return toUserModel(await this.service.setDisabled(ctx, input));
  }
}
