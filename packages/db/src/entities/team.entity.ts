import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Check('ck_team_not_seen_threshold', '"not_seen_threshold_days" BETWEEN 1 AND 90')
@Check('ck_team_supervision_interval', '"supervision_interval_days" BETWEEN 7 AND 365')
@Entity({ name: 'team' })
@Index('uq_team_tenant_name', ['tenantId', 'name'], { unique: true })
export class Team {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The "not seen" list shows citizens without a face-to-face contact for more than this many days. */
  @Column({ name: 'not_seen_threshold_days', type: 'smallint', default: 7 })
  notSeenThresholdDays!: number;

  /** The team leader is told about a member without supervision for longer than this many days. */
  @Column({ name: 'supervision_interval_days', type: 'smallint', default: 42 })
  supervisionIntervalDays!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
