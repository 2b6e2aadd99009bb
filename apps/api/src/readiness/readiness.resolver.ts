import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import {
  AddReadinessStatementInput,
  CompareReadinessRoundsInput,
  OpenReadinessRoundInput,
  ReadinessSwotInput,
  RewordReadinessStatementInput,
} from './dto/readiness.inputs';
import {
  ReadinessCandidatesModel,
  ReadinessComparisonModel,
  ReadinessResultsModel,
  ReadinessRoundModel,
  ReadinessStatementModel,
} from './readiness.model';
import { ReadinessResultsService } from './readiness-results.service';
import { ReadinessSteeringService } from './readiness-steering.service';

/** The steering group's readiness pages: catalogue, rounds, results and comparison (no individual answers). */
@Resolver(() => ReadinessRoundModel)
export class ReadinessResolver {
  constructor(
    private readonly steering: ReadinessSteeringService,
    private readonly results: ReadinessResultsService,
  ) {}

  @Requires(Permission.ReadImplementation)
  @Query(() => [ReadinessStatementModel], { description: "The municipality's readiness statements (defaults written on first read)." })
  readinessStatements(@Context() ctx: RequestContext, @Args('includeRetired', { defaultValue: false }) includeRetired: boolean) {
    return this.steering.statements(ctx, includeRetired);
  }

  @Requires(Permission.ReadImplementation)
  @Query(() => [ReadinessRoundModel], { description: 'Every round, newest first.' })
  readinessRounds(@Context() ctx: RequestContext) {
    return this.steering.rounds(ctx);
  }

  @Requires(Permission.ReadImplementation)
  @Query(() => ReadinessRoundModel)
  readinessRound(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.steering.round(ctx, id);
  }

  @Requires(Permission.ReadImplementation)
  @Query(() => ReadinessResultsModel, { description: 'Results once the round has closed, when at least the minimum group size submitted.' })
  readinessResults(@Context() ctx: RequestContext, @Args('roundId', { type: () => ID }, ParseIdPipe) roundId: string) {
    return this.results.results(ctx, roundId);
  }

  @Requires(Permission.ReadImplementation)
  @Query(() => ReadinessComparisonModel)
  readinessComparison(@Context() ctx: RequestContext, @Args('input') input: CompareReadinessRoundsInput) {
    return this.results.comparison(ctx, input.roundIds);
  }

  @Requires(Permission.ManageImplementation)
  @Query(() => ReadinessCandidatesModel, { description: 'Who can be invited: people outside the teams, and teams as a whole.' })
  readinessCandidates(@Context() ctx: RequestContext) {
    return this.steering.candidates(ctx);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => ReadinessStatementModel)
  addReadinessStatement(@Context() ctx: RequestContext, @Args('input') input: AddReadinessStatementInput) {
    return this.steering.addStatement(ctx, input);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => ReadinessStatementModel, { description: 'New wording for new rounds; opened rounds keep theirs.' })
  rewordReadinessStatement(@Context() ctx: RequestContext, @Args('input') input: RewordReadinessStatementInput) {
    return this.steering.rewordStatement(ctx, input);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => ReadinessStatementModel, { description: 'Not used in new rounds any more.' })
  retireReadinessStatement(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.steering.retireStatement(ctx, id);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => ReadinessRoundModel)
  openReadinessRound(@Context() ctx: RequestContext, @Args('input') input: OpenReadinessRoundInput) {
    return this.steering.openRound(ctx, input);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => ReadinessRoundModel, { description: 'Close before the last day; answers are then fixed.' })
  closeReadinessRound(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.steering.closeRound(ctx, id);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => ReadinessRoundModel, { description: "The steering group's strengths, weaknesses, opportunities and threats." })
  saveReadinessSwot(@Context() ctx: RequestContext, @Args('input') input: ReadinessSwotInput) {
    return this.steering.saveSwot(ctx, input);
  }
}
