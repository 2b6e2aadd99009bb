import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { SessionModel } from './session.model';
import { SessionsService } from './sessions.service';

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(private readonly service: SessionsService) {}

  @Requires()
  @Query(() => [SessionModel], { description: "The viewer's live sessions (device, start, last use); the current one first." })
  mySessions(@Context() ctx: RequestContext): Promise<SessionModel[]> {
    return this.service.mine(ctx);
  }

  @Requires()
  @Mutation(() => Boolean, { description: "Ends one of the viewer's other sessions (the current one ends with logout)." })
  endSession(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<boolean> {
    return this.service.endOwn(ctx, id);
  }

  @Requires()
  @Mutation(() => Int, { description: 'Ends every session of the viewer except the current one; answers how many ended.' })
  endOtherSessions(@Context() ctx: RequestContext): Promise<number> {
    return this.service.endOthers(ctx);
  }

  @Requires(Permission.ManageUsers)
  @Mutation(() => Int, { description: "Logs a user of the tenant out everywhere: ends all their sessions; answers how many ended." })
  endUserSessions(@Context() ctx: RequestContext, @Args('userId', { type: () => ID }, ParseIdPipe) userId: string): Promise<number> {
    return this.service.endUserSessions(ctx, userId);
  }
}
