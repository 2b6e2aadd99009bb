import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { AppUser } from './app-user.entity';
import { CooperationAgreement } from './cooperation-agreement.entity';
import { FunctionDescription } from './function-description.entity';
import { ReadinessRound } from './readiness.entity';

/** The guide's four phases: decide, plan, carry out, anchor. */
export enum ImplementationPhase {
  Decide = 'decide',
  Plan = 'plan',
  CarryOut = 'carry_out',
  Anchor = 'anchor',
}

export enum ChecklistStatus {
  NotStarted = 'not_started',
  InProgress = 'in_progress',
  Done = 'done',
  NotRelevant = 'not_relevant',
}

export enum ChecklistEventAction {
  Created = 'created',
  Changed = 'changed',
  StatusChanged = 'status_changed',
  Reopened = 'reopened',
  Removed = 'removed',
  PhaseRevisited = 'phase_revisited',
}

export enum ActivityStatus {
  Planned = 'planned',
  InProgress = 'in_progress',
  Done = 'done',
  Cancelled = 'cancelled',
}

/** Who carries a responsibility in the guide's roles-and-responsibilities table. */
export enum ResponsibilityGroup {
  Management = 'management',
  SteeringGroup = 'steering_group',
  TeamLeader = 'team_leader',
  TeamMembers = 'team_members',
  Partners = 'partners',
}

/**
 * A question of a phase's checklist: the guide's (default_key set) or the municipality's own.
 * Evidence is a note, a link, or a record in the platform — each such link a real foreign key.
 * Every change is written to `implementation_checklist_event` in the same transaction.
 */
@Entity({ name: 'implementation_checklist_item' })
@Index('uq_checklist_item_default', ['tenantId', 'defaultKey'], { unique: true, where: '"default_key" IS NOT NULL' })
@Index('ix_checklist_item_phase', ['tenantId', 'phase', 'position'])
@Check('ck_checklist_item_reason', `"status" <> 'not_relevant' OR "status_reason" IS NOT NULL`)
export class ImplementationChecklistItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'enum', enum: ImplementationPhase, enumName: 'implementation_phase' })
  phase!: ImplementationPhase;

  @Column({ name: 'default_key', type: 'varchar', length: 50, nullable: true })
  defaultKey!: string | null;

  @Column({ type: 'varchar', length: 500 })
  text!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'enum', enum: ChecklistStatus, enumName: 'checklist_status', default: ChecklistStatus.NotStarted })
  status!: ChecklistStatus;

  /** Why it is not relevant (required then), or why it was reopened. */
  @Column({ name: 'status_reason', type: 'varchar', length: 1000, nullable: true })
  statusReason!: string | null;

  /** A person or a body ("Styregruppen", "Teamleder"): staff and organisation, never a citizen. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  owner!: string | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ name: 'evidence_note', type: 'varchar', length: 2000, nullable: true })
  evidenceNote!: string | null;

  @Column({ name: 'evidence_url', type: 'varchar', length: 1000, nullable: true })
  evidenceUrl!: string | null;

  @Column({ name: 'evidence_agreement_id', type: 'uuid', nullable: true })
  evidenceAgreementId!: string | null;

  @ManyToOne(() => CooperationAgreement, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'evidence_agreement_id' })
  evidenceAgreement?: CooperationAgreement;

  @Column({ name: 'evidence_round_id', type: 'uuid', nullable: true })
  evidenceRoundId!: string | null;

  @ManyToOne(() => ReadinessRound, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'evidence_round_id' })
  evidenceRound?: ReadinessRound;

  @Column({ name: 'evidence_function_description_id', type: 'uuid', nullable: true })
  evidenceFunctionDescriptionId!: string | null;

  @ManyToOne(() => FunctionDescription, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'evidence_function_description_id' })
  evidenceFunctionDescription?: FunctionDescription;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** Removed own items stay for their history; the guide's items cannot be removed. */
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * The history of the checklists: append-only (the app role may only insert and read). A phase
 * revisit has no item. `changes` holds the changed fields as {field: [before, after]}.
 */
@Entity({ name: 'implementation_checklist_event' })
@Index('ix_checklist_event_item', ['tenantId', 'itemId', 'at'])
@Index('ix_checklist_event_phase', ['tenantId', 'phase', 'at'])
export class ImplementationChecklistEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'enum', enum: ImplementationPhase, enumName: 'implementation_phase' })
  phase!: ImplementationPhase;

  @Column({ name: 'item_id', type: 'uuid', nullable: true })
  itemId!: string | null;

  @ManyToOne(() => ImplementationChecklistItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: ImplementationChecklistItem;

  @Column({ type: 'enum', enum: ChecklistEventAction, enumName: 'checklist_event_action' })
  action!: ChecklistEventAction;

  @Column({ name: 'from_status', type: 'enum', enum: ChecklistStatus, enumName: 'checklist_status', nullable: true })
  fromStatus!: ChecklistStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: ChecklistStatus, enumName: 'checklist_status', nullable: true })
  toStatus!: ChecklistStatus | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  changes!: Record<string, [unknown, unknown]> | null;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: AppUser;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

/** An activity of the implementation plan (Bilag 1c). Overdue = deadline passed and not done or cancelled. */
@Entity({ name: 'implementation_activity' })
@Index('ix_implementation_activity_area', ['tenantId', 'focusArea', 'position'])
@Check('ck_implementation_activity_period', '"deadline" IS NULL OR "starts_on" IS NULL OR "deadline" >= "starts_on"')
export class ImplementationActivity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'focus_area', type: 'varchar', length: 200 })
  focusArea!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  purpose!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  owner!: string | null;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ type: 'date', nullable: true })
  deadline!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  milestone!: string | null;

  @Column({ name: 'expected_result', type: 'varchar', length: 2000, nullable: true })
  expectedResult!: string | null;

  @Column({ type: 'enum', enum: ActivityStatus, enumName: 'activity_status', default: ActivityStatus.Planned })
  status!: ActivityStatus;

  @Column({ type: 'smallint', default: 0 })
  position!: number;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A line of the roles-and-responsibilities table: the guide's defaults, editable, and own lines. */
@Entity({ name: 'implementation_responsibility' })
@Index('uq_responsibility_default', ['tenantId', 'defaultKey'], { unique: true, where: '"default_key" IS NOT NULL' })
@Index('ix_responsibility_group', ['tenantId', 'group', 'position'])
export class ImplementationResponsibility {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'responsible_group', type: 'enum', enum: ResponsibilityGroup, enumName: 'responsibility_group' })
  group!: ResponsibilityGroup;

  @Column({ type: 'varchar', length: 1000 })
  text!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ name: 'default_key', type: 'varchar', length: 50, nullable: true })
  defaultKey!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
