import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from './app-user.entity';
import { Team } from './team.entity';
import { numericToNumber } from './transformers';

/** Why a citizen's course with the team ended, as far as the fidelity model's retention item is concerned (ADR 0021). */
export enum CourseEndKind {
  MovedAway = 'moved_away',
  Died = 'died',
  Transferred = 'transferred',
  Completed = 'completed',
  Other = 'other',
}

/**
 * A team's budgeted positions (normering) in FTE from a date; the next row's start ends it. Set by
 * the admin or the team's leader; the fidelity item "staffing against budget" divides by it.
 */
@Entity({ name: 'team_budgeted_positions' })
@Index('ix_team_budgeted_positions_team', ['tenantId', 'teamId', 'startDate'])
@Check('ck_team_budgeted_positions_fte', '"fte" >= 0 AND "fte" <= 500')
@Check('ck_team_budgeted_positions_range', '"end_date" IS NULL OR "end_date" > "start_date"')
export class TeamBudgetedPositions {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numericToNumber })
  fte!: number;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  /** Not included; null = still in force. */
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: AppUser;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A team leader's 1–5 rating of a fidelity item the data cannot show. Append-only: the history stays. */
@Entity({ name: 'fidelity_manual_rating' })
@Index('ix_fidelity_manual_rating_team', ['tenantId', 'teamId', 'itemId', 'ratedOn'])
@Check('ck_fidelity_manual_rating_rating', '"rating" BETWEEN 1 AND 5')
export class FidelityManualRating {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Column({ name: 'item_id', type: 'varchar', length: 64 })
  itemId!: string;

  @Column({ type: 'smallint' })
  rating!: number;

  @Column({ type: 'varchar', length: 2000 })
  note!: string;

  @Column({ name: 'rated_on', type: 'date' })
  ratedOn!: string;

  @Column({ name: 'rated_by', type: 'uuid' })
  ratedBy!: string;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rated_by' })
  rater?: AppUser;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A tenant's own fidelity model version (the standard one is built in and not stored). Immutable:
 * a trigger refuses UPDATE and DELETE, so a report that names a version can always be recomputed.
 */
@Entity({ name: 'fidelity_model_version' })
@Index('uq_fidelity_model_version', ['tenantId', 'versionId'], { unique: true })
export class FidelityModelVersionRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'version_id', type: 'varchar', length: 64 })
  versionId!: string;

  @Column({ type: 'varchar', length: 200 })
  label!: string;

  @Column({ name: 'based_on', type: 'varchar', length: 64 })
  basedOn!: string;

  /** The whole `FidelityModelVersion` of the domain package. */
  @Column({ type: 'jsonb' })
  definition!: unknown;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: AppUser;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A team's fidelity report for one period and version, computed by the worker every week. The
 * report holds ratings, values and their basis only (no names, no citizen ids).
 */
@Entity({ name: 'fidelity_snapshot' })
@Index('uq_fidelity_snapshot', ['tenantId', 'teamId', 'fromDate', 'toDate', 'versionId'], { unique: true })
export class FidelitySnapshot {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Column({ name: 'from_date', type: 'date' })
  fromDate!: string;

  @Column({ name: 'to_date', type: 'date' })
  toDate!: string;

  @Column({ name: 'version_id', type: 'varchar', length: 64 })
  versionId!: string;

  @Column({ type: 'jsonb' })
  report!: unknown;

  /** Citizens enrolled on at least one day of the period (for the steering group's minimum group size). */
  @Column({ name: 'citizens', type: 'integer' })
  citizens!: number;

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'now()' })
  computedAt!: Date;
}
