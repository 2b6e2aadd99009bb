import type { Citizen, Team } from '@act/db';
import { addDays, copenhagenToday, isoWeekStart } from '@act/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import { CitizenModel } from '../citizens/citizen.model';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { TeamModel } from '../teams/team.model';
import {
  LogVisitOutcomeInput,
  MoveVisitInput,
  PlanVisitInput,
  SetNotSeenThresholdInput,
  StopVisitSeriesInput,
} from './dto/visit.inputs';
import { ParseOptionalDatePipe } from '../common/validation/parse-date.pipe';
import {
  CitizenVisitOverviewModel,
  MoveVisitPayload,
  NotSeenListModel,
  PlanVisitPayload,
  StopVisitSeriesPayload,
  VisitModel,
  VisitParticipantModel,
  VisitPlanModel,
} from './visit.model';
import { VisitPlanningService } from './visit-planning.service';
import { VisitsService } from './visits.service';

@Resolver(() => VisitModel)
export class VisitsResolver {
  constructor(
    private readonly visits: VisitsService,
    private readonly planning: VisitPlanningService,
  ) {}

  @Requires(Permission.ReadVisits)
  @Query(() => VisitModel)
  visit(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.visits.get(ctx, id);
  }

  @Requires(Permission.ReadVisits)
  @Query(() => VisitPlanModel, { description: "The viewer's visits of one day (default today, Copenhagen)." })
  myDay(@Context() ctx: RequestContext, @Args('date', { type: () => String, nullable: true }, ParseOptionalDatePipe) date: string | null) {
    const day = date ?? copenhagenToday();
    return this.visits.myPlan(ctx, day, day, 'my-day');
  }

  @Requires(Permission.ReadVisits)
  @Query(() => VisitPlanModel, { description: "The viewer's visits of the ISO week (Monday–Sunday) containing weekOf (default this week)." })
  myWeek(@Context() ctx: RequestContext, @Args('weekOf', { type: () => String, nullable: true }, ParseOptionalDatePipe) weekOf: string | null) {
    const from = isoWeekStart(weekOf ?? copenhagenToday());
    return this.visits.myPlan(ctx, from, addDays(from, 6), 'my-week');
  }

  @Requires(Permission.ReadVisits)
  @Query(() => VisitPlanModel, { description: "The team's week: who is where when, with double bookings." })
  teamWeek(
    @Context() ctx: RequestContext,
    @Args('teamId', { type: () => ID }, ParseIdPipe) teamId: string,
    @Args('weekOf', { type: () => String, nullable: true }, ParseOptionalDatePipe) weekOf: string | null,
  ) {
    return this.visits.teamWeek(ctx, teamId, weekOf ?? copenhagenToday());
  }

  @Requires(Permission.ReadVisits)
  @Query(() => NotSeenListModel, { description: 'Active citizens not seen face to face for more than the team’s threshold.' })
  notSeenCitizens(@Context() ctx: RequestContext, @Args('teamId', { type: () => ID }, ParseIdPipe) teamId: string) {
    return this.visits.notSeen(ctx, teamId);
  }

  @Requires(Permission.WriteVisits)
  @Mutation(() => PlanVisitPayload, { description: 'Plan a visit, or a weekly series of visits. Double bookings are warned about, not refused.' })
  planVisit(@Context() ctx: RequestContext, @Args('input') input: PlanVisitInput) {
    return this.planning.plan(ctx, input);
  }

  @Requires(Permission.WriteVisits)
  @Mutation(() => MoveVisitPayload, { description: 'Move a planned visit (not one already logged).' })
  moveVisit(@Context() ctx: RequestContext, @Args('input') input: MoveVisitInput) {
    return this.planning.move(ctx, input);
  }

  @Requires(Permission.WriteVisits)
  @Mutation(() => VisitModel, { description: 'Log how the visit went. Recorded once: a retry with the same answer returns the visit.' })
  logVisitOutcome(@Context() ctx: RequestContext, @Args('input') input: LogVisitOutcomeInput) {
    return this.planning.logOutcome(ctx, input);
  }

  @Requires(Permission.WriteVisits)
  @Mutation(() => StopVisitSeriesPayload, { description: 'Stop a recurring visit; future planned occurrences are removed.' })
  stopVisitSeries(@Context() ctx: RequestContext, @Args('input') input: StopVisitSeriesInput) {
    return this.planning.stopSeries(ctx, input);
  }

  @Requires(Permission.ManageVisitSettings)
  @Mutation(() => TeamModel, { description: 'How many days without a face-to-face contact put a citizen on the "not seen" list.' })
  setNotSeenThreshold(@Context() ctx: RequestContext, @Args('input') input: SetNotSeenThresholdInput) {
    return this.planning.setNotSeenThreshold(ctx, input);
  }

  @Requires(Permission.ReadVisits)
  @ResolveField(() => CitizenModel)
  async citizen(@Context() ctx: RequestContext, @Parent() visit: VisitModel) {
    return ctx.loaders.citizenById.load(visit.citizenId);
  }

  @Requires(Permission.ReadVisits)
  @ResolveField(() => [VisitParticipantModel], { description: 'The team members on the visit.' })
  participants(@Context() ctx: RequestContext, @Parent() visit: VisitModel) {
    return ctx.loaders.participantsByVisit.load(visit.id);
  }
}

@Resolver(() => CitizenModel)
export class CitizenVisitsResolver {
  constructor(private readonly visits: VisitsService) {}

  @Requires(Permission.ReadVisits)
  @ResolveField(() => CitizenVisitOverviewModel, { description: 'Last and next visits and the contact measures.' })
  visitOverview(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    return this.visits.overview(ctx, citizen.id);
  }
}

@Resolver(() => TeamModel)
export class TeamVisitSettingsResolver {
  @Requires(Permission.ReadTeams)
  @ResolveField(() => Int, { description: 'Days without a face-to-face contact before a citizen is on the "not seen" list.' })
  notSeenThresholdDays(@Parent() team: Team): number {
    return team.notSeenThresholdDays ?? 7;
  }
}
