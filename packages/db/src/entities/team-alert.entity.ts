import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export enum TeamAlertKind {
  CaseloadExceptionExpired = 'caseload_exception_expired',
}
import { Team } from './team.entity';

/** Something the team must act on. `dedupe_key` makes raising an alert idempotent. */
@Entity({ name: 'team_alert' })
@Index('uq_team_alert_dedupe', ['tenantId', 'dedupeKey'], { unique: true })
@Index('ix_team_alert_team_open', ['tenantId', 'teamId'], { where: '"resolved_at" IS NULL' })
export class TeamAlert {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Column({ type: 'enum', enum: TeamAlertKind, enumName: 'team_alert_kind' })
  kind!: TeamAlertKind;

  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId!: string | null;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
