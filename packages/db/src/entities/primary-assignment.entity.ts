import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Citizen } from './citizen.entity';
import { CourseEndKind } from './fidelity.entity';
import { TeamMember } from './team-member.entity';

/**
 * Who is (or was) a citizen's primary contact, from when to when. At most one open row per
 * citizen; a trigger holds the max-10 rule on every insert and update (see the caseload migration).
 */
@Entity({ name: 'primary_assignment' })
@Index('uq_primary_assignment_open', ['citizenId'], { unique: true, where: '"ended_at" IS NULL' })
@Index('ix_primary_assignment_member_open', ['memberId'], { where: '"ended_at" IS NULL' })
@Index('ix_primary_assignment_citizen', ['tenantId', 'citizenId', 'startedAt'])
export class PrimaryAssignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId!: string;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen?: Citizen;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => TeamMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'assigned_by', type: 'uuid', nullable: true })
  assignedBy!: string | null;

  @Column({ name: 'ended_by', type: 'uuid', nullable: true })
  endedBy!: string | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 500, nullable: true })
  endReason!: string | null;

  /** Set on the assignment that closed when the course ended: why it ended (null: a change of contact, or not known). */
  @Column({ name: 'end_kind', type: 'enum', enum: CourseEndKind, enumName: 'course_end_kind', nullable: true })
  endKind!: CourseEndKind | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
