import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { SteeringDashboardArgs } from './steering-dashboard.args';
import { SteeringDashboardModel } from './steering-dashboard.model';
import { SteeringDashboardService } from './steering-dashboard.service';

@Resolver(() => SteeringDashboardModel)
export class SteeringDashboardResolver {
  constructor(private readonly service: SteeringDashboardService) {}

  @Requires(Permission.ReadSteeringDashboard)
  @Query(() => SteeringDashboardModel, {
    description: 'Per team over a period, and the implementation: aggregates only, groups below the minimum size withheld.',
  })
  steeringDashboard(@Context() ctx: RequestContext, @Args() args: SteeringDashboardArgs) {
    return this.service.dashboard(ctx, { from: args.from, to: args.to });
  }
}
