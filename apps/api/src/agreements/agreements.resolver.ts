import type { CooperationAgreement } from '@act/db';
import { agreementReviewState, copenhagenToday } from '@act/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { AgreementModel, AgreementReviewStateEnum } from './agreements.model';
import { AgreementsService } from './agreements.service';
import { AgreementsFilterArgs, CreateAgreementInput, UpdateAgreementInput } from './dto/agreements.inputs';

@Resolver(() => AgreementModel)
export class AgreementsResolver {
  constructor(private readonly service: AgreementsService) {}

  @Requires(Permission.ReadAgreements)
  @Query(() => [AgreementModel], { description: 'The cooperation agreements register: signed first, then drafts, then ended.' })
  agreements(@Context() ctx: RequestContext, @Args() filter: AgreementsFilterArgs) {
    return this.service.list(ctx, filter);
  }

  @Requires(Permission.ReadAgreements)
  @Query(() => AgreementModel)
  agreement(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.one(ctx, id);
  }

  @Requires(Permission.ManageAgreements)
  @Mutation(() => AgreementModel, { description: 'A new agreement, as a draft or already signed.' })
  createAgreement(@Context() ctx: RequestContext, @Args('input') input: CreateAgreementInput) {
    return this.service.create(ctx, input);
  }

  @Requires(Permission.ManageAgreements)
  @Mutation(() => AgreementModel, { description: 'Save the whole agreement: sign it (status SIGNED + signedOn), change it, or end it.' })
  updateAgreement(@Context() ctx: RequestContext, @Args('input') input: UpdateAgreementInput) {
    return this.service.update(ctx, input);
  }

  @Requires(Permission.ReadAgreements)
  @ResolveField(() => AgreementReviewStateEnum, { description: "The review's state today (Copenhagen)." })
  reviewState(@Parent() agreement: CooperationAgreement) {
    return agreementReviewState(agreement, copenhagenToday());
  }
}
