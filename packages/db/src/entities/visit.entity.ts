import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CarePlanGoal } from './care-plan-goal.entity';
import { Citizen } from './citizen.entity';
import { TeamMember } from './team-member.entity';
import { VisitSeries } from './visit-series.entity';
import { VisitOutcome, VisitPlace } from './visit-enums';

export { VisitOutcome, VisitPlace };

/**
 * An outreach visit (udgående besøg): planned, then logged once with its outcome. Occurrences of
 * a recurring series carry the series id and the local date the rule gave them (their key).
 */
@Check('ck_visit_range', `"planned_end" > "planned_start" AND "planned_end" <= "planned_start" + interval '12 hours'`)
@Check('ck_visit_place_other', `"place_kind" <> 'other' OR "place_text" IS NOT NULL`)
@Check('ck_visit_outcome_logged', '("outcome" IS NULL) = ("outcome_logged_at" IS NULL)')
@Check('ck_visit_done', `"outcome" IS DISTINCT FROM 'done' OR ("actual_minutes" IS NOT NULL AND "face_to_face" IS NOT NULL)`)
@Check('ck_visit_minutes', '"actual_minutes" BETWEEN 1 AND 720')
@Check('ck_visit_series_date', '("series_id" IS NULL) OR ("series_date" IS NOT NULL)')
// Draft saves delete goals; the foreign-key check looks here, so it needs an index.
@Index('ix_visit_goal', ['goalId'], { where: '"goal_id" IS NOT NULL' })
@Entity({ name: 'visit' })
@Index('ix_visit_citizen_start', ['tenantId', 'citizenId', 'plannedStart'])
@Index('ix_visit_citizen_open', ['tenantId', 'citizenId', 'plannedStart'], { where: '"outcome" IS NULL' })
@Index('ix_visit_tenant_start', ['tenantId', 'plannedStart'])
// The steering dashboard's face-to-face figures, per citizen (migration 1764370200000).
@Index('ix_visit_face_to_face_done', ['tenantId', 'citizenId', 'plannedStart'], { where: `"outcome" = 'done' AND "face_to_face"` })
@Index('uq_visit_series_date', ['seriesId', 'seriesDate'], { unique: true, where: '"series_id" IS NOT NULL' })
export class Visit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId!: string;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen?: Citizen;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId!: string | null;

  @ManyToOne(() => VisitSeries, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'series_id' })
  series?: VisitSeries;

  /** The local date the series' rule gave this occurrence (stays when the visit is moved). */
  @Column({ name: 'series_date', type: 'date', nullable: true })
  seriesDate!: string | null;

  @Column({ name: 'planned_start', type: 'timestamptz' })
  plannedStart!: Date;

  @Column({ name: 'planned_end', type: 'timestamptz' })
  plannedEnd!: Date;

  @Column({ name: 'place_kind', type: 'enum', enum: VisitPlace, enumName: 'visit_place_kind' })
  placeKind!: VisitPlace;

  /** Required for `other`: where, in the member's words. */
  @Column({ name: 'place_text', type: 'varchar', length: 200, nullable: true })
  placeText!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  purpose!: string | null;

  /**
   * The plan goal the visit serves: a goal of an agreed version of the same citizen's plan
   * (a trigger checks tenant, citizen and agreed status; agreed goals are never deleted).
   */
  @Column({ name: 'goal_id', type: 'uuid', nullable: true })
  goalId!: string | null;

  @ManyToOne(() => CarePlanGoal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goal_id' })
  goal?: CarePlanGoal;

  @Column({ type: 'enum', enum: VisitOutcome, enumName: 'visit_outcome', nullable: true })
  outcome!: VisitOutcome | null;

  @Column({ name: 'actual_minutes', type: 'smallint', nullable: true })
  actualMinutes!: number | null;

  @Column({ name: 'face_to_face', type: 'boolean', nullable: true })
  faceToFace!: boolean | null;

  @Column({ name: 'network_took_part', type: 'boolean', nullable: true })
  networkTookPart!: boolean | null;

  /** Time on the citizen's substance use (treatment, counselling, motivational work): a fidelity mark. */
  @Column({ name: 'substance_treatment', type: 'boolean', default: false })
  substanceTreatment!: boolean;

  @Column({ name: 'outcome_note', type: 'varchar', length: 1000, nullable: true })
  outcomeNote!: string | null;

  @Column({ name: 'outcome_logged_at', type: 'timestamptz', nullable: true })
  outcomeLoggedAt!: Date | null;

  @Column({ name: 'outcome_logged_by', type: 'uuid', nullable: true })
  outcomeLoggedBy!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The team members on a visit (one or more). */
@Entity({ name: 'visit_member' })
@Index('ix_visit_member_member_visit', ['tenantId', 'memberId', 'visitId'])
export class VisitMember {
  @PrimaryColumn({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @ManyToOne(() => Visit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id' })
  visit?: Visit;

  @ManyToOne(() => TeamMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;
}
