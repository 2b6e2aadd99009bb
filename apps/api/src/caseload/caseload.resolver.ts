import type { Citizen } from '@act/db';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import { CitizenModel } from '../citizens/citizen.model';
import type { RequestContext } from '../common/request/request-context';
import { TeamMemberModel } from '../teams/team.model';
import {
  AdmissionCriteriaModel,
  CaseloadExceptionModel,
  EndCitizenCoursePayloadModel,
  PrimaryAssignmentModel,
  RebalanceProposalModel,
  TeamCaseloadModel,
  TeamCaseloadSummaryModel,
} from './caseload.model';
import { toAdmissionModel } from './admission.mapper';
import { toMemberModel } from './caseload.mapper';
import { CaseloadOverviewService } from './caseload-overview.service';
import { CaseloadService } from './caseload.service';
import { RebalancingService } from './rebalancing.service';
import { withCaseloadRetry } from './caseload-locks';
import { AdmissionService } from './admission.service';
import {
  AssignPrimaryContactInput,
  AssignPrimaryContactsInput,
  EndCitizenCourseInput,
  EndPrimaryContactInput,
  GrantCaseloadExceptionInput,
  RecordAdmissionInput,
  SecondaryContactInput,
  SetMemberFteInput,
} from './dto/caseload.inputs';

@Resolver(() => TeamCaseloadModel)
export class CaseloadResolver {
  constructor(
    private readonly caseload: CaseloadService,
    private readonly overview: CaseloadOverviewService,
    private readonly rebalancing: RebalancingService,
    private readonly admission: AdmissionService,
  ) {}

  @Requires(Permission.ReadCitizens)
  @Query(() => TeamCaseloadModel, { description: "A team's caseload: load per member, ratio, intake queue." })
  teamCaseload(@Context() ctx: RequestContext, @Args('teamId', { type: () => ID }, ParseIdPipe) teamId: string) {
    return this.overview.teamCaseload(ctx, teamId);
  }

  @Requires(Permission.ReadCaseloadAggregates)
  @Query(() => [TeamCaseloadSummaryModel], { description: 'Caseload figures per team, without names.' })
  caseloadSummaries(@Context() ctx: RequestContext) {
    return this.overview.summaries(ctx);
  }

  @Requires(Permission.ManageCaseload)
  @Query(() => RebalanceProposalModel, { description: 'Moves that bring everyone within capacity and place waiting citizens.' })
  proposeRebalancing(@Context() ctx: RequestContext, @Args('teamId', { type: () => ID }, ParseIdPipe) teamId: string) {
    return this.rebalancing.propose(ctx, teamId);
  }

  @Requires(Permission.ManageCaseload)
  @Mutation(() => CitizenModel, { description: 'Assign or reassign the primary contact (checked against the max-10 rule).' })
  assignPrimaryContact(@Context() ctx: RequestContext, @Args('input') input: AssignPrimaryContactInput) {
    return withCaseloadRetry(ctx, () => this.caseload.assign(ctx, input));
  }

  @Requires(Permission.ManageCaseload)
  @Mutation(() => [CitizenModel], { description: 'Import several assignments at once; all or nothing.' })
  assignPrimaryContacts(@Context() ctx: RequestContext, @Args('input') input: AssignPrimaryContactsInput) {
    return withCaseloadRetry(ctx, () => this.caseload.assignMany(ctx, input));
  }

  @Requires(Permission.ManageCaseload)
  @Mutation(() => EndCitizenCoursePayloadModel, {
    description: "End a citizen's course (team leader): contacts end on the date, standing visits stop, planned visits after now are removed.",
  })
  endCitizenCourse(@Context() ctx: RequestContext, @Args('input') input: EndCitizenCourseInput) {
    return withCaseloadRetry(ctx, () => this.caseload.endCourse(ctx, input));
  }

  @Requires(Permission.ManageCaseload)
  @Mutation(() => CitizenModel, { description: 'End the primary contact of a citizen who is paused or ended.' })
  endPrimaryContact(@Context() ctx: RequestContext, @Args('input') input: EndPrimaryContactInput) {
    return withCaseloadRetry(ctx, () => this.caseload.end(ctx, input));
  }

  @Requires(Permission.ManageCaseload)
  @Mutation(() => TeamMemberModel, { description: "Change a member's FTE; refused below their current load." })
  async setMemberFte(@Context() ctx: RequestContext, @Args('input') input: SetMemberFteInput) {
    return toMemberModel(await withCaseloadRetry(ctx, () => this.caseload.setFte(ctx, input)));
  }

  @Requires(Permission.ManageCaseload)
  @Mutation(() => CaseloadExceptionModel)
  grantCaseloadException(@Context() ctx: RequestContext, @Args('input') input: GrantCaseloadExceptionInput) {
    return withCaseloadRetry(ctx, () => this.caseload.grantException(ctx, input));
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => CitizenModel)
  addSecondaryContact(@Context() ctx: RequestContext, @Args('input') input: SecondaryContactInput) {
    return withCaseloadRetry(ctx, () => this.caseload.addSecondary(ctx, input));
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => CitizenModel)
  endSecondaryContact(@Context() ctx: RequestContext, @Args('input') input: SecondaryContactInput) {
    return withCaseloadRetry(ctx, () => this.caseload.endSecondary(ctx, input));
  }

  @Requires(Permission.WriteCitizens)
  @Mutation(() => CitizenModel, { description: 'Record the ACT admission criteria for a referred citizen.' })
  recordAdmission(@Context() ctx: RequestContext, @Args('input') input: RecordAdmissionInput) {
    return this.admission.record(ctx, input);
  }
}

/** Caseload facts on the citizen: current primary contact, history, secondary contacts, admission. */
@Resolver(() => CitizenModel)
export class CitizenCaseloadResolver {
  @Requires(Permission.ReadCitizens)
  @ResolveField(() => PrimaryAssignmentModel, { nullable: true })
  async primaryContact(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    const history = await ctx.loaders.assignmentHistoryByCitizen.load(citizen.id);
    return history.find((a) => a.endedAt === null) ?? null;
  }

  @Requires(Permission.ReadCitizens)
  @ResolveField(() => [PrimaryAssignmentModel], { description: 'Who was primary contact when, newest first.' })
  primaryContactHistory(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    return ctx.loaders.assignmentHistoryByCitizen.load(citizen.id);
  }

  @Requires(Permission.ReadCitizens)
  @ResolveField(() => [TeamMemberModel])
  async secondaryContacts(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    const ids = await ctx.loaders.secondaryMemberIdsByCitizen.load(citizen.id);
    return (await ctx.loaders.memberById.loadMany(ids)).filter((m) => m && !(m instanceof Error));
  }

  @Requires(Permission.ReadCitizens)
  @ResolveField(() => AdmissionCriteriaModel, { nullable: true })
  async admission(@Context() ctx: RequestContext, @Parent() citizen: Citizen) {
    const a = await ctx.loaders.admissionByCitizen.load(citizen.id);
    return a ? toAdmissionModel(a) : null;
  }
}

