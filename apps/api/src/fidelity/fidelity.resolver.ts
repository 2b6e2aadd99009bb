import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { FidelityAdminService } from './fidelity-admin.service';
import {
  ActivateFidelityModelVersionArgs,
  DeriveFidelityModelVersionInput,
  FidelityDrillDownArgs,
  FidelityReportArgs,
  FidelityTrendArgs,
  RateFidelityItemInput,
  SetTeamBudgetedPositionsInput,
  SteeringFidelityArgs,
  SteeringFidelityTrendArgs,
} from './fidelity.inputs';
import {
  FidelityDrillDownModel,
  FidelityManualRatingModel,
  FidelityModelVersionModel,
  FidelityReportModel,
  FidelityTrendPointModel,
  TeamBudgetedPositionsModel,
  TeamFidelitySummaryModel,
} from './fidelity.model';
import { FidelityService } from './fidelity.service';

@Resolver(() => FidelityReportModel)
export class FidelityResolver {
  constructor(
    private readonly fidelity: FidelityService,
    private readonly admin: FidelityAdminService,
  ) {}

  @Requires(Permission.ReadFidelity)
  @Query(() => FidelityReportModel, { description: "A team's method fidelity for a period (the team's own staff only); default the 12 whole weeks before this week." })
  fidelityReport(@Context() ctx: RequestContext, @Args() args: FidelityReportArgs) {
    return this.fidelity.report(ctx, args.teamId, args.from, args.to);
  }

  @Requires(Permission.ReadFidelity)
  @Query(() => [FidelityTrendPointModel], { description: "The team's weekly snapshots over the last `weeks` weeks, oldest first." })
  fidelityTrend(@Context() ctx: RequestContext, @Args() args: FidelityTrendArgs) {
    return this.fidelity.trend(ctx, args.teamId, args.weeks);
  }

  @Requires(Permission.ReadFidelity)
  @Query(() => FidelityDrillDownModel, { description: "The records behind one item's number (team staff only; citizen rows are access-logged)." })
  fidelityDrillDown(@Context() ctx: RequestContext, @Args() args: FidelityDrillDownArgs) {
    return this.fidelity.drillDown(ctx, args.teamId, args.itemId, args.from, args.to);
  }

  @Requires(Permission.ReadSteeringDashboard)
  @Query(() => [TeamFidelitySummaryModel], { description: 'Scores per team for the steering group: no records, no persons; small teams withheld.' })
  steeringFidelity(@Context() ctx: RequestContext, @Args() args: SteeringFidelityArgs) {
    return this.fidelity.steering(ctx, args.from, args.to);
  }

  @Requires(Permission.ReadSteeringDashboard)
  @Query(() => [FidelityTrendPointModel], { description: "All teams together per week: the mean of the teams' weekly snapshot scores (small teams left out)." })
  steeringFidelityTrend(@Context() ctx: RequestContext, @Args() args: SteeringFidelityTrendArgs) {
    return this.fidelity.steeringTrend(ctx, args.weeks);
  }

  @Requires(Permission.ReadFidelityModels)
  @Query(() => [FidelityModelVersionModel], { description: "The standard fidelity model and the municipality's own versions; the active one marked." })
  fidelityModelVersions(@Context() ctx: RequestContext) {
    return this.admin.versions(ctx);
  }

  @Requires(Permission.RateFidelity)
  @Mutation(() => FidelityManualRatingModel, { description: 'The team leader rates an item the data cannot show (1–5, with a note and a date).' })
  rateFidelityItem(@Context() ctx: RequestContext, @Args('input') input: RateFidelityItemInput) {
    return this.admin.rate(ctx, input);
  }

  @Requires(Permission.ManageBudgetedPositions)
  @Mutation(() => [TeamBudgetedPositionsModel], { description: "The team's budgeted positions (normering) from a day on; returns the team's spans." })
  setTeamBudgetedPositions(@Context() ctx: RequestContext, @Args('input') input: SetTeamBudgetedPositionsInput) {
    return this.admin.setBudget(ctx, input);
  }

  @Requires(Permission.ManageFidelityModels)
  @Mutation(() => FidelityModelVersionModel, { description: 'A new model version from a base, with other cutoffs or items left out. Versions never change once stored.' })
  deriveFidelityModelVersion(@Context() ctx: RequestContext, @Args('input') input: DeriveFidelityModelVersionInput) {
    return this.admin.derive(ctx, input);
  }

  @Requires(Permission.ManageFidelityModels)
  @Mutation(() => FidelityModelVersionModel, { description: "The version the municipality's reports use from now on." })
  activateFidelityModelVersion(@Context() ctx: RequestContext, @Args() args: ActivateFidelityModelVersionArgs) {
    return this.admin.activate(ctx, args.versionId);
  }
}
