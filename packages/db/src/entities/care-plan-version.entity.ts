import { Check, Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Citizen } from './citizen.entity';
import { AgreedHow, CarePlanStatus } from './enums';

/**
 * One version of a citizen's ACT plan. A draft is edited (optimistic concurrency on `revision`),
 * then agreed with the citizen; an agreed version never changes again (a trigger refuses it).
 * A follow-up starts the next version from the goals still in play.
 */
@Check('ck_care_plan_version_agreed', `"status" = 'draft' OR ("agreed_on" IS NOT NULL AND "agreed_how" IS NOT NULL AND "participants" IS NOT NULL)`)
@Check('ck_care_plan_version_number', '"number" >= 1')
@Entity({ name: 'care_plan_version' })
@Index('uq_care_plan_version_number', ['citizenId', 'number'], { unique: true })
@Index('uq_care_plan_version_one_draft', ['citizenId'], { unique: true, where: `"status" = 'draft'` })
@Index('ix_care_plan_version_citizen', ['tenantId', 'citizenId', 'number'])
export class CarePlanVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId!: string;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen?: Citizen;

  /** 1, 2, 3 … per citizen. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'enum', enum: CarePlanStatus, enumName: 'care_plan_status', default: CarePlanStatus.Draft })
  status!: CarePlanStatus;

  /** The version this one follows up (null for the first). */
  @Column({ name: 'previous_version_id', type: 'uuid', nullable: true })
  previousVersionId!: string | null;

  /** What matters to the citizen, in their own words. */
  @Column({ name: 'citizen_words', type: 'varchar', length: 4000, nullable: true })
  citizenWords!: string | null;

  @Column({ name: 'next_follow_up_on', type: 'date', nullable: true })
  nextFollowUpOn!: string | null;

  @Column({ name: 'agreed_on', type: 'date', nullable: true })
  agreedOn!: string | null;

  @Column({ name: 'agreed_how', type: 'enum', enum: AgreedHow, enumName: 'care_plan_agreed_how', nullable: true })
  agreedHow!: AgreedHow | null;

  /** Who took part when the plan was agreed (the citizen, staff, a relative …). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  participants!: string | null;

  /** Bumped by every save; a save must name the revision it started from. */
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'agreed_by', type: 'uuid', nullable: true })
  agreedBy!: string | null;

  @Column({ name: 'agreed_at', type: 'timestamptz', nullable: true })
  agreedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
