import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { CreateGroupSessionInput, GroupSessionsArgs, UpdateGroupSessionInput } from './dto/group-sessions.inputs';
import { GroupSessionConnection, GroupSessionModel } from './group-sessions.model';
import { GroupSessionsService } from './group-sessions.service';

/** Group sessions: the team's staff, as for visits (who came is citizen data). */
@Resolver(() => GroupSessionModel)
export class GroupSessionsResolver {
  constructor(private readonly service: GroupSessionsService) {}

  @Requires(Permission.ReadVisits)
  @Query(() => GroupSessionConnection, { description: "The team's group sessions, newest first." })
  groupSessions(@Context() ctx: RequestContext, @Args() args: GroupSessionsArgs) {
    return this.service.list(ctx, args);
  }

  @Requires(Permission.WriteVisits)
  @Mutation(() => GroupSessionModel, { description: 'Record a group session the team held, and who came.' })
  createGroupSession(@Context() ctx: RequestContext, @Args('input') input: CreateGroupSessionInput) {
    return this.service.create(ctx, input);
  }

  @Requires(Permission.WriteVisits)
  @Mutation(() => GroupSessionModel, { description: 'Correct a group session; the attendee list replaces the one before.' })
  updateGroupSession(@Context() ctx: RequestContext, @Args('input') input: UpdateGroupSessionInput) {
    return this.service.update(ctx, input);
  }
}
