import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AppUser } from './app-user.entity';

/** The five implementation drivers of the guide's readiness assessment (Bilag 1a). */
export enum ReadinessDriver {
  Intervention = 'intervention',
  Organisation = 'organisation',
  Leadership = 'leadership',
  People = 'people',
  Context = 'context',
}

/** Who a participant answers as: results can be read per group when each group is big enough. */
export enum ReadinessGroup {
  SteeringGroup = 'steering_group',
  TeamLeader = 'team_leader',
  TeamMember = 'team_member',
  Partner = 'partner',
}

/**
 * A statement of the municipality's readiness catalogue. Defaults (default_key set) are written
 * from packages/domain; a municipality rewords them and adds its own. A round copies the wording
 * it is opened with, so rewording never changes an answered round. Retired statements stay for
 * the rounds that used them.
 */
@Entity({ name: 'readiness_statement' })
@Index('uq_readiness_statement_default', ['tenantId', 'defaultKey'], { unique: true, where: '"default_key" IS NOT NULL' })
@Index('ix_readiness_statement_driver', ['tenantId', 'driver', 'position'])
export class ReadinessStatement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'enum', enum: ReadinessDriver, enumName: 'readiness_driver' })
  driver!: ReadinessDriver;

  @Column({ type: 'varchar', length: 500 })
  text!: string;

  @Column({ type: 'smallint' })
  position!: number;

  /** The default this statement started as (NULL for the municipality's own). */
  @Column({ name: 'default_key', type: 'varchar', length: 50, nullable: true })
  defaultKey!: string | null;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * One readiness assessment: open from `opens_on` to `closes_on` (Copenhagen dates, inclusive) or
 * until closed early (`closed_at`). A trigger refuses any change to answers and submissions of a
 * closed round. The SWOT fields are the steering group's own analysis of the results.
 */
@Entity({ name: 'readiness_round' })
@Index('ix_readiness_round_opens', ['tenantId', 'opensOn'])
@Check('ck_readiness_round_period', '"closes_on" >= "opens_on"')
export class ReadinessRound {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'opens_on', type: 'date' })
  opensOn!: string;

  @Column({ name: 'closes_on', type: 'date' })
  closesOn!: string;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  strengths!: string | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  weaknesses!: string | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  opportunities!: string | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  threats!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: AppUser;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The wording a round was opened with: a copy, so later rewording leaves the round as answered. */
@Entity({ name: 'readiness_round_statement' })
@Index('uq_readiness_round_statement', ['roundId', 'position'], { unique: true })
export class ReadinessRoundStatement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => ReadinessRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: ReadinessRound;

  /** The catalogue statement it was copied from (kept for comparing rounds). */
  @Column({ name: 'statement_id', type: 'uuid', nullable: true })
  statementId!: string | null;

  @ManyToOne(() => ReadinessStatement, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'statement_id' })
  statement?: ReadinessStatement;

  @Column({ type: 'enum', enum: ReadinessDriver, enumName: 'readiness_driver' })
  driver!: ReadinessDriver;

  @Column({ type: 'varchar', length: 500 })
  text!: string;

  @Column({ type: 'smallint' })
  position!: number;
}

/** A user invited to answer a round, and when they submitted (answers count from then on). */
@Entity({ name: 'readiness_participant' })
@Index('uq_readiness_participant', ['roundId', 'userId'], { unique: true })
@Index('ix_readiness_participant_user', ['tenantId', 'userId'])
export class ReadinessParticipant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => ReadinessRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: ReadinessRound;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: AppUser;

  @Column({ name: 'participant_group', type: 'enum', enum: ReadinessGroup, enumName: 'readiness_group' })
  group!: ReadinessGroup;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}

/** One participant's answer to one statement: 1–5, or "don't know" (no score), and a comment. */
@Entity({ name: 'readiness_answer' })
@Index('uq_readiness_answer', ['participantId', 'roundStatementId'], { unique: true })
@Index('ix_readiness_answer_statement', ['roundStatementId'])
@Check('ck_readiness_answer_score', '("dont_know" AND "score" IS NULL) OR (NOT "dont_know" AND "score" BETWEEN 1 AND 5)')
export class ReadinessAnswer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => ReadinessParticipant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: ReadinessParticipant;

  @Column({ name: 'round_statement_id', type: 'uuid' })
  roundStatementId!: string;

  @ManyToOne(() => ReadinessRoundStatement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_statement_id' })
  roundStatement?: ReadinessRoundStatement;

  @Column({ type: 'smallint', nullable: true })
  score!: number | null;

  @Column({ name: 'dont_know', type: 'boolean', default: false })
  dontKnow!: boolean;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
