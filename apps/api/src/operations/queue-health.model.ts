import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const JobRunOutcomeEnum = { COMPLETED: 'completed', FAILED: 'failed' } as const;
registerEnumType(JobRunOutcomeEnum, { name: 'JobRunOutcome' });

@ObjectType('JobQueueCounts', { description: "One of the worker's queues: how many jobs are in each state." })
export class JobQueueCountsModel {
  @Field()
  name!: string;

  @Field(() => Int, { description: 'Ready to run, waiting for a free worker.' })
  waiting!: number;

  @Field(() => Int)
  active!: number;

  @Field(() => Int, { description: 'Due later: retries after a failure and the next run of each scheduler.' })
  delayed!: number;

  @Field(() => Int, { description: 'Failed for good (every retry used), still kept for inspection.' })
  failed!: number;

  @Field(() => Int, { description: 'Finished and still kept (trimmed after a day or 1,000 jobs).' })
  completed!: number;
}

@ObjectType('JobSchedulerHealth', {
  description: 'A job scheduler, or a group of them of one kind (one per meeting series: id "meeting-series:*").',
})
export class JobSchedulerHealthModel {
  @Field()
  id!: string;

  @Field()
  queue!: string;

  @Field()
  jobName!: string;

  @Field(() => Int, { description: 'Schedulers in the group (1 for a single scheduler).' })
  count!: number;

  @Field(() => Int, { nullable: true, description: 'Runs every so many seconds (or on `pattern`).' })
  everySeconds!: number | null;

  @Field(() => String, { nullable: true, description: 'Cron pattern, in `timeZone`.' })
  pattern!: string | null;

  @Field(() => String, { nullable: true })
  timeZone!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The next run (the earliest in a group).' })
  nextRunAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The last run (the latest in a group); null before the first.' })
  lastRunAt!: Date | null;

  @Field(() => JobRunOutcomeEnum, { nullable: true })
  lastOutcome!: (typeof JobRunOutcomeEnum)[keyof typeof JobRunOutcomeEnum] | null;

  @Field(() => Int, { description: 'Schedulers in the group whose last run failed.' })
  failedCount!: number;
}

@ObjectType('JobQueueHealth')
export class JobQueueHealthModel {
  @Field(() => GraphQLISODateTime)
  checkedAt!: Date;

  @Field(() => [JobQueueCountsModel])
  queues!: JobQueueCountsModel[];

  @Field(() => [JobSchedulerHealthModel])
  schedulers!: JobSchedulerHealthModel[];
}
