import { Context, Query, Resolver } from '@nestjs/graphql';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { StartPageModel } from './start-page.model';
import { StartPageService } from './start-page.service';

@Resolver(() => StartPageModel)
export class StartPageResolver {
  constructor(private readonly service: StartPageService) {}

  // Any logged-in viewer: the answer holds only the viewer's own citizens and the teams they lead.
  @Requires()
  @Query(() => StartPageModel, { description: 'What needs the viewer’s attention today: plan follow-ups, and for leaders their teams.' })
  startPage(@Context() ctx: RequestContext) {
    return this.service.startPage(ctx);
  }
}
