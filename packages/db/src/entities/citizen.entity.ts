import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CitizenStatus } from './enums';
import { Team } from './team.entity';

@Entity({ name: 'citizen' })
@Index('uq_citizen_tenant_cpr', ['tenantId', 'cpr'], { unique: true })
@Index('ix_citizen_team_name', ['tenantId', 'teamId', 'name', 'id'])
export class Citizen {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Ten digits, no dash. Never placed in URLs, logs or job payloads. */
  @Column({ type: 'char', length: 10 })
  cpr!: string;

  @Column({ type: 'enum', enum: CitizenStatus, enumName: 'citizen_status', default: CitizenStatus.Referred })
  status!: CitizenStatus;

  @Column({ name: 'status_reason', type: 'varchar', length: 1000, nullable: true })
  statusReason!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  street!: string | null;

  @Column({ name: 'postal_code', type: 'varchar', length: 4, nullable: true })
  postalCode!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  /** Practical notes for outreach: door code, dog, best time to call. */
  @Column({ name: 'access_note', type: 'varchar', length: 1000, nullable: true })
  accessNote!: string | null;

  /** When the citizen was referred to the team; the intake queue counts days from here. */
  @Column({ name: 'referred_at', type: 'timestamptz', default: () => 'now()' })
  referredAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
