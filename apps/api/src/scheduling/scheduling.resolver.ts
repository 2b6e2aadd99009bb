import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import { CitizenModel } from '../citizens/citizen.model';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe, ParseOptionalIdPipe } from '../common/validation/parse-id.pipe';
import {
  CreateMeetingSeriesInput,
  EndMeetingSeriesInput,
  HeldPlannedStatsArgs,
  MarkOccurrenceHeldInput,
  MoveOccurrenceInput,
  OccurrenceReasonInput,
  SetSparringCaseInput,
  SteeringOccurrencesArgs,
  TeamOccurrencesArgs,
  UpdateMeetingSeriesInput,
} from './dto/scheduling.inputs';
import { HeldPlannedService } from './held-planned.service';
import { OccurrencesService } from './occurrences.service';
import { MAX_NEXT_OCCURRENCES } from './scheduling.loaders';
import {
  HeldPlannedStatModel,
  MeetingGuideSectionModel,
  MeetingOccurrenceConnection,
  MeetingOccurrenceModel,
  MeetingSeriesModel,
  OccurrenceAttendeeModel,
  SparringCaseModel,
} from './scheduling.model';
import { toOccurrenceModel } from './occurrence.queries';
import { SeriesService } from './series.service';

@Resolver(() => MeetingSeriesModel)
export class MeetingSeriesResolver {
  constructor(private readonly series: SeriesService) {}

  @Requires(Permission.ReadSchedule)
  @Query(() => [MeetingSeriesModel], { description: "A team's meeting series; without teamId, the steering group's." })
  meetingSeries(
    @Context() ctx: RequestContext,
    @Args('teamId', { type: () => ID, nullable: true }, ParseOptionalIdPipe) teamId: string | null,
    @Args('includeEnded', { type: () => Boolean, defaultValue: false }) includeEnded: boolean,
  ) {
    return this.series.list(ctx, teamId ?? null, includeEnded);
  }

  @Requires(Permission.ReadSchedule)
  @Query(() => MeetingSeriesModel)
  meetingSeriesById(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.series.get(ctx, id);
  }

  @Requires(Permission.ManageSchedule)
  @Mutation(() => MeetingSeriesModel, { description: 'Create a series; its first occurrences exist at once.' })
  createMeetingSeries(@Context() ctx: RequestContext, @Args('input') input: CreateMeetingSeriesInput) {
    return this.series.create(ctx, input);
  }

  @Requires(Permission.ManageSchedule)
  @Mutation(() => MeetingSeriesModel, { description: 'Change a series from now on; held, moved and cancelled occurrences stay.' })
  updateMeetingSeries(@Context() ctx: RequestContext, @Args('input') input: UpdateMeetingSeriesInput) {
    return this.series.update(ctx, input);
  }

  @Requires(Permission.ManageSchedule)
  @Mutation(() => MeetingSeriesModel, { description: 'End a series after lastDate; planned occurrences after it are removed.' })
  endMeetingSeries(@Context() ctx: RequestContext, @Args('input') input: EndMeetingSeriesInput) {
    return this.series.end(ctx, input);
  }

  @Requires(Permission.ReadSchedule)
  @ResolveField(() => String, { nullable: true, description: 'Supervision of one member: their name.' })
  memberName(@Context() ctx: RequestContext, @Parent() series: MeetingSeriesModel) {
    return series.memberId ? ctx.loaders.memberNameById.load(series.memberId) : null;
  }

  @Requires(Permission.ReadSchedule)
  @ResolveField(() => [MeetingOccurrenceModel], { description: `The next occurrences not yet over, soonest first (at most ${MAX_NEXT_OCCURRENCES}).` })
  async nextOccurrences(
    @Context() ctx: RequestContext,
    @Parent() series: MeetingSeriesModel,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ) {
    const rows = await ctx.loaders.nextOccurrencesBySeries.load(series.id);
    return rows.slice(0, Math.max(0, Math.min(first, MAX_NEXT_OCCURRENCES))).map(toOccurrenceModel);
  }
}

@Resolver(() => MeetingOccurrenceModel)
export class MeetingOccurrenceResolver {
  constructor(
    private readonly occurrences: OccurrencesService,
    private readonly stats: HeldPlannedService,
  ) {}

  @Requires(Permission.ReadSchedule)
  @Query(() => MeetingOccurrenceModel, { description: 'One occurrence; an evaluation day carries its meeting guide.' })
  meetingOccurrence(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.occurrences.get(ctx, id);
  }

  @Requires(Permission.ReadSchedule)
  @Query(() => MeetingOccurrenceConnection, { description: "A team's occurrences starting on the local dates [from, to], soonest first." })
  teamOccurrences(@Context() ctx: RequestContext, @Args() args: TeamOccurrencesArgs) {
    return this.occurrences.teamOccurrences(ctx, args);
  }

  @Requires(Permission.ReadSchedule)
  @Query(() => MeetingOccurrenceConnection, { description: 'Steering group meetings starting on the local dates [from, to].' })
  steeringOccurrences(@Context() ctx: RequestContext, @Args() args: SteeringOccurrencesArgs) {
    return this.occurrences.steeringOccurrences(ctx, args);
  }

  @Requires(Permission.ReadScheduleAggregates)
  @Query(() => [HeldPlannedStatModel], { description: 'Held/planned/not held/cancelled per team, kind and month. Aggregates only.' })
  heldPlannedStats(@Context() ctx: RequestContext, @Args() args: HeldPlannedStatsArgs) {
    return this.stats.stats(ctx, args);
  }

  @Requires(Permission.ManageSchedule)
  @Mutation(() => MeetingOccurrenceModel, { description: 'Move one occurrence (its series is unchanged); the reminder follows.' })
  moveOccurrence(@Context() ctx: RequestContext, @Args('input') input: MoveOccurrenceInput) {
    return this.occurrences.move(ctx, input);
  }

  @Requires(Permission.ManageSchedule)
  @Mutation(() => MeetingOccurrenceModel, { description: 'Cancel one occurrence, with a reason.' })
  cancelOccurrence(@Context() ctx: RequestContext, @Args('input') input: OccurrenceReasonInput) {
    return this.occurrences.cancel(ctx, input);
  }

  @Requires(Permission.ManageSchedule)
  @Mutation(() => MeetingOccurrenceModel, { description: 'Mark an occurrence that has started as held, with who took part.' })
  markOccurrenceHeld(@Context() ctx: RequestContext, @Args('input') input: MarkOccurrenceHeldInput) {
    return this.occurrences.markHeld(ctx, input);
  }

  @Requires(Permission.ManageSchedule)
  @Mutation(() => MeetingOccurrenceModel, { description: 'Mark an occurrence that has started as not held, with a reason.' })
  markOccurrenceNotHeld(@Context() ctx: RequestContext, @Args('input') input: OccurrenceReasonInput) {
    return this.occurrences.markNotHeld(ctx, input);
  }

  @Requires(Permission.ManageSchedule)
  @Mutation(() => MeetingOccurrenceModel, { description: 'Back to planned (undo a cancellation or a held/not held mark).' })
  reopenOccurrence(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.occurrences.reopen(ctx, id);
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => MeetingOccurrenceModel, { description: 'The case of a sparring meeting: presenter and citizen (team only).' })
  setSparringCase(@Context() ctx: RequestContext, @Args('input') input: SetSparringCaseInput) {
    return this.occurrences.setSparringCase(ctx, input);
  }

  @Requires(Permission.ReadSchedule)
  @ResolveField(() => String, { description: "The series' title." })
  async title(@Context() ctx: RequestContext, @Parent() o: MeetingOccurrenceModel) {
    return (await ctx.loaders.meetingSeriesById.load(o.seriesId))?.title ?? o.kindLabel;
  }

  @Requires(Permission.ReadSchedule)
  @ResolveField(() => [OccurrenceAttendeeModel], { description: 'Who took part (held occurrences).' })
  attendees(@Context() ctx: RequestContext, @Parent() o: MeetingOccurrenceModel) {
    return ctx.loaders.attendeesByOccurrence.load(o.id);
  }

  @Requires(Permission.ReadSchedule)
  @ResolveField(() => SparringCaseModel, { nullable: true, description: 'Sparring: the case. Team only; the read is logged.' })
  sparringCase(@Context() ctx: RequestContext, @Parent() o: MeetingOccurrenceModel) {
    return this.occurrences.sparringCase(ctx, o);
  }

  @Requires(Permission.ReadSchedule)
  @ResolveField(() => [MeetingGuideSectionModel], { nullable: true, description: 'Evaluation days: the meeting guide (bring, reflect, decide).' })
  guide(@Parent() o: MeetingOccurrenceModel) {
    return this.occurrences.guide(o);
  }
}

@Resolver(() => SparringCaseModel)
export class SparringCaseResolver {
  @Requires(Permission.ReadCitizens)
  @ResolveField(() => CitizenModel)
  citizen(@Context() ctx: RequestContext, @Parent() c: SparringCaseModel) {
    return ctx.loaders.citizenById.load(c.citizenId);
  }
}
