import { ActivityStatus, ChecklistEventAction, ChecklistStatus, ImplementationPhase, ResponsibilityGroup } from '@act/db';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ImplementationPhaseEnum = {
  DECIDE: ImplementationPhase.Decide,
  PLAN: ImplementationPhase.Plan,
  CARRY_OUT: ImplementationPhase.CarryOut,
  ANCHOR: ImplementationPhase.Anchor,
} as const;
registerEnumType(ImplementationPhaseEnum, { name: 'ImplementationPhase', description: 'The guide’s four phases: decide, plan, carry out, anchor.' });

export const ChecklistStatusEnum = {
  NOT_STARTED: ChecklistStatus.NotStarted,
  IN_PROGRESS: ChecklistStatus.InProgress,
  DONE: ChecklistStatus.Done,
  NOT_RELEVANT: ChecklistStatus.NotRelevant,
} as const;
registerEnumType(ChecklistStatusEnum, { name: 'ChecklistStatus', description: 'NOT_RELEVANT needs a reason.' });

export const ChecklistEventActionEnum = {
  CREATED: ChecklistEventAction.Created,
  CHANGED: ChecklistEventAction.Changed,
  STATUS_CHANGED: ChecklistEventAction.StatusChanged,
  REOPENED: ChecklistEventAction.Reopened,
  REMOVED: ChecklistEventAction.Removed,
  PHASE_REVISITED: ChecklistEventAction.PhaseRevisited,
} as const;
registerEnumType(ChecklistEventActionEnum, { name: 'ChecklistEventAction' });

export const ActivityStatusEnum = {
  PLANNED: ActivityStatus.Planned,
  IN_PROGRESS: ActivityStatus.InProgress,
  DONE: ActivityStatus.Done,
  CANCELLED: ActivityStatus.Cancelled,
} as const;
registerEnumType(ActivityStatusEnum, { name: 'ActivityStatus' });

export const ResponsibilityGroupEnum = {
  MANAGEMENT: ResponsibilityGroup.Management,
  STEERING_GROUP: ResponsibilityGroup.SteeringGroup,
  TEAM_LEADER: ResponsibilityGroup.TeamLeader,
  TEAM_MEMBERS: ResponsibilityGroup.TeamMembers,
  PARTNERS: ResponsibilityGroup.Partners,
} as const;
registerEnumType(ResponsibilityGroupEnum, { name: 'ResponsibilityGroup' });

export const EvidenceKindEnum = { AGREEMENT: 'agreement', READINESS_ROUND: 'readiness_round', FUNCTION_DESCRIPTION: 'function_description' } as const;
registerEnumType(EvidenceKindEnum, { name: 'EvidenceKind', description: 'A record in the platform that documents a checklist item.' });

@ObjectType('EvidenceRecord', { description: 'A record in the platform: an agreement, a readiness round or a function description (by title).' })
export class EvidenceRecordModel {
  @Field(() => EvidenceKindEnum)
  kind!: string;

  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field(() => ID, { nullable: true, description: 'The function role of a function description (its page).' })
  roleId!: string | null;
}

@ObjectType('PhaseProgress', { description: 'Done and not-relevant items over the items not removed.' })
export class PhaseProgressModel {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  notRelevant!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  notStarted!: number;

  @Field(() => Int, { nullable: true, description: 'Whole percent, rounded down; null without items.' })
  percent!: number | null;

  @Field({ description: 'not_started, in_progress, complete or empty.' })
  state!: string;
}

@ObjectType('ChecklistItem')
export class ChecklistItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ImplementationPhaseEnum)
  phase!: string;

  @Field({ description: 'One of the guide’s questions (its wording is fixed; the municipality’s own items can be reworded).' })
  fromGuide!: boolean;

  @Field()
  text!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => ChecklistStatusEnum)
  status!: string;

  @Field(() => String, { nullable: true, description: 'Why not relevant, or why reopened.' })
  statusReason!: string | null;

  @Field(() => String, { nullable: true })
  owner!: string | null;

  @Field(() => String, { nullable: true })
  dueOn!: string | null;

  @Field({ description: 'Due date passed (Copenhagen today) and not settled.' })
  overdue!: boolean;

  @Field(() => String, { nullable: true })
  evidenceNote!: string | null;

  @Field(() => String, { nullable: true })
  evidenceUrl!: string | null;

  @Field(() => [EvidenceRecordModel])
  evidenceRecords!: EvidenceRecordModel[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt!: Date | null;

  @Field(() => Int, { description: 'Send it back with a change; a newer version is a conflict.' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('ChecklistEvent', { description: 'One change of a checklist item or a phase (append-only history).' })
export class ChecklistEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ImplementationPhaseEnum)
  phase!: string;

  @Field(() => ID, { nullable: true })
  itemId!: string | null;

  @Field(() => String, { nullable: true, description: 'The item’s current text (null for a phase revisit).' })
  itemText!: string | null;

  @Field(() => ChecklistEventActionEnum)
  action!: string;

  @Field(() => ChecklistStatusEnum, { nullable: true })
  fromStatus!: string | null;

  @Field(() => ChecklistStatusEnum, { nullable: true })
  toStatus!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => [String], { description: 'Names of the fields that changed.' })
  changedFields!: string[];

  @Field({ description: 'The steering group member (or other user) who made the change.' })
  actorName!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;
}

@ObjectType('ImplementationPhaseOverview')
export class PhaseModel {
  @Field(() => ImplementationPhaseEnum)
  phase!: string;

  @Field(() => Int)
  number!: number;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => PhaseProgressModel)
  progress!: PhaseProgressModel;

  @Field(() => [ChecklistItemModel], { description: 'Items not removed, in order.' })
  items!: ChecklistItemModel[];

  @Field(() => ChecklistEventModel, { nullable: true, description: 'The latest revisit of the phase, if any.' })
  lastRevisit!: ChecklistEventModel | null;
}

@ObjectType('EvidenceOptions', { description: 'Records a checklist item can point to.' })
export class EvidenceOptionsModel {
  @Field(() => [EvidenceRecordModel])
  agreements!: EvidenceRecordModel[];

  @Field(() => [EvidenceRecordModel])
  readinessRounds!: EvidenceRecordModel[];

  @Field(() => [EvidenceRecordModel])
  functionDescriptions!: EvidenceRecordModel[];
}

@ObjectType('ImplementationActivity')
export class ActivityModel {
  @Field(() => ID)
  id!: string;

  @Field()
  focusArea!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  purpose!: string | null;

  @Field(() => String, { nullable: true })
  owner!: string | null;

  @Field(() => String, { nullable: true })
  startsOn!: string | null;

  @Field(() => String, { nullable: true })
  deadline!: string | null;

  @Field(() => String, { nullable: true })
  milestone!: string | null;

  @Field(() => String, { nullable: true })
  expectedResult!: string | null;

  @Field(() => ActivityStatusEnum)
  status!: string;

  @Field(() => Int)
  position!: number;

  @Field({ description: 'Deadline before Copenhagen today, and neither done nor cancelled.' })
  overdue!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType('FocusArea')
export class FocusAreaModel {
  @Field()
  name!: string;

  @Field(() => [ActivityModel])
  activities!: ActivityModel[];
}

@ObjectType('ImplementationPlan')
export class PlanModel {
  @Field({ description: 'Copenhagen today, the day overdue is measured against.' })
  today!: string;

  @Field(() => [String], { description: 'The months (YYYY-MM) the timeline spans.' })
  months!: string[];

  @Field(() => [FocusAreaModel])
  focusAreas!: FocusAreaModel[];

  @Field(() => Int)
  overdueCount!: number;

  @Field(() => [String], { description: 'Focus areas suggested by the guide (for a new activity).' })
  suggestedFocusAreas!: string[];
}

@ObjectType('Responsibility')
export class ResponsibilityModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ResponsibilityGroupEnum)
  group!: string;

  @Field()
  text!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  fromGuide!: boolean;
}

@ObjectType('ResponsibilityGroupLines')
export class ResponsibilityGroupModel {
  @Field(() => ResponsibilityGroupEnum)
  group!: string;

  @Field()
  label!: string;

  @Field(() => [ResponsibilityModel])
  lines!: ResponsibilityModel[];
}
