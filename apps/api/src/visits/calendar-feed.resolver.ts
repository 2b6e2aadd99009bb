import { Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedModel, CreatedCalendarFeedModel } from './visit.model';

@Resolver(() => CalendarFeedModel)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Requires(Permission.UseCalendarFeed)
  @Query(() => CalendarFeedModel, { description: "Whether the viewer's personal calendar feed is in force." })
  myCalendarFeed(@Context() ctx: RequestContext) {
    return this.feeds.status(ctx);
  }

  @Requires(Permission.UseCalendarFeed)
  @Mutation(() => CreatedCalendarFeedModel, { description: 'A new secret feed address; an earlier one stops working.' })
  createCalendarFeed(@Context() ctx: RequestContext) {
    return this.feeds.create(ctx);
  }

  @Requires(Permission.UseCalendarFeed)
  @Mutation(() => CalendarFeedModel, { description: 'Stop the feed: its address no longer works.' })
  revokeCalendarFeed(@Context() ctx: RequestContext) {
    return this.feeds.revoke(ctx);
  }
}
