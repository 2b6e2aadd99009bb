import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CarePlanGoal } from './care-plan-goal.entity';
import { Citizen } from './citizen.entity';
import { TeamMember } from './team-member.entity';
import { VisitPlace } from './visit-enums';

/**
 * A recurring visit ("every Tuesday 10–11"): a weekly RRULE in Europe/Copenhagen wall-clock time.
 * Occurrences are materialised as `visit` rows a few weeks ahead (ADR 0008); `materialised_until`
 * is the last local date already expanded.
 */
@Check('ck_visit_series_place_other', `"place_kind" <> 'other' OR "place_text" IS NOT NULL`)
@Check('ck_visit_series_time', `"start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
@Check('ck_visit_series_duration', '"duration_minutes" BETWEEN 5 AND 720')
// Draft saves delete goals; the foreign-key check looks here, so it needs an index.
@Index('ix_visit_series_goal', ['goalId'], { where: '"goal_id" IS NOT NULL' })
@Entity({ name: 'visit_series' })
@Index('ix_visit_series_open', ['tenantId', 'materialisedUntil'], { where: '"stopped_at" IS NULL' })
export class VisitSeries {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId!: string;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen?: Citizen;

  /** e.g. FREQ=WEEKLY;INTERVAL=1;BYDAY=TU (TZID is always Europe/Copenhagen). */
  @Column({ type: 'varchar', length: 200 })
  rrule!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  /** Local HH:MM. */
  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime!: string;

  @Column({ name: 'duration_minutes', type: 'smallint' })
  durationMinutes!: number;

  @Column({ name: 'place_kind', type: 'enum', enum: VisitPlace, enumName: 'visit_place_kind' })
  placeKind!: VisitPlace;

  @Column({ name: 'place_text', type: 'varchar', length: 200, nullable: true })
  placeText!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  purpose!: string | null;

  /** As `visit.goal_id`: a goal of an agreed version of the same citizen's plan. */
  @Column({ name: 'goal_id', type: 'uuid', nullable: true })
  goalId!: string | null;

  @ManyToOne(() => CarePlanGoal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goal_id' })
  goal?: CarePlanGoal;

  @Column({ name: 'materialised_until', type: 'date' })
  materialisedUntil!: string;

  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true })
  stoppedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'visit_series_member' })
export class VisitSeriesMember {
  @PrimaryColumn({ name: 'series_id', type: 'uuid' })
  seriesId!: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @ManyToOne(() => VisitSeries, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'series_id' })
  series?: VisitSeries;

  @ManyToOne(() => TeamMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;
}
