import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { AppUser } from './app-user.entity';
import { Citizen } from './citizen.entity';
import { Team } from './team.entity';

/**
 * A citizen's course to and from regional dual-diagnosis treatment: referred, admitted,
 * discharged, back with the team — each a date, filled in as it happens; or withdrawn (the
 * referral did not lead to an admission). `team_id` is the citizen's team when referred, for the
 * steering group's counts per team. Written by the team; the steering group sees counts only.
 */
@Entity({ name: 'regional_treatment_episode' })
@Index('ix_regional_episode_citizen', ['tenantId', 'citizenId', 'referredOn'])
@Index('ix_regional_episode_team', ['tenantId', 'teamId', 'referredOn'])
@Check('ck_regional_episode_admitted', '"admitted_on" IS NULL OR "admitted_on" >= "referred_on"')
@Check('ck_regional_episode_discharged', '"discharged_on" IS NULL OR ("admitted_on" IS NOT NULL AND "discharged_on" >= "admitted_on")')
@Check('ck_regional_episode_returned', '"returned_on" IS NULL OR ("discharged_on" IS NOT NULL AND "returned_on" >= "discharged_on")')
@Check('ck_regional_episode_withdrawn', '"withdrawn_on" IS NULL OR ("admitted_on" IS NULL AND "withdrawn_on" >= "referred_on")')
export class RegionalTreatmentEpisode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'citizen_id', type: 'uuid' })
  citizenId!: string;

  @ManyToOne(() => Citizen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen?: Citizen;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  /** The receiving unit, e.g. "Dobbeltdiagnoseafsnittet, Regionspsykiatrien Vest". */
  @Column({ type: 'varchar', length: 200 })
  unit!: string;

  @Column({ name: 'referred_on', type: 'date' })
  referredOn!: string;

  @Column({ name: 'admitted_on', type: 'date', nullable: true })
  admittedOn!: string | null;

  @Column({ name: 'discharged_on', type: 'date', nullable: true })
  dischargedOn!: string | null;

  @Column({ name: 'returned_on', type: 'date', nullable: true })
  returnedOn!: string | null;

  @Column({ name: 'withdrawn_on', type: 'date', nullable: true })
  withdrawnOn!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @ManyToOne(() => AppUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: AppUser;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
