import { Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import { JobQueueHealthModel } from './queue-health.model';
import { QueueHealthService } from './queue-health.service';

@Resolver(() => JobQueueHealthModel)
export class QueueHealthResolver {
  constructor(private readonly service: QueueHealthService) {}

  @Requires(Permission.ReadJobQueues)
  @Query(() => JobQueueHealthModel, {
    description: "The worker's job queues and schedulers (admin). Answers SERVICE_UNAVAILABLE within 2 s when Redis does not.",
  })
  jobQueueHealth(): Promise<JobQueueHealthModel> {
    return this.service.read();
  }
}
