import type { CarePlanDeclinedArea, CarePlanGoal, CarePlanStep, CarePlanVersion, Citizen, Consent } from '@act/db';
import { consentState, followUpState, toCopenhagenIsoDate } from '@act/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgreementModel } from '../agreements/agreements.model';
import { audit } from '../access-log/audit.buffer';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import { CitizenModel } from '../citizens/citizen.model';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { TeamMemberModel } from '../teams/team.model';
import { assertMayReadCitizen } from '../auth/access-policy';
import {
  CarePlanGoalModel,
  CarePlanModel,
  CarePlanStepModel,
  CarePlanVersionModel,
  CitizenChangeModel,
  ConsentModel,
  ConsentStateEnum,
  DeclinedAreaModel,
  FollowUpStateEnum,
  LifeAreaModel,
  PlanChangeModel,
  RelativeModel,
} from './care-plan.model';
import { CarePlansService } from './care-plans.service';
import { ConsentsService } from './consents.service';
import {
  AddRelativeInput,
  AgreeCarePlanInput,
  CitizenRefInput,
  IsPlanDate,
  RecordConsentInput,
  SaveCarePlanDraftInput,
  UpdateRelativeInput,
  WithdrawConsentInput,
} from './dto/care-plan.inputs';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCleanText, IsId } from '../common/validation/validators';

@ArgsType()
class ConsentCheckArgs {
  @Field(() => ID)
  @IsId({ message: 'Ukendt borger.' })
  citizenId!: string;

  @Field()
  @IsString()
  @IsCleanText({ message: 'Skriv samarbejdspartnerens navn.' })
  @MaxLength(200, { message: 'Navnet må højst være 200 tegn.' })
  partner!: string;

  @Field()
  @IsString()
  @IsCleanText({ message: 'Skriv formålet med at dele.' })
  @MaxLength(1000, { message: 'Formålet må højst være 1000 tegn.' })
  purpose!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today (Copenhagen).' })
  @IsOptional()
  @IsPlanDate()
  on?: string | null;
}

@Resolver()
export class CarePlansResolver {
  constructor(
    private readonly plans: CarePlansService,
    private readonly consents: ConsentsService,
  ) {}

  @Requires(Permission.ReadCarePlans)
  @Query(() => [LifeAreaModel], { description: "The municipality's life areas for goals." })
  lifeAreas(@Context() ctx: RequestContext) {
    return this.plans.lifeAreas(ctx);
  }

  @Requires(Permission.ReadCarePlans)
  @Query(() => CarePlanVersionModel, { description: 'One version of a plan (earlier versions stay readable).' })
  carePlanVersion(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.plans.version(ctx, id);
  }

  @Requires(Permission.ReadCarePlans)
  @Query(() => [PlanChangeModel], { description: 'What changed between two versions of the same plan.' })
  carePlanDiff(
    @Context() ctx: RequestContext,
    @Args('fromVersionId', { type: () => ID }, ParseIdPipe) fromVersionId: string,
    @Args('toVersionId', { type: () => ID }, ParseIdPipe) toVersionId: string,
  ) {
    return this.plans.diff(ctx, fromVersionId, toVersionId);
  }

  @Requires(Permission.ReadCarePlans)
  @Query(() => Boolean, { description: 'Whether the citizen has an active consent to share with the partner for the purpose.' })
  consentCheck(@Context() ctx: RequestContext, @Args() args: ConsentCheckArgs) {
    return this.consents.check(ctx, args.citizenId, args.partner, args.purpose, args.on);
  }

  @Requires(Permission.WriteCarePlans)
  @Mutation(() => CarePlanVersionModel, { description: 'Start the first plan, or a follow-up from the goals still in play.' })
  startCarePlanDraft(@Context() ctx: RequestContext, @Args('input') input: CitizenRefInput) {
    return this.plans.startDraft(ctx, input.citizenId);
  }

  @Requires(Permission.WriteCarePlans)
  @Mutation(() => CarePlanVersionModel, { description: 'Save the whole draft; refused (CONFLICT) if someone saved since expectedRevision.' })
  saveCarePlanDraft(@Context() ctx: RequestContext, @Args('input') input: SaveCarePlanDraftInput) {
    return this.plans.saveDraft(ctx, input);
  }

  @Requires(Permission.WriteCarePlans)
  @Mutation(() => CarePlanVersionModel, { description: 'Mark the draft as agreed with the citizen; it is final from then on.' })
  agreeCarePlan(@Context() ctx: RequestContext, @Args('input') input: AgreeCarePlanInput) {
    return this.plans.agree(ctx, input);
  }

  @Requires(Permission.WriteCarePlans)
  @Mutation(() => ConsentModel)
  recordConsent(@Context() ctx: RequestContext, @Args('input') input: RecordConsentInput) {
    return this.consents.record(ctx, input);
  }

  @Requires(Permission.WriteCarePlans)
  @Mutation(() => ConsentModel)
  withdrawConsent(@Context() ctx: RequestContext, @Args('input') input: WithdrawConsentInput) {
    return this.consents.withdraw(ctx, input);
  }

  @Requires(Permission.WriteCarePlans)
  @Mutation(() => RelativeModel)
  addRelative(@Context() ctx: RequestContext, @Args('input') input: AddRelativeInput) {
    return this.consents.addRelative(ctx, input);
  }

  @Requires(Permission.WriteCarePlans)
  @Mutation(() => RelativeModel)
  updateRelative(@Context() ctx: RequestContext, @Args('input') input: UpdateRelativeInput) {
    return this.consents.updateRelative(ctx, input);
  }
}

/** The plan, consents, relatives and latest changes on the citizen (the one-screen overview). */
@Resolver(() => CitizenModel)
export class CitizenCarePlanResolver {
  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => CarePlanModel)
  async carePlan(@Context() ctx: RequestContext, @Parent() citizen: Citizen): Promise<CarePlanModel> {
    assertMayReadCitizen(ctx, citizen.id, citizen.teamId);
    const versions = await ctx.loaders.carePlanVersionsByCitizen.load(citizen.id);
    audit(ctx, { operation: 'care-plan.read', citizenId: citizen.id });
    return { citizenId: citizen.id, versions };
  }

  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => [ConsentModel], { description: 'Consents to share with partners, newest first (withdrawn ones too).' })
  async consents(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    assertMayReadCitizen(ctx, citizen.id, citizen.teamId);
    const consents = await ctx.loaders.consentsByCitizen.load(citizen.id);
    audit(ctx, { operation: 'consent.read', citizenId: citizen.id });
    return consents;
  }

  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => [RelativeModel])
  async relatives(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    assertMayReadCitizen(ctx, citizen.id, citizen.teamId);
    const relatives = await ctx.loaders.relativesByCitizen.load(citizen.id);
    audit(ctx, { operation: 'relative.read', citizenId: citizen.id });
    return relatives;
  }

  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => [CitizenChangeModel], { description: 'The newest changes to the citizen: what, who and when.' })
  async latestChanges(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    assertMayReadCitizen(ctx, citizen.id, citizen.teamId);
    const changes = await ctx.loaders.latestChangesByCitizen.load(citizen.id);
    audit(ctx, { operation: 'citizen.changes.read', citizenId: citizen.id });
    return changes;
  }
}

@Resolver(() => CarePlanModel)
export class CarePlanFieldsResolver {
  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => CarePlanVersionModel, { nullable: true, description: 'The agreed version in force (the newest agreed).' })
  current(@Parent() plan: CarePlanModel) {
    return plan.versions.find((v) => v.status === 'agreed') ?? null;
  }

  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => CarePlanVersionModel, { nullable: true })
  draft(@Parent() plan: CarePlanModel) {
    return plan.versions.find((v) => v.status === 'draft') ?? null;
  }

  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => [CarePlanVersionModel], { description: 'Every version, newest first.' })
  versions(@Parent() plan: CarePlanModel) {
    return plan.versions;
  }
}

@Resolver(() => CarePlanVersionModel)
export class CarePlanVersionResolver {
  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => [CarePlanGoalModel])
  goals(@Context() ctx: RequestContext, @Parent() version: CarePlanVersion) {
    return ctx.loaders.carePlanGoalsByVersion.load(version.id);
  }

  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => [DeclinedAreaModel])
  declinedAreas(@Context() ctx: RequestContext, @Parent() version: CarePlanVersion) {
    return ctx.loaders.declinedAreasByVersion.load(version.id);
  }

  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => FollowUpStateEnum, { description: 'Next follow-up overdue, within 14 days, later, or not set.' })
  followUpState(@Parent() version: CarePlanVersion) {
    return followUpState(version.nextFollowUpOn, toCopenhagenIsoDate(new Date()));
  }

  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => String, { nullable: true })
  async updatedByName(@Context() ctx: RequestContext, @Parent() version: CarePlanVersion) {
    return version.updatedBy ? ((await ctx.loaders.userById.load(version.updatedBy))?.name ?? null) : null;
  }

  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => String, { nullable: true })
  async agreedByName(@Context() ctx: RequestContext, @Parent() version: CarePlanVersion) {
    return version.agreedBy ? ((await ctx.loaders.userById.load(version.agreedBy))?.name ?? null) : null;
  }

  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => CitizenModel, { description: 'Whose plan it is (name and team for the page heading).' })
  async citizen(@Context() ctx: RequestContext, @Parent() version: CarePlanVersion) {
    const citizen = await ctx.loaders.citizenById.load(version.citizenId);
    if (!citizen) throw new Error('plan version without citizen');
    assertMayReadCitizen(ctx, citizen.id, citizen.teamId);
    return citizen;
  }
}

@Resolver(() => CarePlanGoalModel)
export class CarePlanGoalResolver {
  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => LifeAreaModel)
  async lifeArea(@Context() ctx: RequestContext, @Parent() goal: CarePlanGoal) {
    return ctx.loaders.lifeAreaById.load(goal.lifeAreaId);
  }

  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => [CarePlanStepModel])
  steps(@Context() ctx: RequestContext, @Parent() goal: CarePlanGoal) {
    return ctx.loaders.carePlanStepsByGoal.load(goal.id);
  }
}

@Resolver(() => CarePlanStepModel)
export class CarePlanStepResolver {
  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => TeamMemberModel, { nullable: true, description: 'Who on the team does it (name and discipline).' })
  responsibleMember(@Context() ctx: RequestContext, @Parent() step: CarePlanStep) {
    return step.responsibleMemberId ? ctx.loaders.memberById.load(step.responsibleMemberId) : null;
  }
}

@Resolver(() => DeclinedAreaModel)
export class DeclinedAreaResolver {
  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => LifeAreaModel)
  lifeArea(@Context() ctx: RequestContext, @Parent() area: CarePlanDeclinedArea) {
    return ctx.loaders.lifeAreaById.load(area.lifeAreaId);
  }
}

@Resolver(() => ConsentModel)
export class ConsentResolver {
  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => ConsentStateEnum, { description: "The consent's state today (Copenhagen)." })
  state(@Parent() consent: Consent) {
    return consentState(consent, toCopenhagenIsoDate(new Date()));
  }

  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => AgreementModel, { nullable: true, description: 'The cooperation agreement the sharing rests on, if any.' })
  agreement(@Context() ctx: RequestContext, @Parent() consent: Consent) {
    return consent.agreementId ? ctx.loaders.agreementById.load(consent.agreementId) : null;
  }

  @Requires(Permission.ReadCarePlans)
  @ResolveField(() => String, { nullable: true })
  async recordedByName(@Context() ctx: RequestContext, @Parent() consent: Consent) {
    return consent.recordedBy ? ((await ctx.loaders.userById.load(consent.recordedBy))?.name ?? null) : null;
  }
}

export const CARE_PLAN_RESOLVERS = [
  CarePlansResolver,
  CitizenCarePlanResolver,
  CarePlanFieldsResolver,
  CarePlanVersionResolver,
  CarePlanGoalResolver,
  CarePlanStepResolver,
  DeclinedAreaResolver,
  ConsentResolver,
];
