import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import { PageArgs } from '../common/graphql/connection';
import type { RequestContext } from '../common/request/request-context';
import { AccessLogConnection, AccessLogEntryModel } from './access-log.model';
import { AccessLogService } from './access-log.service';
import { AccessLogFilter } from './dto/access-log.inputs';

@Resolver(() => AccessLogEntryModel)
export class AccessLogResolver {
  constructor(private readonly service: AccessLogService) {}

  @Requires(Permission.ReadAccessLog)
  @Query(() => AccessLogConnection, { description: 'Search the access log, newest first.' })
  accessLog(
    @Context() ctx: RequestContext,
    @Args('filter', { type: () => AccessLogFilter, nullable: true }) filter: AccessLogFilter,
    @Args() page: PageArgs,
  ) {
    return this.service.search(ctx, filter, page);
  }

  @Requires(Permission.ReadAccessLog)
  @Query(() => [AccessLogEntryModel], { description: "All entries about one citizen, for the citizen's request." })
  accessLogExtract(@Context() ctx: RequestContext, @Args('cpr') cpr: string) {
    return this.service.extract(ctx, cpr);
  }
}
