import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TeamMember } from './team-member.entity';

/**
 * A team leader's reasoned, time-limited permission for one member to carry `extra` citizens
 * above capacity. In force from valid_from to valid_until (inclusive, Copenhagen dates) unless revoked.
 */
@Entity({ name: 'caseload_exception' })
@Check('ck_caseload_exception_extra', '"extra" BETWEEN 1 AND 5')
@Check('ck_caseload_exception_dates', '"valid_until" >= "valid_from"')
@Index('ix_caseload_exception_member', ['tenantId', 'memberId', 'validUntil'])
export class CaseloadException {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => TeamMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;

  @Column({ type: 'smallint' })
  extra!: number;

  @Column({ type: 'varchar', length: 1000 })
  reason!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_until', type: 'date' })
  validUntil!: string;

  @Column({ name: 'granted_by', type: 'uuid' })
  grantedBy!: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** Set once the expiry check has run (idempotent claim for the worker job). */
  @Column({ name: 'expiry_checked_at', type: 'timestamptz', nullable: true })
  expiryCheckedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
