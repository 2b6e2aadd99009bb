import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../auth/permissions';
import { Requires } from '../auth/requires.decorator';
import type { RequestContext } from '../common/request/request-context';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { ChecklistService } from './checklist.service';
import {
  AddChecklistItemInput,
  RemoveChecklistItemInput,
  ReopenChecklistItemInput,
  RevisitPhaseInput,
  SaveActivityInput,
  SaveResponsibilityInput,
  SetChecklistStatusInput,
  UpdateChecklistItemInput,
} from './dto/implementation.inputs';
import { HistoryArgs } from './dto/history.args';
import {
  ActivityModel,
  ChecklistEventModel,
  ChecklistItemModel,
  EvidenceOptionsModel,
  PhaseModel,
  PlanModel,
  ResponsibilityGroupModel,
} from './implementation.model';
import { PlanService } from './plan.service';

/**
 * The steering group's implementation records (no personal data of citizens): the phases and
 * checklists, the plan and the roles table. Team leaders and the admin read them.
 */
@Resolver()
export class ImplementationResolver {
  constructor(
    private readonly checklist: ChecklistService,
    private readonly planning: PlanService,
  ) {}

  @Requires(Permission.ReadImplementation)
  @Query(() => [PhaseModel], { description: 'The four phases with their checklist items and progress.' })
  implementationPhases(@Context() ctx: RequestContext) {
    return this.checklist.phases(ctx);
  }

  @Requires(Permission.ReadImplementation)
  @Query(() => [ChecklistEventModel], { description: 'The history of one checklist item, newest first (at most 100).' })
  checklistItemHistory(@Context() ctx: RequestContext, @Args('itemId', { type: () => ID }, ParseIdPipe) itemId: string) {
    return this.checklist.itemHistory(ctx, itemId);
  }

  @Requires(Permission.ReadImplementation)
  @Query(() => [ChecklistEventModel], { description: 'The history of a phase (its items and revisits), newest first.' })
  implementationPhaseHistory(@Context() ctx: RequestContext, @Args() args: HistoryArgs) {
    return this.checklist.phaseHistory(ctx, args.phase, args.first ?? 50);
  }

  @Requires(Permission.ManageImplementation)
  @Query(() => EvidenceOptionsModel, { description: 'Records a checklist item can point to as evidence.' })
  implementationEvidenceOptions(@Context() ctx: RequestContext) {
    return this.checklist.evidenceOptions(ctx);
  }

  @Requires(Permission.ReadImplementation)
  @Query(() => PlanModel, { description: 'The implementation plan grouped by focus area, with the timeline months and overdue flags.' })
  implementationPlan(@Context() ctx: RequestContext) {
    return this.planning.plan(ctx);
  }

  @Requires(Permission.ReadImplementation)
  @Query(() => [ResponsibilityGroupModel], { description: 'The roles-and-responsibilities table, per group.' })
  implementationResponsibilities(@Context() ctx: RequestContext) {
    return this.planning.responsibilities(ctx);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => ChecklistItemModel, { description: 'Add an item of the municipality’s own to a phase.' })
  addChecklistItem(@Context() ctx: RequestContext, @Args('input') input: AddChecklistItemInput) {
    return this.checklist.addItem(ctx, input);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => ChecklistItemModel, { description: 'Owner, due date, evidence; the text of own items.' })
  updateChecklistItem(@Context() ctx: RequestContext, @Args('input') input: UpdateChecklistItemInput) {
    return this.checklist.updateItem(ctx, input);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => ChecklistItemModel, { description: 'Change the status; NOT_RELEVANT and taking a settled item back need a reason.' })
  setChecklistItemStatus(@Context() ctx: RequestContext, @Args('input') input: SetChecklistStatusInput) {
    return this.checklist.setStatus(ctx, input);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => ChecklistItemModel, { description: 'Take a done or not-relevant item back to in progress, with a reason.' })
  reopenChecklistItem(@Context() ctx: RequestContext, @Args('input') input: ReopenChecklistItemInput) {
    return this.checklist.reopen(ctx, input);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => PhaseModel, { description: 'Remove an own item (its history stays); the guide’s items cannot be removed.' })
  removeChecklistItem(@Context() ctx: RequestContext, @Args('input') input: RemoveChecklistItemInput) {
    return this.checklist.remove(ctx, input);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => PhaseModel, { description: 'Record that the group returns to a phase, with a reason.' })
  revisitImplementationPhase(@Context() ctx: RequestContext, @Args('input') input: RevisitPhaseInput) {
    return this.checklist.revisit(ctx, input);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => ActivityModel, { description: 'Add (no id) or change (id and version) an activity of the plan.' })
  saveImplementationActivity(@Context() ctx: RequestContext, @Args('input') input: SaveActivityInput) {
    return this.planning.saveActivity(ctx, input);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => PlanModel)
  removeImplementationActivity(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.planning.removeActivity(ctx, id);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => [ResponsibilityGroupModel], { description: 'Add (no id) or change a line of the roles table.' })
  saveResponsibility(@Context() ctx: RequestContext, @Args('input') input: SaveResponsibilityInput) {
    return this.planning.saveResponsibility(ctx, input);
  }

  @Requires(Permission.ManageImplementation)
  @Mutation(() => [ResponsibilityGroupModel])
  removeResponsibility(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.planning.removeResponsibility(ctx, id);
  }
}


