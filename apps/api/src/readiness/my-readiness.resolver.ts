import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { SaveReadinessAnswersInput } from './dto/readiness.inputs';
import { MyReadinessRoundModel } from './readiness.model';
import { ReadinessAnswersService } from './readiness-answers.service';

/** A participant's own rounds and answers: only ever the caller's own. */
@Resolver(() => MyReadinessRoundModel)
export class MyReadinessResolver {
  constructor(private readonly answers: ReadinessAnswersService) {}

  @Requires(Permission.AnswerReadiness)
  @Query(() => [MyReadinessRoundModel], { description: 'The rounds the caller is invited to, newest first, with their own answers.' })
  myReadinessRounds(@Context() ctx: RequestContext) {
    return this.answers.myRounds(ctx);
  }

  @Requires(Permission.AnswerReadiness)
  @Query(() => MyReadinessRoundModel)
  myReadinessRound(@Context() ctx: RequestContext, @Args('roundId', { type: () => ID }, ParseIdPipe) roundId: string) {
    return this.answers.myRound(ctx, roundId);
  }

  @Requires(Permission.AnswerReadiness)
  @Mutation(() => MyReadinessRoundModel, { description: 'Save answers as a draft (until the round closes or they are submitted).' })
  saveReadinessAnswers(@Context() ctx: RequestContext, @Args('input') input: SaveReadinessAnswersInput) {
    return this.answers.save(ctx, input);
  }

  @Requires(Permission.AnswerReadiness)
  @Mutation(() => MyReadinessRoundModel, { description: 'Save the last answers and hand them in; every statement needs an answer.' })
  submitReadinessAnswers(@Context() ctx: RequestContext, @Args('input') input: SaveReadinessAnswersInput) {
    return this.answers.submit(ctx, input);
  }
}
