import type { RegionalTreatmentEpisode } from '@act/db';
import { transitionStage, transitionWaitingDays } from '@act/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { RecordRegionalReferralInput, UpdateRegionalTreatmentCourseInput } from './dto/transitions.inputs';
import { RegionalTreatmentCourseModel, TransitionStageEnum } from './transitions.model';
import { TransitionsService } from './transitions.service';

@Resolver(() => RegionalTreatmentCourseModel)
export class TransitionsResolver {
  constructor(private readonly service: TransitionsService) {}

  @Requires(Permission.ReadTransitions)
  @Query(() => [RegionalTreatmentCourseModel], { description: "The citizen's courses to and from regional dual-diagnosis treatment, newest referral first." })
  regionalTreatmentCourses(@Context() ctx: RequestContext, @Args('citizenId', { type: () => ID }, ParseIdPipe) citizenId: string) {
    return this.service.list(ctx, citizenId);
  }

  @Requires(Permission.WriteTransitions)
  @Mutation(() => RegionalTreatmentCourseModel, { description: 'Record a referral to regional dual-diagnosis treatment (a new course).' })
  recordRegionalReferral(@Context() ctx: RequestContext, @Args('input') input: RecordRegionalReferralInput) {
    return this.service.recordReferral(ctx, input);
  }

  @Requires(Permission.WriteTransitions)
  @Mutation(() => RegionalTreatmentCourseModel, { description: 'Save the course: admitted, discharged, back with the team, or withdrawn — dates in order.' })
  updateRegionalTreatmentCourse(@Context() ctx: RequestContext, @Args('input') input: UpdateRegionalTreatmentCourseInput) {
    return this.service.update(ctx, input);
  }

  @Requires(Permission.ReadTransitions)
  @ResolveField(() => TransitionStageEnum)
  stage(@Parent() course: RegionalTreatmentEpisode) {
    return transitionStage(course);
  }

  @Requires(Permission.ReadTransitions)
  @ResolveField(() => Int, { nullable: true, description: 'Days from referral to admission; null until admitted.' })
  waitingDays(@Parent() course: RegionalTreatmentEpisode) {
    return transitionWaitingDays(course);
  }

  @Requires(Permission.ReadTransitions)
  @ResolveField(() => String, { nullable: true, description: 'Who recorded the referral.' })
  async recordedByName(@Context() ctx: RequestContext, @Parent() course: RegionalTreatmentEpisode) {
    return (await ctx.loaders.userById.load(course.recordedBy))?.name ?? null;
  }
}
